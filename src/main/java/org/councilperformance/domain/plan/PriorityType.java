package org.councilperformance.domain.plan;

/** What kind of heading of the plan a priority is; councils use all of these words. */
public enum PriorityType {
  PRIORITY,
  PROGRAMME,
  THEME,
  CROSS_CUTTING_THEME,
  OUTCOME
}
