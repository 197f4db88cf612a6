package org.councilperformance.application;

import java.util.List;
import org.councilperformance.domain.RowError;

/**
 * What loading one row of a sheet does, or would do (docs/api.md#imports).
 *
 * @param code the row's indicator code as given, or null when blank
 * @param changes for CREATED and CHANGED, each column that changes from → to
 * @param errors for ERROR, every reason the row cannot be loaded
 */
public record SheetOutcome(
    int row, String code, Kind kind, List<Change> changes, List<RowError> errors) {

  public enum Kind {
    /** The period gets its first figure (or target) for the indicator. */
    CREATED,
    CHANGED,
    UNCHANGED,
    ERROR
  }

  /** How many of the outcomes are of the kind. */
  public static int count(List<SheetOutcome> outcomes, Kind kind) {
    return (int) outcomes.stream().filter(o -> o.kind() == kind).count();
  }

  /** One column's change; a blank side is null. */
  public record Change(String column, String from, String to) {}
}
