package org.councilperformance.domain.period;

public enum PeriodType {
  /** A financial year, April to March, e.g. 2018-19. */
  YEAR,
  /** A quarter of a financial year: Q1 Apr–Jun, Q2 Jul–Sep, Q3 Oct–Dec, Q4 Jan–Mar. */
  QUARTER
}
