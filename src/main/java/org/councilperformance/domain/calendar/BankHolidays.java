package org.councilperformance.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bank holidays of England and Wales for a year, computed by the rules of the Banking and
 * Financial Dealings Act 1971 and the standing proclamations (docs/rules.md#bank-holidays): New
 * Year's Day, Good Friday, Easter Monday, the early May (first Monday), spring (last Monday of May)
 * and summer (last Monday of August) bank holidays, Christmas Day and Boxing Day, each falling on a
 * weekend replaced by the next weekday not already a holiday. One-off holidays and moved days
 * proclaimed since 1995 are listed; a future proclamation is entered as a closure by an admin.
 */
public final class BankHolidays {
  /** Years a holiday was moved by proclamation: the usual day → the day it was held. */
  private static final Map<LocalDate, LocalDate> MOVED =
      Map.of(
          LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8), // VE Day 50th anniversary
          LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8), // VE Day 75th anniversary
          LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4), // Golden Jubilee
          LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4), // Diamond Jubilee
          LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2)); // Platinum Jubilee

  /** Extra one-off bank holidays. */
  private static final Set<LocalDate> ONE_OFF =
      Set.of(
          LocalDate.of(1999, 12, 31), // Millennium
          LocalDate.of(2002, 6, 3), // Golden Jubilee
          LocalDate.of(2011, 4, 29), // Royal wedding
          LocalDate.of(2012, 6, 5), // Diamond Jubilee
          LocalDate.of(2022, 6, 3), // Platinum Jubilee
          LocalDate.of(2022, 9, 19), // State funeral of Queen Elizabeth II
          LocalDate.of(2023, 5, 8)); // Coronation of King Charles III

  private BankHolidays() {}

  /** The year's bank holidays in England and Wales, in date order. */
  public static Set<LocalDate> of(int year) {
    Set<LocalDate> days = new TreeSet<>();
    days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1), days));
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(moved(LocalDate.of(year, 5, 1).with(first(DayOfWeek.MONDAY))));
    days.add(moved(LocalDate.of(year, 5, 31).with(last(DayOfWeek.MONDAY))));
    days.add(LocalDate.of(year, 8, 31).with(last(DayOfWeek.MONDAY)));
    // Christmas first, so that Boxing Day's substitute comes after Christmas Day's.
    days.add(weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 25), days));
    days.add(weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 26), days));
    ONE_OFF.stream().filter(d -> d.getYear() == year).forEach(days::add);
    return days;
  }

  public static boolean isBankHoliday(LocalDate day) {
    return of(day.getYear()).contains(day);
  }

  /**
   * Easter Sunday in the Gregorian calendar (the anonymous algorithm published in Nature, 1876,
   * often called Meeus/Jones/Butcher).
   */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** The day itself when a weekday not yet taken, else the next such weekday (substitute day). */
  private static LocalDate weekdayOnOrAfter(LocalDate day, Set<LocalDate> taken) {
    LocalDate d = day;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY
        || d.getDayOfWeek() == DayOfWeek.SUNDAY
        || taken.contains(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  private static LocalDate moved(LocalDate usual) {
    return MOVED.getOrDefault(usual, usual);
  }

  private static java.time.temporal.TemporalAdjuster first(DayOfWeek day) {
    return TemporalAdjusters.firstInMonth(day);
  }

  private static java.time.temporal.TemporalAdjuster last(DayOfWeek day) {
    return TemporalAdjusters.lastInMonth(day);
  }
}
