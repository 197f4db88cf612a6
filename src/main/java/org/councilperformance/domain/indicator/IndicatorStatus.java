package org.councilperformance.domain.indicator;

import java.math.BigDecimal;

/**
 * An indicator's position for one period: its target, its actual and the status the product
 * computes, together with any admin override and the status the council printed.
 */
public record IndicatorStatus(
    Indicator indicator,
    BigDecimal target,
    Measurement measurement,
    RagStatus computed,
    String rule) {

  public static IndicatorStatus of(Indicator indicator, Target target, Measurement measurement) {
    BigDecimal targetValue = target == null ? null : target.value();
    BigDecimal actual = measurement == null ? null : measurement.value();
    IndicatorStatusRule rule = indicator.statusRule();
    return new IndicatorStatus(
        indicator, targetValue, measurement, rule.statusOf(targetValue, actual), rule.describe());
  }

  public BigDecimal actual() {
    return measurement == null ? null : measurement.value();
  }

  /** The status to show and count: the override where an admin set one, else the computed one. */
  public RagStatus status() {
    return measurement != null && measurement.statusOverride() != null
        ? measurement.statusOverride()
        : computed;
  }

  public RagStatus reportedStatus() {
    return measurement == null ? null : measurement.reportedStatus();
  }

  /** Whether the council printed a status other than the one shown here. */
  public boolean differsFromReported() {
    return reportedStatus() != null && reportedStatus() != status();
  }
}
