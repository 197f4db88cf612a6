package org.councilperformance.infrastructure.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCaseTest {
  @Test
  void capitalisesEachWordButTheShortJoiningOnes() {
    assertThat(TitleCase.of("Quarterly performance report: 2018/19 Quarter 2"))
        .isEqualTo("Quarterly Performance Report: 2018/19 Quarter 2");
    assertThat(TitleCase.of("report of the head of finance and ICT"))
        .isEqualTo("Report of the Head of Finance and ICT");
  }

  @Test
  void aJoiningWordOpeningTheTitleOrAPhraseIsCapitalised() {
    assertThat(TitleCase.of("the council: a review of the year"))
        .isEqualTo("The Council: A Review of the Year");
  }

  @Test
  void aTitleInCapitalsThroughoutIsNotShouted() {
    assertThat(TitleCase.of("2018/19 QUARTER 2 PERFORMANCE MANAGEMENT REPORT"))
        .isEqualTo("2018/19 Quarter 2 Performance Management Report");
  }

  @Test
  void wordsWithCapitalsOrDigitsAreLeftAsWritten() {
    assertThat(TitleCase.of("HRA and eGov spending in 2018-19"))
        .isEqualTo("HRA and eGov Spending in 2018-19");
  }
}
