package org.councilperformance.domain.indicator;

/** How often an indicator is reported. */
public enum Frequency {
  MONTHLY,
  QUARTERLY,
  ANNUAL
}
