package org.councilperformance.domain.indicator;

/** Where the target a period is judged against comes from (docs/rules.md#profiles). */
public enum TargetSource {
  /** The target set for the period itself. */
  PERIOD,
  /** The annual target profiled to the quarter, because the quarter has no target of its own. */
  PROFILE
}
