package org.councilperformance.domain.action;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The action status rule (docs/rules.md#action-status), judged as of a date — the end of the
 * reporting period, or today while that period is still running — never the wall clock.
 *
 * <ol>
 *   <li>Cancelled (with a reason) → CANCELLED.
 *   <li>Marked complete, or progress 100 % → COMPLETED.
 *   <li>Past its due date (the revised one when set) → OVERDUE. Due today is not overdue.
 *   <li>Due within the warning window (30 days by default, both ends included) → WARNING.
 *   <li>Behind the straight line from start to due date by more than 20 points → WARNING (exactly
 *       20 points behind is not). Needs both dates; a missing progress counts as 0 %.
 *   <li>Progress 0 %, or none given → NOT_STARTED.
 *   <li>Otherwise IN_PROGRESS.
 * </ol>
 *
 * With neither a due date nor any progress there is nothing to judge: the rule gives no status and
 * the status the owner (or the printed report) gave stands.
 */
public final class ActionStatusRule {
  public static final int DEFAULT_WARNING_DAYS = 30;

  /** How far behind the straight-line schedule an action may fall before it warns. */
  static final int SCHEDULE_SLACK_POINTS = 20;

  private final int warningDays;

  public ActionStatusRule(int warningDays) {
    if (warningDays < 0) {
      throw new IllegalArgumentException("warning window must not be negative");
    }
    this.warningDays = warningDays;
  }

  public static ActionStatusRule standard() {
    return new ActionStatusRule(DEFAULT_WARNING_DAYS);
  }

  /**
   * @param asOf the date judged at
   * @param start planned start, or null
   * @param due due date (the revised one when set), or null
   * @param progress 0–100, or null when none was given
   * @param closure the owner's closing decision, or null
   * @return the status, or null when there is nothing to judge
   */
  public ActionStatus statusOf(
      LocalDate asOf, LocalDate start, LocalDate due, Integer progress, ActionClosure closure) {
    Objects.requireNonNull(asOf);
    if (closure == ActionClosure.CANCELLED) {
      return ActionStatus.CANCELLED;
    }
    if (closure == ActionClosure.COMPLETED || (progress != null && progress >= 100)) {
      return ActionStatus.COMPLETED;
    }
    if (due == null && progress == null) {
      return null;
    }
    if (due != null) {
      if (asOf.isAfter(due)) {
        return ActionStatus.OVERDUE;
      }
      if (ChronoUnit.DAYS.between(asOf, due) <= warningDays) {
        return ActionStatus.WARNING;
      }
      if (start != null && behindSchedule(asOf, start, due, progress == null ? 0 : progress)) {
        return ActionStatus.WARNING;
      }
    }
    if (progress == null || progress == 0) {
      return ActionStatus.NOT_STARTED;
    }
    return ActionStatus.IN_PROGRESS;
  }

  /**
   * Whether progress trails the straight line from 0 % at the start to 100 % at the due date by
   * more than the slack. Exact arithmetic: expected − progress > 20 ⇔ 100·elapsed − (20 +
   * progress)·span > 0.
   */
  static boolean behindSchedule(LocalDate asOf, LocalDate start, LocalDate due, int progress) {
    long span = ChronoUnit.DAYS.between(start, due);
    if (span <= 0 || !asOf.isAfter(start)) {
      return false;
    }
    long elapsed = ChronoUnit.DAYS.between(start, asOf);
    return 100 * elapsed - (long) (SCHEDULE_SLACK_POINTS + progress) * span > 0;
  }

  /** The rule in words, for people reading a status. */
  public String describe() {
    return "completed at 100% or when marked complete; cancelled when marked so; overdue after the"
        + " due date; warning when due within "
        + warningDays
        + " days or more than "
        + SCHEDULE_SLACK_POINTS
        + " points behind the straight line from start to due date; not started at 0%;"
        + " otherwise in progress";
  }
}
