package org.councilperformance.domain.reminder;

/** Which reminder a message is (docs/rules.md#deadlines-and-reminders). */
public enum ReminderKind {
  /** N working days before the deadline, to heads of service. */
  BEFORE,
  /** The working day after the deadline, to heads of service and their units' directors. */
  AFTER,
  /** An admin's "remind again" from the digest page: deliberate, so it may repeat. */
  AGAIN
}
