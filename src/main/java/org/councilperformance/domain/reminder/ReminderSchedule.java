package org.councilperformance.domain.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Versioned;
import org.hibernate.envers.Audited;

/**
 * The admins' schedule (docs/rules.md#deadlines-and-reminders): the deadline rule, the reminder N
 * working days before a deadline and the one the working day after it, each switchable off. One
 * row.
 */
@Entity
@Table(name = "reminder_schedule")
@Audited
public class ReminderSchedule implements Versioned {
  /** The one row's id. */
  public static final int ID = 1;

  public static final int MAX_DEADLINE_WORKING_DAYS = 60;
  public static final int MAX_BEFORE_WORKING_DAYS = 30;

  @Version private long version;

  @Id private Integer id;

  @Column(name = "deadline_working_days", nullable = false)
  private int deadlineWorkingDays;

  @Column(name = "before_enabled", nullable = false)
  private boolean beforeEnabled;

  @Column(name = "before_working_days", nullable = false)
  private int beforeWorkingDays;

  @Column(name = "after_enabled", nullable = false)
  private boolean afterEnabled;

  protected ReminderSchedule() {}

  /** A schedule as the one stored, for rules and tests. */
  public ReminderSchedule(
      int deadlineWorkingDays, boolean beforeEnabled, int beforeWorkingDays, boolean afterEnabled) {
    this.id = ID;
    revise(deadlineWorkingDays, beforeEnabled, beforeWorkingDays, afterEnabled);
  }

  /** Changes the schedule; a number out of range is refused naming its field. */
  public void revise(
      int deadlineWorkingDays, boolean beforeEnabled, int beforeWorkingDays, boolean afterEnabled) {
    if (deadlineWorkingDays < 1 || deadlineWorkingDays > MAX_DEADLINE_WORKING_DAYS) {
      throw new InvalidValueException(
          "deadlineWorkingDays",
          "the deadline is 1 to "
              + MAX_DEADLINE_WORKING_DAYS
              + " working days after a period ends, not "
              + deadlineWorkingDays);
    }
    if (beforeWorkingDays < 1 || beforeWorkingDays > MAX_BEFORE_WORKING_DAYS) {
      throw new InvalidValueException(
          "beforeWorkingDays",
          "the first reminder goes 1 to "
              + MAX_BEFORE_WORKING_DAYS
              + " working days before the deadline, not "
              + beforeWorkingDays);
    }
    this.deadlineWorkingDays = deadlineWorkingDays;
    this.beforeEnabled = beforeEnabled;
    this.beforeWorkingDays = beforeWorkingDays;
    this.afterEnabled = afterEnabled;
  }

  public int deadlineWorkingDays() {
    return deadlineWorkingDays;
  }

  public boolean beforeEnabled() {
    return beforeEnabled;
  }

  public int beforeWorkingDays() {
    return beforeWorkingDays;
  }

  public boolean afterEnabled() {
    return afterEnabled;
  }

  @Override
  public long version() {
    return version;
  }
}
