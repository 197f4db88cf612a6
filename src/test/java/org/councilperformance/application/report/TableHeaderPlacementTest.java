package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.action.ActionPositionBuilder.positionOf;
import static org.councilperformance.domain.indicator.IndicatorStatusBuilder.statusOf;
import static org.councilperformance.domain.trend.IndicatorTrendBuilder.trendOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.action.ActionStatus;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.plan.CorporatePlan;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.plan.PriorityType;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.trend.IndicatorTrend;
import org.junit.jupiter.api.Test;

/**
 * Dashboards whose indicator tables start ever lower down the page, one more action above each: a
 * table's header never prints at the foot of a page without its first row, and a row printed on a
 * page's last line is still read as that page's (docs/reports.md#formats).
 */
class TableHeaderPlacementTest {

  @Test
  void everyTableHeaderHasItsFirstRowBeneathIt() {
    CorporatePlan plan = new CorporatePlan("Council Delivery Plan", 2018, 2019, null);
    List<IndicatorStatus> statuses = new ArrayList<>();
    List<IndicatorTrend> trends = new ArrayList<>();
    List<ActionPosition> actions = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (int p = 1; p <= 24; p++) {
      Priority priority = new Priority("TH-P%02d".formatted(p), plan);
      priority.describe("Priority %02d".formatted(p), PriorityType.PRIORITY, null);
      for (int a = 1; a <= p; a++) {
        String code = "TH-A-%02d-%02d".formatted(p, a);
        codes.add(code);
        Action action = new Action(code, "Action " + a);
        action.assignTo(priority, null, null);
        actions.add(
            positionOf(action)
                .asOf(LocalDate.of(2018, 9, 30))
                .status(ActionStatus.COMPLETED)
                .build());
      }
      // The first indicator is tall (its commentary runs to many lines), the second one line.
      for (int i = 1; i <= 2; i++) {
        String code = "TH-PI-%02d-%d".formatted(p, i);
        codes.add(code);
        Indicator indicator =
            new Indicator(code, "Indicator " + i, IndicatorUnit.COUNT, Polarity.HIGHER_IS_BETTER);
        indicator.serve(List.of(priority));
        statuses.add(
            statusOf(indicator)
                .target("90")
                .actual("80")
                .status(RagStatus.AMBER)
                .commentary(
                    i == 1 ? "The officer explains the quarter at length. ".repeat(2 + p % 9) : "")
                .build());
        trends.add(trendOf(indicator).build());
      }
    }
    List<Map<String, Object>> dashboard = DashboardRows.of(statuses, trends, actions, p -> true);
    Map<String, Object> parameters = new HashMap<>(DashboardRows.printedColumns(dashboard));
    parameters.put("PREVIOUS_PERIOD", "2018-19-Q1");
    PdfWords printed =
        PdfWords.of(
            SectionRendering.pdf(
                List.of(
                    new SectionContent(PackSection.DASHBOARD, "Dashboard", dashboard, parameters)),
                "placement"));

    List<List<PdfWords.Word>> firstRows =
        printed.firstRowsUnderHeaders(40f, PdfWords.PACK_BODY_BOTTOM);
    assertThat(firstRows).hasSizeGreaterThan(48);
    assertThat(firstRows)
        .allSatisfy(row -> assertThat(row).isNotEmpty())
        .allSatisfy(row -> assertThat(codes).contains(row.get(0).text()));
  }
}
