package org.councilperformance.domain.indicator;

import java.math.BigDecimal;

/**
 * An indicator's position for one period: its target, its actual and the status the product
 * computes, together with any admin override and the status the council printed.
 *
 * @param basis what the status was computed from: the indicator's definition now, or as it stood
 *     when the period was locked
 */
public record IndicatorStatus(
    Indicator indicator,
    StatusBasis basis,
    BigDecimal target,
    Measurement measurement,
    RagStatus computed,
    String rule) {

  /** The status of an open period: judged by the indicator's definition as it is now. */
  public static IndicatorStatus of(Indicator indicator, Target target, Measurement measurement) {
    return of(
        indicator, indicator.statusBasis(), target == null ? null : target.value(), measurement);
  }

  /**
   * @param target the period's target, or null
   */
  public static IndicatorStatus of(
      Indicator indicator, StatusBasis basis, BigDecimal target, Measurement measurement) {
    BigDecimal actual = measurement == null ? null : measurement.value();
    IndicatorStatusRule rule = basis.rule();
    return new IndicatorStatus(
        indicator, basis, target, measurement, rule.statusOf(target, actual), rule.describe());
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
