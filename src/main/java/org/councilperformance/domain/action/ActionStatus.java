package org.councilperformance.domain.action;

import org.councilperformance.domain.indicator.RagStatus;

/** Where an action stands for a period (docs/rules.md#action-status). */
public enum ActionStatus {
  /** Progress 100 %, or marked complete. */
  COMPLETED(RagStatus.GREEN),
  /** Stopped or postponed, with a reason; counted in no colour. */
  CANCELLED(null),
  /** No progress yet, and not yet late enough to warn about. */
  NOT_STARTED(RagStatus.GREEN),
  /** Under way and expected to meet its due date. */
  IN_PROGRESS(RagStatus.GREEN),
  /** Due within the warning window, or behind its straight-line schedule by more than 20 points. */
  WARNING(RagStatus.AMBER),
  /** Past its due date and not complete. */
  OVERDUE(RagStatus.RED);

  private final RagStatus rag;

  ActionStatus(RagStatus rag) {
    this.rag = rag;
  }

  /** The dashboard colour: green, amber or red; none for a cancelled action. */
  public RagStatus rag() {
    return rag;
  }
}
