package org.councilperformance.domain.indicator;

/** The red/amber/green status of an indicator for a period (docs/rules.md#indicator-status). */
public enum RagStatus {
  /** Beats the target by at least the green-plus margin. */
  GREEN_PLUS,
  /** Meets or beats the target. */
  GREEN,
  /** Misses the target but within tolerance. */
  AMBER,
  /** Misses the target by more than the tolerance. */
  RED,
  /** An actual was due and none was reported; never counted as on track. */
  MISSING,
  /** Reported for information: a data-only indicator or one without a target. */
  DATA_ONLY;

  public boolean onTrack() {
    return this == GREEN || this == GREEN_PLUS;
  }
}
