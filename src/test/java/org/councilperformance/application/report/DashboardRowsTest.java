package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.action.ActionPositionBuilder.positionOf;
import static org.councilperformance.domain.indicator.IndicatorStatusBuilder.statusOf;
import static org.councilperformance.domain.trend.IndicatorTrendBuilder.trendOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
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
import org.councilperformance.domain.trend.DirectionOfTravel;
import org.councilperformance.domain.trend.IndicatorTrend;
import org.junit.jupiter.api.Test;

class DashboardRowsTest {
  private final CorporatePlan plan = new CorporatePlan("Council Delivery Plan", 2018, 2019, null);
  private final Priority money = priority("VFM", "Value For Money");
  private final Priority homes = priority("HC", "Homes and Communities");
  private final List<IndicatorStatus> statuses = new ArrayList<>();
  private final List<IndicatorTrend> trends = new ArrayList<>();
  private final List<ActionPosition> actions = new ArrayList<>();

  private Priority priority(String code, String name) {
    Priority priority = new Priority(code, plan);
    priority.describe(name, PriorityType.PRIORITY, null);
    return priority;
  }

  private void indicator(String code, RagStatus status, Priority... priorities) {
    Indicator indicator =
        new Indicator(code, "Indicator " + code, IndicatorUnit.PERCENT, Polarity.HIGHER_IS_BETTER);
    indicator.serve(List.of(priorities));
    statuses.add(statusOf(indicator).target("90").status(status).build());
    trends.add(
        trendOf(indicator).previousActual("80").sincePrevious(DirectionOfTravel.IMPROVING).build());
  }

  private void action(String code, ActionStatus status, Priority priority) {
    Action action = new Action(code, "Action " + code);
    action.assignTo(priority, null, null);
    action.schedule(null, LocalDate.of(2019, 3, 31), null);
    actions.add(positionOf(action).asOf(LocalDate.of(2018, 9, 30)).status(status).build());
  }

  private List<Map<String, Object>> rows() {
    return DashboardRows.of(statuses, trends, actions, p -> true);
  }

  @Test
  void eachPriorityListsItsActionsThenItsIndicatorsInNameOrderWithOtherLast() {
    indicator("VFM-PI-02", RagStatus.RED, money);
    indicator("VFM-PI-01", RagStatus.GREEN, money);
    indicator("HC-PI-01", RagStatus.AMBER, homes);
    indicator("LOOSE-1", RagStatus.GREEN);
    action("VFM-A-01", ActionStatus.OVERDUE, money);
    action("LOOSE-A", ActionStatus.IN_PROGRESS, null);

    assertThat(rows())
        .extracting(r -> r.get("priority") + "/" + r.get("kind") + "/" + r.get("code"))
        .containsExactly(
            "Homes and Communities/Indicators/HC-PI-01",
            "Value For Money/Actions/VFM-A-01",
            "Value For Money/Indicators/VFM-PI-01",
            "Value For Money/Indicators/VFM-PI-02",
            "Other/Actions/LOOSE-A",
            "Other/Indicators/LOOSE-1");
  }

  @Test
  void everyRowCarriesItsDashboardsCountsByShapeAndWord() {
    indicator("VFM-PI-01", RagStatus.GREEN, money);
    indicator("VFM-PI-02", RagStatus.RED, money);
    indicator("VFM-PI-03", RagStatus.MISSING, money);
    action("VFM-A-01", ActionStatus.IN_PROGRESS, money);
    action("VFM-A-02", ActionStatus.CANCELLED, money);

    Map<String, Object> row = rows().get(0);
    assertThat(row)
        .containsEntry("actionCounts", "Actions: ● Green 1 · ▲ Amber 0 · ◆ Red 0 · Cancelled 1")
        .containsEntry(
            "indicatorCounts", "Indicators: ● Green 1 · ▲ Amber 0 · ◆ Red 1 · ✕ Missing 1");
    assertThat(rows()).allMatch(r -> r.get("actionCounts").equals(row.get("actionCounts")));
  }

  @Test
  void aPriorityWithoutActionsSaysSo() {
    indicator("HC-PI-01", RagStatus.GREEN, homes);
    assertThat(rows().get(0)).containsEntry("actionCounts", "Actions: none");
  }

  @Test
  void anIndicatorServingTwoPrioritiesIsOnBothDashboardsButOnlyThoseInScope() {
    indicator("SHARED-1", RagStatus.GREEN, money, homes);
    assertThat(rows())
        .extracting(r -> r.get("priority"))
        .containsExactly("Homes and Communities", "Value For Money");
    assertThat(DashboardRows.of(statuses, trends, actions, p -> p == homes))
        .extracting(r -> r.get("priority"))
        .containsExactly("Homes and Communities");
  }

  @Test
  void actionRowsGiveDueDateProgressAndStatusInWordsAndIndicatorRowsTheirFigures() {
    action("VFM-A-01", ActionStatus.WARNING, money);
    action("VFM-A-02", null, money);
    indicator("VFM-PI-01", RagStatus.RED, money);
    List<Map<String, Object>> rows = rows();

    assertThat(rows.get(0))
        .containsEntry("status", "▲ Amber\nWarning")
        .containsEntry("statusColour", "Status.AMBER")
        .containsEntry("commentary", "")
        .containsEntry("unit", "")
        .containsEntry(
            "dueDate",
            Date.from(
                LocalDate.of(2019, 3, 31)
                    .atStartOfDay(java.time.ZoneId.of("Europe/London"))
                    .toInstant()));
    assertThat(rows.get(1)).containsEntry("status", "Not assessed");
    assertThat(rows.get(2))
        .containsEntry("target", new BigDecimal("90"))
        .containsEntry("status", "◆ Red")
        .containsEntry("sincePrevious", "↑ Improving")
        .containsEntry("unit", "%");
  }
}
