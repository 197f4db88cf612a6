package org.councilperformance.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which days the council works, and the publication date of a meeting's papers
 * (docs/rules.md#publication-date).
 *
 * <p>A working day is a weekday that is not a bank holiday of England and Wales, unless an admin's
 * {@link Closure} says otherwise for that date. Papers go out N <em>clear</em> working days before
 * a meeting (the Local Government Act 1972 s.100B: five in England): neither the day they go out
 * nor the day of the meeting counts, so the publication date is the last working day before N whole
 * working days that end the day before the meeting.
 */
public final class WorkingCalendar {
  /** Clear days allowed per committee: at least the statutory one, at most six weeks' worth. */
  public static final int MIN_CLEAR_DAYS = 1;

  public static final int MAX_CLEAR_DAYS = 30;
  public static final int DEFAULT_CLEAR_DAYS = 5;

  private final Map<LocalDate, Closure.Kind> overrides = new HashMap<>();
  private final Map<Integer, Set<LocalDate>> holidaysByYear = new HashMap<>();

  public WorkingCalendar(Collection<Closure> closures) {
    closures.forEach(c -> overrides.put(c.day(), c.kind()));
  }

  public boolean isWorkingDay(LocalDate day) {
    Closure.Kind override = overrides.get(day);
    if (override != null) {
      return override == Closure.Kind.OPEN;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidaysByYear.computeIfAbsent(day.getYear(), BankHolidays::of).contains(day);
  }

  /** The last day the papers of a meeting on {@code meetingDay} may go out. */
  public LocalDate publicationDate(LocalDate meetingDay, int clearDays) {
    if (clearDays < MIN_CLEAR_DAYS || clearDays > MAX_CLEAR_DAYS) {
      throw new IllegalArgumentException("clear days out of range: " + clearDays);
    }
    LocalDate day = meetingDay.minusDays(1);
    int clear = 0;
    while (clear < clearDays) {
      if (isWorkingDay(day)) {
        clear++;
      }
      day = day.minusDays(1);
    }
    while (!isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }
}
