package org.councilperformance.domain.period;

/** Where a period is in the quarter workflow (docs/access-and-workflow.md#quarter-workflow). */
public enum PeriodState {
  /** Figures may be entered and changed. */
  OPEN,
  /** Signed off: figures cannot change until an admin reopens the period with a reason. */
  LOCKED,
  /** Locked and its report pack released. */
  PUBLISHED
}
