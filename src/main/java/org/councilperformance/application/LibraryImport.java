package org.councilperformance.application;

import java.util.Map;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.period.PeriodCode;

/**
 * How a library version is added to a council's plan (docs/libraries.md#importing): the priority
 * every new indicator serves, the business unit and owner it belongs to unless a measure says
 * otherwise, and optionally how often the council reports it (null: the set's own frequency) and
 * the first period it is reported in.
 *
 * @param measures by measure code (TP01), the unit, owner or frequency of that measure alone
 */
public record LibraryImport(
    Code priority,
    Code businessUnit,
    String owner,
    Frequency frequency,
    PeriodCode reportedFrom,
    Map<String, Assignment> measures) {

  public LibraryImport {
    measures = measures == null ? Map.of() : Map.copyOf(measures);
  }

  /** One measure's own unit, owner or frequency; a null one takes the import's. */
  public record Assignment(Code businessUnit, String owner, Frequency frequency) {}
}
