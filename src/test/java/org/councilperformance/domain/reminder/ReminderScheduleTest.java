package org.councilperformance.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilperformance.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {
  @Test
  void theNumbersAtTheirLimitsAreTaken() {
    ReminderSchedule s = new ReminderSchedule(1, true, 1, false);
    s.revise(60, false, 30, true);
    assertThat(s.deadlineWorkingDays()).isEqualTo(60);
    assertThat(s.beforeWorkingDays()).isEqualTo(30);
    assertThat(s.beforeEnabled()).isFalse();
    assertThat(s.afterEnabled()).isTrue();
  }

  @Test
  void aDeadlineOutsideOneToSixtyWorkingDaysIsRefusedNamingItsField() {
    assertThatThrownBy(() -> new ReminderSchedule(0, true, 5, true))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> assertThat(((InvalidValueException) e).field()).isEqualTo("deadlineWorkingDays"));
    assertThatThrownBy(() -> new ReminderSchedule(61, true, 5, true))
        .satisfies(
            e -> assertThat(((InvalidValueException) e).field()).isEqualTo("deadlineWorkingDays"));
  }

  @Test
  void aReminderOutsideOneToThirtyWorkingDaysBeforeIsRefusedNamingItsField() {
    assertThatThrownBy(() -> new ReminderSchedule(15, true, 0, true))
        .satisfies(
            e -> assertThat(((InvalidValueException) e).field()).isEqualTo("beforeWorkingDays"));
    assertThatThrownBy(() -> new ReminderSchedule(15, true, 31, true))
        .satisfies(
            e -> assertThat(((InvalidValueException) e).field()).isEqualTo("beforeWorkingDays"));
  }
}
