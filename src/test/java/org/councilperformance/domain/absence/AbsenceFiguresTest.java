package org.councilperformance.domain.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilperformance.domain.absence.AbsenceTestData.figures;
import static org.councilperformance.domain.absence.AbsenceTestData.n;

import org.councilperformance.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class AbsenceFiguresTest {
  @Test
  void daysLostAreLongTermPlusShortTerm() {
    assertThat(figures("501.79", "126.35", "212.34", null, null).days())
        .isEqualByComparingTo("628.14");
  }

  @Test
  void daysPerFteAreDaysLostDividedByFteShownToTwoDecimalsHalfUp() {
    AbsenceFigures community = figures("501.79", "126.35", "212.34", null, null);
    assertThat(community.daysPerFte()).isEqualByComparingTo("2.9581802769");
    assertThat(AbsenceFigures.shown(community.daysPerFte())).isEqualByComparingTo("2.96");
    // 0.125 rounds up to 0.13, never to the even 0.12.
    assertThat(AbsenceFigures.shown(figures("1", "0", "8", null, null).daysPerFte()))
        .isEqualByComparingTo("0.13");
    assertThat(figures("0", "0", "12.65", null, null).daysPerFte()).isEqualByComparingTo("0");
  }

  @Test
  void longAndShortTermSharesArePercentagesOfDaysLost() {
    AbsenceFigures housing = figures("101.35", "70.26", "85.76", null, null);
    assertThat(AbsenceFigures.shown(housing.longTermShare())).isEqualByComparingTo("59.06");
    assertThat(AbsenceFigures.shown(housing.shortTermShare())).isEqualByComparingTo("40.94");
    // No days lost: no shares rather than a division by zero.
    assertThat(figures("0", "0", "12.65", null, null).longTermShare()).isNull();
  }

  @Test
  void entryNeedsDaysOfZeroOrMoreAndFteAboveZero() {
    assertThat(AbsenceFigures.entered(n("0"), n("0"), n("0.5"), null, null).fte())
        .isEqualByComparingTo("0.5");
    assertThatThrownBy(() -> AbsenceFigures.entered(n("-1"), n("0"), n("1"), null, null))
        .isInstanceOf(InvalidValueException.class)
        .extracting("field")
        .isEqualTo("longTermDays");
    assertThatThrownBy(() -> AbsenceFigures.entered(n("1"), n("-0.01"), n("1"), null, null))
        .extracting("field")
        .isEqualTo("shortTermDays");
    assertThatThrownBy(() -> AbsenceFigures.entered(n("1"), n("1"), n("0"), null, null))
        .extracting("field")
        .isEqualTo("fte");
    assertThatThrownBy(() -> AbsenceFigures.entered(n("1"), n("1"), n("-3"), null, null))
        .extracting("field")
        .isEqualTo("fte");
    assertThatThrownBy(() -> AbsenceFigures.entered(n("1"), n("1"), null, null, null))
        .extracting("field")
        .isEqualTo("fte");
    assertThatThrownBy(() -> AbsenceFigures.entered(n("1"), n("1"), n("1"), n("-2"), null))
        .extracting("field")
        .isEqualTo("totalDays");
    assertThatThrownBy(() -> AbsenceFigures.entered(n("1"), n("1"), n("1"), null, n("-2")))
        .extracting("field")
        .isEqualTo("daysPerFte");
  }

  @Test
  void followUpNeedsCountsOfZeroOrMoreAndAPercentage() {
    assertThat(LongTermFollowUp.entered(27, 10, n("100")).returnToWorkPercent())
        .isEqualByComparingTo("100");
    assertThat(LongTermFollowUp.entered(0, 0, n("0")).longTermReturned()).isZero();
    assertThatThrownBy(() -> LongTermFollowUp.entered(-1, null, null))
        .extracting("field")
        .isEqualTo("longTermReturned");
    assertThatThrownBy(() -> LongTermFollowUp.entered(null, -1, null))
        .extracting("field")
        .isEqualTo("longTermStillOff");
    assertThatThrownBy(() -> LongTermFollowUp.entered(null, null, n("100.01")))
        .extracting("field")
        .isEqualTo("returnToWorkPercent");
    assertThatThrownBy(() -> LongTermFollowUp.entered(null, null, n("-0.5")))
        .extracting("field")
        .isEqualTo("returnToWorkPercent");
  }
}
