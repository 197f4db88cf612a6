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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated council's dashboards and compendium as members read them on paper: body text of 10 pt
 * at least, no code or unit broken over two lines, and no page starting with the rest of a row from
 * the page before (docs/reports.md#formats).
 */
class PrintedLayoutTest {
  private static final RagStatus[] STATUSES = {
    RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED, RagStatus.GREEN_PLUS
  };
  private static final IndicatorUnit[] UNITS = {
    IndicatorUnit.MILESTONE, IndicatorUnit.PERCENT, IndicatorUnit.MINUTES, IndicatorUnit.COUNT
  };
  private static final List<String> CODES = new ArrayList<>();
  private static PdfWords printed;

  @BeforeAll
  static void renderAGeneratedCouncil() {
    CorporatePlan plan = new CorporatePlan("Council Delivery Plan", 2018, 2019, null);
    List<Priority> priorities = new ArrayList<>();
    for (int p = 1; p <= 3; p++) {
      Priority priority = new Priority("LC-P" + p, plan);
      priority.describe("Priority " + p, PriorityType.PRIORITY, null);
      priorities.add(priority);
    }
    List<IndicatorStatus> statuses = new ArrayList<>();
    List<IndicatorTrend> trends = new ArrayList<>();
    for (int n = 1; n <= 150; n++) {
      // Now and then a council's longer code, wider than the column's usual width.
      String code = (n % 50 == 0 ? "HOUSING-VOIDS-PI-%04d" : "LC-PI-%04d").formatted(n);
      CODES.add(code);
      Indicator indicator =
          new Indicator(
              code,
              "Generated indicator "
                  + n
                  + " with a name as long as councils give them".repeat(n % 3),
              UNITS[n % UNITS.length],
              Polarity.HIGHER_IS_BETTER);
      indicator.serve(List.of(priorities.get(n % 3)));
      statuses.add(
          statusOf(indicator)
              .target("90")
              .actual(String.valueOf(40 + n % 60))
              .status(STATUSES[n % STATUSES.length])
              .commentary(
                  "Commentary on indicator "
                      + n
                      + ", told at the length officers write. ".repeat(n % 7))
              .build());
      trends.add(trendOf(indicator).build());
    }
    List<ActionPosition> actions = new ArrayList<>();
    for (int n = 1; n <= 60; n++) {
      String code = "LC-A-%04d".formatted(n);
      CODES.add(code);
      Action action =
          new Action(code, "Generated action " + n + " to deliver the plan. ".repeat(1 + n % 4));
      action.assignTo(priorities.get(n % 3), null, null);
      actions.add(
          positionOf(action)
              .asOf(LocalDate.of(2018, 9, 30))
              .status(ActionStatus.IN_PROGRESS)
              .commentary("Progress reported by the officer. ".repeat(n % 9))
              .build());
    }
    // Two earlier quarters, fewer on track the further back, for the dashboards' trend charts.
    List<EarlierQuarters.Quarter> earlier = new ArrayList<>();
    for (int back = 2; back >= 1; back--) {
      Map<String, RagStatus> then = new HashMap<>();
      for (int n = 0; n < statuses.size(); n++) {
        then.put(
            statuses.get(n).indicator().code(),
            n % (back + 2) == 0 ? RagStatus.RED : RagStatus.GREEN);
      }
      earlier.add(new EarlierQuarters.Quarter("Q" + (2 - back) + " 2018/19", then));
    }
    earlier.set(0, new EarlierQuarters.Quarter("Q4 2017/18", earlier.get(0).statuses()));
    List<Map<String, Object>> dashboard =
        DashboardRows.of(statuses, trends, actions, p -> true, earlier, "Q2 2018/19");
    Map<String, Object> dashboardParameters =
        new HashMap<>(DashboardRows.printedColumns(dashboard));
    dashboardParameters.put("PREVIOUS_PERIOD", "2018-19-Q1");
    List<Map<String, Object>> compendium = CompendiumSource.rows(statuses, trends, new HashMap<>());
    Map<String, Object> compendiumParameters =
        new HashMap<>(PrintedColumns.parameters(compendium, CompendiumSource.COLUMNS));
    compendiumParameters.put("PREVIOUS_PERIOD", "2018-19-Q1");
    compendiumParameters.put("SAME_PERIOD_LAST_YEAR", "2017-18-Q2");
    printed =
        PdfWords.of(
            SectionRendering.pdf(
                List.of(
                    new SectionContent(
                        PackSection.DASHBOARD, "Dashboard", dashboard, dashboardParameters),
                    new SectionContent(
                        PackSection.INDICATORS,
                        "IndicatorCompendium",
                        compendium,
                        compendiumParameters)),
                "layout"));
  }

  @Test
  void everyWordIsPrintedAtTenPointsOrMore() {
    assertThat(printed.words()).hasSizeGreaterThan(1000);
    assertThat(printed.smallerThan(10f)).isEmpty();
    assertThat(
            printed.blankPages(printed.pages(), PdfWords.PACK_BODY_TOP, PdfWords.PACK_BODY_BOTTOM))
        .isEmpty();
  }

  @Test
  void eachPrioritysTrendChartPrintsItsQuarters() {
    assertThat(printed.text())
        .contains("Indicators on track, by quarter")
        .contains("Q4 2017/18")
        .contains("Q1 2018/19")
        .contains("100%");
  }

  @Test
  void noCodeOrUnitIsBrokenOverTwoLines() {
    assertThat(CODES).allSatisfy(code -> assertThat(printed.text()).contains(code));
    assertThat(printed.text()).contains("milestone").doesNotContainPattern("milesto\\s");
  }

  @Test
  void everyTableOnEveryPageStartsWithARowsCode() {
    List<List<PdfWords.Word>> firstRows =
        printed.firstRowsUnderHeaders(40f, PdfWords.PACK_BODY_BOTTOM);

    assertThat(firstRows.stream().map(r -> r.get(0).page()).distinct().count()).isGreaterThan(10);
    assertThat(firstRows).allSatisfy(row -> assertThat(CODES).contains(row.get(0).text()));
  }
}
