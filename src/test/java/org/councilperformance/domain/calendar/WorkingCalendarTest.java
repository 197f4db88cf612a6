package org.councilperformance.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
  private static final WorkingCalendar NO_CLOSURES = new WorkingCalendar(List.of());

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void easterSundayFollowsTheGregorianComputus() {
    assertThat(BankHolidays.easterSunday(2024)).isEqualTo(d("2024-03-31"));
    assertThat(BankHolidays.easterSunday(2025)).isEqualTo(d("2025-04-20"));
    assertThat(BankHolidays.easterSunday(2019)).isEqualTo(d("2019-04-21"));
    assertThat(BankHolidays.easterSunday(2038)).isEqualTo(d("2038-04-25")); // latest possible
    assertThat(BankHolidays.easterSunday(2285)).isEqualTo(d("2285-03-22")); // earliest possible
  }

  @Test
  void aYearWithEveryHolidayOnAWeekdayHasTheEightUsualDays() {
    assertThat(BankHolidays.of(2025))
        .containsExactly(
            d("2025-01-01"),
            d("2025-04-18"),
            d("2025-04-21"),
            d("2025-05-05"),
            d("2025-05-26"),
            d("2025-08-25"),
            d("2025-12-25"),
            d("2025-12-26"));
  }

  @Test
  void easterStraddlingMarchAndAprilGivesGoodFridayInMarch() {
    assertThat(BankHolidays.of(2024)).contains(d("2024-03-29"), d("2024-04-01"));
  }

  @Test
  void christmasOnSaturdayMovesBothDaysToMondayAndTuesday() {
    assertThat(BankHolidays.of(2021))
        .contains(d("2021-12-27"), d("2021-12-28"))
        .doesNotContain(d("2021-12-25"), d("2021-12-26"));
  }

  @Test
  void christmasOnSundayGivesBoxingDayMondayAndASubstituteTuesday() {
    assertThat(BankHolidays.of(2022)).contains(d("2022-12-26"), d("2022-12-27"));
  }

  @Test
  void boxingDayOnSaturdayMovesToMonday() {
    assertThat(BankHolidays.of(2026)).contains(d("2026-12-25"), d("2026-12-28"));
  }

  @Test
  void newYearsDayOnAWeekendMovesToMonday() {
    assertThat(BankHolidays.of(2022)).contains(d("2022-01-03")); // Saturday
    assertThat(BankHolidays.of(2023)).contains(d("2023-01-02")); // Sunday
  }

  @Test
  void mayAndAugustHolidaysAreTheFirstAndLastMondays() {
    assertThat(BankHolidays.of(2026)).contains(d("2026-05-04"), d("2026-05-25"), d("2026-08-31"));
  }

  @Test
  void proclaimedMovesAndOneOffsAreKept() {
    assertThat(BankHolidays.of(2020)).contains(d("2020-05-08")).doesNotContain(d("2020-05-04"));
    assertThat(BankHolidays.of(2022))
        .contains(d("2022-06-02"), d("2022-06-03"), d("2022-09-19"))
        .doesNotContain(d("2022-05-30"));
    assertThat(BankHolidays.of(2023)).contains(d("2023-05-08"));
  }

  @Test
  void fiveClearWorkingDaysCountNeitherTheDayOfPublicationNorTheMeeting() {
    // Thursday 15 October 2026: clear days Wed 14, Tue 13, Mon 12, Fri 9, Thu 8 → out Wed 7.
    assertThat(NO_CLOSURES.publicationDate(d("2026-10-15"), 5)).isEqualTo(d("2026-10-07"));
  }

  @Test
  void sevenCalendarDaysBeforeIsNotEnough() {
    LocalDate meeting = d("2026-10-15");
    assertThat(NO_CLOSURES.publicationDate(meeting, 5)).isBefore(meeting.minusDays(7));
  }

  @Test
  void aMeetingOnTheMondayAfterAugustBankHolidaySkipsTheHoliday() {
    // Monday 1 September 2025: Fri 29, Thu 28, Wed 27, Tue 26 clear, Mon 25 a holiday, Fri 22.
    assertThat(NO_CLOSURES.publicationDate(d("2025-09-01"), 5)).isEqualTo(d("2025-08-21"));
  }

  @Test
  void aMeetingAfterEasterSkipsGoodFridayAndEasterMonday() {
    // Thursday 24 April 2025: Wed 23, Tue 22, Thu 17, Wed 16, Tue 15 → out Mon 14 April.
    assertThat(NO_CLOSURES.publicationDate(d("2025-04-24"), 5)).isEqualTo(d("2025-04-14"));
  }

  @Test
  void aMeetingInJanuarySkipsChristmasSubstitutesAndNewYear() {
    // Tuesday 5 January 2027: Mon 4, Fri 1 Jan is a holiday, Thu 31, Wed 30, Tue 29, Mon 28 is
    // Boxing Day's substitute, Fri 25 Christmas → clear days 4, 31, 30, 29, 24 → out Wed 23 Dec.
    assertThat(NO_CLOSURES.publicationDate(d("2027-01-05"), 5)).isEqualTo(d("2026-12-23"));
  }

  @Test
  void aPublicationDayThatFallsOnAHolidayMovesToTheWorkingDayBefore() {
    // Monday 11 May 2026, 5 clear days: Fri 8 … Mon 4 is a holiday, so Fri 1, Thu 30 Apr… clear
    // days 8, 7, 6, 5, 1 → the day before, Thu 30 April.
    assertThat(NO_CLOSURES.publicationDate(d("2026-05-11"), 5)).isEqualTo(d("2026-04-30"));
  }

  @Test
  void aClosureIsNoWorkingDayAndAnOpeningIsOne() {
    WorkingCalendar closedOnMonday =
        new WorkingCalendar(List.of(new Closure(d("2026-10-12"), Closure.Kind.CLOSED, "strike")));
    assertThat(closedOnMonday.publicationDate(d("2026-10-15"), 5)).isEqualTo(d("2026-10-06"));
    WorkingCalendar openOnBankHoliday =
        new WorkingCalendar(
            List.of(new Closure(d("2025-08-25"), Closure.Kind.OPEN, "election count")));
    assertThat(openOnBankHoliday.publicationDate(d("2025-09-01"), 5)).isEqualTo(d("2025-08-22"));
  }

  @Test
  void oneClearDayAndTheLimits() {
    assertThat(NO_CLOSURES.publicationDate(d("2026-10-15"), 1)).isEqualTo(d("2026-10-13"));
    assertThat(NO_CLOSURES.publicationDate(d("2026-10-12"), 1)).isEqualTo(d("2026-10-08"));
    assertThatThrownBy(() -> NO_CLOSURES.publicationDate(d("2026-10-15"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NO_CLOSURES.publicationDate(d("2026-10-15"), 31))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
