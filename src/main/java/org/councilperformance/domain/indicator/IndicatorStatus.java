package org.councilperformance.domain.indicator;

import java.math.BigDecimal;
import org.councilperformance.domain.period.PeriodCode;

/**
 * An indicator's position for one period: its target, its actual and the status the product
 * computes, together with any admin override and the status the council printed.
 *
 * @param basis what the status was computed from: the indicator's definition now, or as it stood
 *     when the period was locked
 * @param target the target judged against: the period's own, or the annual target profiled to the
 *     quarter (docs/rules.md#profiles); null when there is neither
 * @param targetSource where {@code target} comes from, null without one
 */
public record IndicatorStatus(
    Indicator indicator,
    StatusBasis basis,
    BigDecimal target,
    TargetSource targetSource,
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
    return judged(
        indicator, basis, target, target == null ? null : TargetSource.PERIOD, measurement);
  }

  /**
   * A period's status judged against its own target, or, for a quarter with none, against the
   * annual target profiled to the quarter (docs/rules.md#profiles).
   *
   * @param periodTarget the target set for the period itself, or null
   * @param annualTarget the target set for the period's financial year, or null
   */
  public static IndicatorStatus of(
      Indicator indicator,
      StatusBasis basis,
      PeriodCode period,
      BigDecimal periodTarget,
      BigDecimal annualTarget,
      Measurement measurement) {
    if (periodTarget != null || period.quarter() == null || annualTarget == null) {
      return of(indicator, basis, periodTarget, measurement);
    }
    BigDecimal profiled = basis.rule().profiledTarget(annualTarget, period.quartersElapsed());
    return judged(indicator, basis, profiled, TargetSource.PROFILE, measurement);
  }

  private static IndicatorStatus judged(
      Indicator indicator,
      StatusBasis basis,
      BigDecimal target,
      TargetSource source,
      Measurement measurement) {
    BigDecimal actual = measurement == null ? null : measurement.value();
    IndicatorStatusRule rule = basis.rule();
    return new IndicatorStatus(
        indicator,
        basis,
        target,
        source,
        measurement,
        rule.statusOf(target, actual),
        rule.describe());
  }

  /**
   * The same position as it may be published: its measurement without commentary marked internal
   * (docs/open-data.md#internal-commentary).
   */
  public IndicatorStatus asPublished() {
    return measurement == null || !measurement.commentaryInternal()
        ? this
        : new IndicatorStatus(
            indicator, basis, target, targetSource, measurement.asPublished(), computed, rule);
  }

  /** The target set for the period itself, or null when it is judged against a profile or none. */
  public BigDecimal periodTarget() {
    return targetSource == TargetSource.PERIOD ? target : null;
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
