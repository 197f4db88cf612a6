package org.councilperformance.application.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import org.councilperformance.application.CalendarService;
import org.councilperformance.application.Lookup;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.calendar.WorkingCalendar;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.reminder.PeriodDeadline;
import org.councilperformance.domain.reminder.ReminderDates;
import org.councilperformance.domain.reminder.ReminderSchedule;

/**
 * The admins' reminder schedule and each period's data-entry deadline: the rule's, unless an admin
 * set the period's own (docs/rules.md#deadlines-and-reminders).
 */
@ApplicationScoped
public class EntryDeadlines {
  private final EntityManager em;
  private final Lookup lookup;
  private final CalendarService calendar;

  @Inject
  public EntryDeadlines(EntityManager em, Lookup lookup, CalendarService calendar) {
    this.em = em;
    this.lookup = lookup;
    this.calendar = calendar;
  }

  /** For CDI's client proxy only. */
  protected EntryDeadlines() {
    this(null, null, null);
  }

  /** The schedule (the migration stores its one row). */
  public ReminderSchedule schedule() {
    return em.find(ReminderSchedule.class, ReminderSchedule.ID);
  }

  public ReminderSchedule reviseSchedule(
      int deadlineWorkingDays, boolean beforeEnabled, int beforeWorkingDays, boolean afterEnabled) {
    ReminderSchedule schedule = schedule();
    if (schedule.deadlineWorkingDays() != deadlineWorkingDays
        || schedule.beforeEnabled() != beforeEnabled
        || schedule.beforeWorkingDays() != beforeWorkingDays
        || schedule.afterEnabled() != afterEnabled) {
      schedule.revise(deadlineWorkingDays, beforeEnabled, beforeWorkingDays, afterEnabled);
    }
    return schedule;
  }

  /** The period's own deadline as an admin set it, or empty while the rule's applies. */
  public Optional<PeriodDeadline> stored(ReportingPeriod period) {
    return Optional.ofNullable(em.find(PeriodDeadline.class, period.code()));
  }

  public ReminderDates dates(ReportingPeriod period) {
    return dates(period, schedule(), calendar.calendar());
  }

  /** The dates with the schedule and calendar read once for many periods. */
  public ReminderDates dates(
      ReportingPeriod period, ReminderSchedule schedule, WorkingCalendar working) {
    Optional<PeriodDeadline> own = stored(period);
    LocalDate deadline =
        own.map(PeriodDeadline::deadline)
            .orElseGet(
                () ->
                    ReminderDates.ruleDeadline(
                        period.endDate(), schedule.deadlineWorkingDays(), working));
    return ReminderDates.of(deadline, own.isPresent(), schedule.beforeWorkingDays(), working);
  }

  /**
   * Sets the period's own deadline, or with null goes back to the rule's.
   *
   * @return the stored deadline, or null when the rule's applies again
   */
  public PeriodDeadline setDeadline(PeriodCode code, LocalDate deadline) {
    ReportingPeriod period = lookup.period(code);
    PeriodDeadline own = stored(period).orElse(null);
    if (deadline == null) {
      if (own != null) {
        em.remove(own);
      }
      return null;
    }
    if (deadline.isBefore(period.startDate())) {
      throw new InvalidValueException(
          "deadline",
          "the deadline "
              + deadline
              + " is before period "
              + period.code()
              + " begins on "
              + period.startDate());
    }
    if (own == null) {
      own = new PeriodDeadline(period.code(), deadline);
      em.persist(own);
    } else if (!own.deadline().equals(deadline)) {
      own.move(deadline);
    }
    return own;
  }
}
