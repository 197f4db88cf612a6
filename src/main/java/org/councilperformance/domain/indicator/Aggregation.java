package org.councilperformance.domain.indicator;

/** How an indicator's figure for a period relates to earlier periods of the year. */
public enum Aggregation {
  /** The position at the end of the period, e.g. rent arrears %. */
  SNAPSHOT,
  /** Running total from 1 April, e.g. affordable homes delivered so far this year. */
  CUMULATIVE_YEAR_TO_DATE,
  /** The twelve months to the end of the period, e.g. days lost per FTE. */
  ROLLING_12_MONTHS
}
