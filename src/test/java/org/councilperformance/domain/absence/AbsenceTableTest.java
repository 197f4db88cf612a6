package org.councilperformance.domain.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbsenceTableTest {
  @Test
  void theCouncilTotalIsTheSumOfTheWorkAreas() {
    AbsenceFigures total = AbsenceTestData.q2().councilTotal();
    assertThat(total.longTermDays()).isEqualByComparingTo("767.45");
    assertThat(total.shortTermDays()).isEqualByComparingTo("275.84");
    assertThat(total.days()).isEqualByComparingTo("1043.29");
    assertThat(total.fte()).isEqualByComparingTo("451.59");
    assertThat(AbsenceFigures.shown(total.longTermShare())).isEqualByComparingTo("73.56");
    assertThat(AbsenceFigures.shown(total.shortTermShare())).isEqualByComparingTo("26.44");
  }

  @Test
  void councilDaysPerFteIsSumOfDaysOverSumOfFteNotTheAverageOfTheRates() {
    // 1043.29 ÷ 451.59 = 2.31 (the council printed 2.24).
    assertThat(AbsenceFigures.shown(AbsenceTestData.q2().councilDaysPerFte()))
        .isEqualByComparingTo("2.31");
    // Q1: 1079.63 ÷ 451.51 = 2.39.
    assertThat(AbsenceFigures.shown(AbsenceTestData.q1().councilDaysPerFte()))
        .isEqualByComparingTo("2.39");
    // A team of 1 FTE losing 10 days and one of 99 losing none: 0.1, not (10 + 0) ÷ 2 = 5.
    AbsenceTable skewed =
        new AbsenceTable(
            "2018-19-Q3",
            List.of(
                AbsenceTestData.line("Small", "10", "0", "1", null, null),
                AbsenceTestData.line("Large", "0", "0", "99", null, null)));
    assertThat(skewed.councilDaysPerFte()).isEqualByComparingTo("0.1");
  }

  @Test
  void aQuarterWithoutLinesHasNoCouncilTotal() {
    AbsenceTable empty = new AbsenceTable("2018-19-Q3", List.of());
    assertThat(empty.councilTotal()).isNull();
    assertThat(empty.councilDaysPerFte()).isNull();
  }
}
