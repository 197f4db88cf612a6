package org.councilperformance.domain.indicator;

/** What an indicator's figures count or measure. */
public enum IndicatorUnit {
  PERCENT,
  COUNT,
  DAYS,
  MINUTES,
  CURRENCY_GBP,
  SCORE,
  KILOGRAMS,
  /** A number per 1,000 of a base the definition names (homes, households). */
  RATE_PER_1000,
  /** A yes/no delivery milestone, reported by commentary rather than a figure. */
  MILESTONE
}
