package org.councilperformance.domain.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * An indicator's status for a test: its target, the status to show and, where the test gives an
 * actual, commentary or a printed status, the measurement behind them. What a test does not name
 * stays unset.
 */
public final class IndicatorStatusBuilder {
  private static final ReportingPeriod PERIOD =
      new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "period"), null);

  private final Indicator indicator;
  private BigDecimal target;
  private BigDecimal actual;
  private String commentary;
  private RagStatus status;
  private RagStatus reported;
  private boolean internal;

  private IndicatorStatusBuilder(Indicator indicator) {
    this.indicator = indicator;
  }

  public static IndicatorStatusBuilder statusOf(Indicator indicator) {
    return new IndicatorStatusBuilder(indicator);
  }

  public IndicatorStatusBuilder target(String value) {
    this.target = new BigDecimal(value);
    return this;
  }

  public IndicatorStatusBuilder actual(String value) {
    this.actual = new BigDecimal(value);
    return this;
  }

  public IndicatorStatusBuilder commentary(String text) {
    this.commentary = text;
    return this;
  }

  /** Marks the commentary internal (docs/open-data.md#internal-commentary). */
  public IndicatorStatusBuilder commentaryInternal() {
    this.internal = true;
    return this;
  }

  /** The status as computed (no override); the test says which, whatever the figures. */
  public IndicatorStatusBuilder status(RagStatus status) {
    this.status = status;
    return this;
  }

  /** The status the council printed, kept with the measurement. */
  public IndicatorStatusBuilder reported(RagStatus printed) {
    this.reported = printed;
    return this;
  }

  public IndicatorStatus build() {
    Measurement measurement = null;
    if (actual != null || commentary != null || reported != null) {
      measurement = new Measurement(indicator, PERIOD);
      measurement.report(
          actual, actual == null ? "not measured" : null, commentary, "test", Instant.EPOCH);
      measurement.recordReportedStatus(reported);
      measurement.markCommentaryInternal(internal);
    }
    return new IndicatorStatus(
        indicator,
        indicator.statusBasis(),
        target,
        target == null ? null : TargetSource.PERIOD,
        measurement,
        status,
        indicator.statusRule().describe());
  }
}
