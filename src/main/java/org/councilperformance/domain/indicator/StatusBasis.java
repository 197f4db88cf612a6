package org.councilperformance.domain.indicator;

import java.util.Objects;

/**
 * The parts of an indicator's definition its status, forecast and direction of travel are computed
 * from: read live from the indicator for an open period, or as they stood when a period was locked
 * ({@link IndicatorAsLocked}; docs/rules.md#a-locked-period-keeps-its-statuses). Either way the
 * same {@link IndicatorStatusRule} judges.
 *
 * @param greenPlusMargin null when the indicator has no green-plus band
 * @param seasonalProfile null when a cumulative target is profiled straight-line
 *     (docs/rules.md#profiles)
 */
public record StatusBasis(
    Polarity polarity,
    Aggregation aggregation,
    Threshold tolerance,
    Threshold greenPlusMargin,
    SeasonalProfile seasonalProfile) {

  public StatusBasis {
    Objects.requireNonNull(polarity);
    Objects.requireNonNull(aggregation);
    Objects.requireNonNull(tolerance);
  }

  public IndicatorStatusRule rule() {
    return new IndicatorStatusRule(
        polarity, tolerance, greenPlusMargin, aggregation, seasonalProfile);
  }
}
