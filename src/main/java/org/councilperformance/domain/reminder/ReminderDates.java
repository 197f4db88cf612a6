package org.councilperformance.domain.reminder;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.councilperformance.domain.calendar.WorkingCalendar;

/**
 * A period's data-entry deadline and the days its reminders fall due
 * (docs/rules.md#deadlines-and-reminders).
 *
 * @param deadline the last day figures are due: the admin's date for the period, else the rule's
 * @param overridden whether an admin set the deadline for this period
 * @param before the day the reminder before the deadline falls due: N working days before it
 * @param after the day the reminder after the deadline falls due: the first working day after it
 */
public record ReminderDates(
    LocalDate deadline, boolean overridden, LocalDate before, LocalDate after) {
  /**
   * Days after its due day that a reminder after the deadline is still sent, so that a server down
   * over a weekend still sends it, while a period long past its deadline never floods anyone.
   */
  public static final int AFTER_CATCH_UP_DAYS = 7;

  public ReminderDates {
    Objects.requireNonNull(deadline);
    Objects.requireNonNull(before);
    Objects.requireNonNull(after);
  }

  /**
   * The rule's deadline: the given number of working days after the period's last day, which does
   * not count (15 after a quarter ending on Tuesday 30 June 2026 is Tuesday 21 July).
   */
  public static LocalDate ruleDeadline(
      LocalDate periodEnd, int workingDays, WorkingCalendar calendar) {
    LocalDate day = periodEnd;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The dates for a deadline: the reminder before it N working days earlier (the deadline itself
   * not counted), the one after it on the first working day after it.
   */
  public static ReminderDates of(
      LocalDate deadline, boolean overridden, int beforeWorkingDays, WorkingCalendar calendar) {
    LocalDate before = deadline;
    int counted = 0;
    while (counted < beforeWorkingDays) {
      before = before.minusDays(1);
      if (calendar.isWorkingDay(before)) {
        counted++;
      }
    }
    LocalDate after = deadline.plusDays(1);
    while (!calendar.isWorkingDay(after)) {
      after = after.plusDays(1);
    }
    return new ReminderDates(deadline, overridden, before, after);
  }

  /**
   * The scheduled reminder due today, if any: the one before from its day up to the deadline, the
   * one after from its day for {@link #AFTER_CATCH_UP_DAYS} days; each only while switched on.
   */
  public Optional<ReminderKind> due(LocalDate today, ReminderSchedule schedule) {
    if (schedule.beforeEnabled() && !today.isBefore(before) && !today.isAfter(deadline)) {
      return Optional.of(ReminderKind.BEFORE);
    }
    if (schedule.afterEnabled()
        && !today.isBefore(after)
        && today.isBefore(after.plusDays(AFTER_CATCH_UP_DAYS))) {
      return Optional.of(ReminderKind.AFTER);
    }
    return Optional.empty();
  }
}
