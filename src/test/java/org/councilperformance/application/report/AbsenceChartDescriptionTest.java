package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilperformance.domain.absence.AbsenceReportBuilder;
import org.junit.jupiter.api.Test;

/** The absence chart's figures in words, its alternative text in the PDF. */
class AbsenceChartDescriptionTest {
  @Test
  void namesEveryReasonWithItsShareAsTheTablePrintsIt() {
    String description =
        (String)
            AbsenceRows.parameters(AbsenceReportBuilder.sampleQ2().build())
                .get(AbsenceRows.CHART_DESCRIPTION);

    assertThat(description)
        .startsWith("Bar chart of the reasons for absence by share of days lost: ")
        .contains("Back pain - sprain - strain - musculo- skeletal 36.45%")
        .contains("Eye – ophthalmic 0.40%")
        // The XLSX exporter writes the description unescaped: no ampersand in it.
        .contains("Ear nose and throat – dental 1.17%")
        .doesNotContain("&")
        .endsWith(".");
  }
}
