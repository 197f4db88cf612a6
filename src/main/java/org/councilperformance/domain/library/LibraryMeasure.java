package org.councilperformance.domain.library;

import java.util.Objects;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;

/**
 * One measure of a library version, as its publisher defines it.
 *
 * @param code the publisher's code (TP01), or this product's where the publisher gives none
 * @param theme the publisher's grouping (e.g. "Keeping properties in good repair"), may be null
 * @param wordingChecked whether name and definition were checked against text quoted from the
 *     publisher's document when the data file was written
 * @param seenAt where the wording was checked, may be null
 */
public record LibraryMeasure(
    String code,
    String name,
    String definition,
    IndicatorUnit unit,
    Polarity polarity,
    Frequency frequency,
    String theme,
    boolean wordingChecked,
    String seenAt) {
  public LibraryMeasure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(frequency, "frequency");
  }
}
