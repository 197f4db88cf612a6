package org.councilperformance.domain.indicator;

public enum ThresholdType {
  /** A percentage of the target's size, e.g. 5 means 5% of |target|. */
  RELATIVE_PERCENT,
  /** An amount in the indicator's own unit, e.g. 2 days. */
  ABSOLUTE
}
