package org.councilperformance.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.councilperformance.domain.calendar.Closure;
import org.councilperformance.domain.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class ReminderDatesTest {
  private static final WorkingCalendar ENGLAND = new WorkingCalendar(List.of());
  private static final ReminderSchedule DEFAULT = new ReminderSchedule(15, true, 5, true);

  @Test
  void fifteenWorkingDaysAfterAQuarterEndingOnATuesdayIsTheTuesdayThreeWeeksOn() {
    assertThat(ReminderDates.ruleDeadline(LocalDate.of(2026, 6, 30), 15, ENGLAND))
        .isEqualTo(LocalDate.of(2026, 7, 21));
  }

  @Test
  void theQuarterEndNeverCountsEvenWhenItIsAWorkingDay() {
    assertThat(ReminderDates.ruleDeadline(LocalDate.of(2026, 6, 30), 1, ENGLAND))
        .isEqualTo(LocalDate.of(2026, 7, 1));
  }

  @Test
  void newYearsDaySkippedAfterTheThirdQuarter() {
    // 1 January 2026 (Thursday) is a bank holiday: the first working day is Friday 2 January.
    assertThat(ReminderDates.ruleDeadline(LocalDate.of(2025, 12, 31), 1, ENGLAND))
        .isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(ReminderDates.ruleDeadline(LocalDate.of(2025, 12, 31), 15, ENGLAND))
        .isEqualTo(LocalDate.of(2026, 1, 22));
  }

  @Test
  void easterSkippedAfterTheFourthQuarter() {
    // Good Friday 3 April and Easter Monday 6 April 2026 do not count.
    assertThat(ReminderDates.ruleDeadline(LocalDate.of(2026, 3, 31), 15, ENGLAND))
        .isEqualTo(LocalDate.of(2026, 4, 23));
  }

  @Test
  void anAdminsClosureDoesNotCountAndAnOpeningDoes() {
    WorkingCalendar closedFirst =
        new WorkingCalendar(
            List.of(new Closure(LocalDate.of(2026, 7, 1), Closure.Kind.CLOSED, "Office move")));
    assertThat(ReminderDates.ruleDeadline(LocalDate.of(2026, 6, 30), 1, closedFirst))
        .isEqualTo(LocalDate.of(2026, 7, 2));
    WorkingCalendar openSaturday =
        new WorkingCalendar(
            List.of(new Closure(LocalDate.of(2026, 7, 4), Closure.Kind.OPEN, "Catch-up day")));
    assertThat(ReminderDates.ruleDeadline(LocalDate.of(2026, 7, 3), 1, openSaturday))
        .isEqualTo(LocalDate.of(2026, 7, 4));
  }

  @Test
  void aDeadlineOnAFridayIsRemindedTheFridayBeforeAndTheMondayAfter() {
    ReminderDates dates = ReminderDates.of(LocalDate.of(2026, 7, 24), false, 5, ENGLAND);
    assertThat(dates.before()).isEqualTo(LocalDate.of(2026, 7, 17));
    assertThat(dates.after()).isEqualTo(LocalDate.of(2026, 7, 27));
  }

  @Test
  void aDeadlineBeforeABankHolidayMondayIsRemindedAfterOnTheTuesday() {
    // Summer bank holiday 2026: Monday 31 August.
    ReminderDates dates = ReminderDates.of(LocalDate.of(2026, 8, 28), true, 1, ENGLAND);
    assertThat(dates.before()).isEqualTo(LocalDate.of(2026, 8, 27));
    assertThat(dates.after()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(dates.overridden()).isTrue();
  }

  @Test
  void aDeadlineOnASundayIsRemindedAfterOnMondayAndBeforeCountingBackFromFriday() {
    ReminderDates dates = ReminderDates.of(LocalDate.of(2026, 7, 26), true, 1, ENGLAND);
    assertThat(dates.before()).isEqualTo(LocalDate.of(2026, 7, 24));
    assertThat(dates.after()).isEqualTo(LocalDate.of(2026, 7, 27));
  }

  @Test
  void theReminderBeforeIsDueFromItsDayToTheDeadlineAndNotADayEither() {
    ReminderDates dates = ReminderDates.of(LocalDate.of(2026, 7, 24), false, 5, ENGLAND);
    assertThat(dates.due(LocalDate.of(2026, 7, 16), DEFAULT)).isEmpty();
    assertThat(dates.due(LocalDate.of(2026, 7, 17), DEFAULT)).contains(ReminderKind.BEFORE);
    assertThat(dates.due(LocalDate.of(2026, 7, 24), DEFAULT)).contains(ReminderKind.BEFORE);
  }

  @Test
  void nothingIsDueOverTheWeekendBetweenAFridayDeadlineAndTheMondayAfter() {
    ReminderDates dates = ReminderDates.of(LocalDate.of(2026, 7, 24), false, 5, ENGLAND);
    assertThat(dates.due(LocalDate.of(2026, 7, 25), DEFAULT)).isEmpty();
    assertThat(dates.due(LocalDate.of(2026, 7, 26), DEFAULT)).isEmpty();
  }

  @Test
  void theReminderAfterIsDueFromItsDayForAWeekOnly() {
    ReminderDates dates = ReminderDates.of(LocalDate.of(2026, 7, 24), false, 5, ENGLAND);
    assertThat(dates.due(LocalDate.of(2026, 7, 27), DEFAULT)).contains(ReminderKind.AFTER);
    assertThat(dates.due(LocalDate.of(2026, 8, 2), DEFAULT)).contains(ReminderKind.AFTER);
    assertThat(dates.due(LocalDate.of(2026, 8, 3), DEFAULT)).isEmpty();
  }

  @Test
  void aReminderSwitchedOffIsNeverDue() {
    ReminderDates dates = ReminderDates.of(LocalDate.of(2026, 7, 24), false, 5, ENGLAND);
    ReminderSchedule noBefore = new ReminderSchedule(15, false, 5, true);
    ReminderSchedule noAfter = new ReminderSchedule(15, true, 5, false);
    assertThat(dates.due(LocalDate.of(2026, 7, 20), noBefore)).isEqualTo(Optional.empty());
    assertThat(dates.due(LocalDate.of(2026, 7, 20), noAfter)).contains(ReminderKind.BEFORE);
    assertThat(dates.due(LocalDate.of(2026, 7, 27), noAfter)).isEmpty();
    assertThat(dates.due(LocalDate.of(2026, 7, 27), noBefore)).contains(ReminderKind.AFTER);
  }
}
