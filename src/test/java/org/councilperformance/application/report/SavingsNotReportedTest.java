package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.finance.SavingsTarget;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.PackSection;
import org.junit.jupiter.api.Test;

/** A table's figures not reported are said once, not again on the pages the table runs onto. */
class SavingsNotReportedTest {
  @Test
  void aSavingsListWithoutFiguresSaysSoOnceOverSeveralPages() {
    ReportingPeriod period =
        new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "period"), "Quarter 2 2018/19");
    List<SavingsTarget> savings = new ArrayList<>();
    for (int n = 1; n <= 80; n++) {
      savings.add(new SavingsTarget(period, "Saving " + n + " from the restructure", null, null));
    }
    List<Map<String, Object>> rows = FinanceRows.of(List.of(), List.of(), savings, List.of());
    Map<String, Object> parameters =
        new HashMap<>(PrintedColumns.parameters(rows, FinanceRows.SAVINGS_COLUMNS));

    String text =
        PdfWords.of(
                SectionRendering.pdf(
                    List.of(new SectionContent(PackSection.FINANCE, "Finance", rows, parameters)),
                    "savings"))
            .text();

    String note = "Not reported for any of the savings: target, forecast, forecast − target.";
    assertThat(text).contains("Saving 80 from the restructure").doesNotContain("Target");
    assertThat(text.split("Savings \\(£\\)", -1)).hasSizeGreaterThan(2);
    assertThat(text.indexOf(note)).isNotNegative().isEqualTo(text.lastIndexOf(note));
  }
}
