package org.councilperformance.domain.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.absence.AbsenceTestData.n;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbsenceRatesTest {
  @Test
  void theProjectionIsDaysPerFteSoFarOverQuartersElapsedTimesFour() {
    // The council's own arithmetic: (2.39 + 2.24) ÷ 2 × 4 = 9.26.
    assertThat(AbsenceRates.projection(List.of(n("2.39"), n("2.24")))).isEqualByComparingTo("9.26");
    assertThat(AbsenceRates.yearToDate(List.of(n("2.39"), n("2.24")))).isEqualByComparingTo("4.63");
    // From the tables: 2.3911… + 2.3103… = 4.70, projected 9.40.
    List<java.math.BigDecimal> computed =
        List.of(AbsenceTestData.q1().councilDaysPerFte(), AbsenceTestData.q2().councilDaysPerFte());
    assertThat(AbsenceFigures.shown(AbsenceRates.yearToDate(computed)))
        .isEqualByComparingTo("4.70");
    assertThat(AbsenceFigures.shown(AbsenceRates.projection(computed)))
        .isEqualByComparingTo("9.40");
    // After Q1 alone: × 4; after Q4: the year's own total.
    assertThat(AbsenceRates.projection(List.of(n("2.5")))).isEqualByComparingTo("10");
    assertThat(AbsenceRates.projection(List.of(n("2"), n("2.5"), n("1.5"), n("3"))))
        .isEqualByComparingTo("9");
  }

  @Test
  void noProjectionWhileAQuarterSoFarHasNoFigures() {
    assertThat(AbsenceRates.projection(Arrays.asList(null, n("2.24")))).isNull();
    assertThat(AbsenceRates.yearToDate(Arrays.asList(n("2.39"), null))).isNull();
    assertThat(AbsenceRates.projection(List.of())).isNull();
  }

  @Test
  void rollingTwelveMonthsNeedsFourConsecutiveQuarters() {
    assertThat(AbsenceRates.rollingTwelveMonths(List.of(n("2.1"), n("2.6"), n("2.39"), n("2.31"))))
        .isEqualByComparingTo("9.40");
    assertThat(
            AbsenceRates.rollingTwelveMonths(Arrays.asList(null, n("2.6"), n("2.39"), n("2.31"))))
        .isNull();
    assertThat(AbsenceRates.rollingTwelveMonths(List.of(n("2.6"), n("2.39"), n("2.31")))).isNull();
  }

  @Test
  void theTargetIsMetWhenTheProjectionShownIsAtMostTheTarget() {
    AbsenceTargetComparison above = AbsenceTargetComparison.of(n("8.0"), n("9.4030"));
    assertThat(above.projected()).isEqualByComparingTo("9.40");
    assertThat(above.difference()).isEqualByComparingTo("1.40");
    assertThat(above.meetsTarget()).isFalse();
    // 8.004 is shown as 8.00: on target, the boundary inclusive.
    assertThat(AbsenceTargetComparison.of(n("8.0"), n("8.004")).meetsTarget()).isTrue();
    assertThat(AbsenceTargetComparison.of(n("8.0"), n("8.005")).meetsTarget()).isFalse();
    assertThat(AbsenceTargetComparison.of(n("8.0"), n("6.2")).difference())
        .isEqualByComparingTo("-1.80");
    AbsenceTargetComparison none = AbsenceTargetComparison.of(n("8.0"), null);
    assertThat(none.meetsTarget()).isNull();
    assertThat(none.projected()).isNull();
  }
}
