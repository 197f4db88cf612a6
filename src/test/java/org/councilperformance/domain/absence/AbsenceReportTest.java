package org.councilperformance.domain.absence;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilperformance.domain.quality.Finding;
import org.junit.jupiter.api.Test;

class AbsenceReportTest {
  private static AbsenceReport sampleQ2() {
    return AbsenceReportBuilder.sampleQ2().build();
  }

  @Test
  void theSampleCouncilsQ2FindingsAreItsOwnSlipsAndNothingElse() {
    assertThat(sampleQ2().findings())
        .extracting(Finding::where)
        .containsExactly(
            "2018-19-Q2 Community Services days per FTE",
            "2018-19-Q2 Customer Services days per FTE",
            "2018-19-Q2 Housing Services days per FTE",
            "2018-19-Q2 HR&OD days per FTE",
            "2018-19-Q2 Legal & Support Services days per FTE",
            "2018-19-Q2 Reg & Planning days per FTE",
            "2018-19-Q2 council long-term days",
            "2018-19-Q2 council short-term days",
            "2018-19-Q2 council total days",
            "2018-19-Q2 council days per FTE",
            "2018-19-Q2 council projected annual days per FTE");
  }

  @Test
  void theProjectionIsAboveTheCorporateTarget() {
    AbsenceReport report = sampleQ2();
    assertThat(AbsenceFigures.shown(report.projection())).isEqualByComparingTo("9.40");
    assertThat(report.target().meetsTarget()).isFalse();
    assertThat(report.target().difference()).isEqualByComparingTo("1.40");
    assertThat(report.reasonsTotal()).isEqualByComparingTo("100");
  }
}
