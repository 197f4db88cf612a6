package org.councilperformance.application.report;

import static org.councilperformance.domain.action.ActionPositionBuilder.positionOf;
import static org.councilperformance.domain.indicator.IndicatorStatusBuilder.statusOf;
import static org.councilperformance.domain.trend.IndicatorTrendBuilder.trendOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.absence.AbsenceReportBuilder;
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
import org.councilperformance.domain.risk.Risk;
import org.councilperformance.domain.risk.RiskPosition;
import org.councilperformance.domain.trend.DirectionOfTravel;
import org.councilperformance.domain.trend.IndicatorTrend;

/**
 * A pack of a generated council, built without a database: cover, summary, dashboards (indicators
 * and actions spread over four priorities), the sample council's absence appendix with its chart,
 * and a risk register. For the accessibility tests and the tagging cost benchmark.
 */
public final class GeneratedPack {
  private final CorporatePlan plan = new CorporatePlan("Council Delivery Plan", 2018, 2019, null);
  private final List<IndicatorStatus> statuses = new ArrayList<>();
  private final List<IndicatorTrend> trends = new ArrayList<>();
  private final List<ActionPosition> actions = new ArrayList<>();

  private Priority priority(String code, String name) {
    Priority priority = new Priority(code, plan);
    priority.describe(name, PriorityType.PRIORITY, null);
    return priority;
  }

  /** A generated council: indicators and actions spread over four priorities. */
  /** A generated council's pack: {@code indicators} and {@code actions} over four priorities. */
  public Pack of(int indicators, int actionCount) {
    List<Priority> priorities =
        List.of(
            priority("P1", "Homes and communities"),
            priority("P2", "Value for money"),
            priority("P3", "Economy and regeneration"),
            priority("P4", "Environment"));
    RagStatus[] rag = RagStatus.values();
    for (int i = 1; i <= indicators; i++) {
      Indicator indicator =
          new Indicator(
              "PI-%03d".formatted(i),
              "Generated indicator number " + i + " measuring the service",
              IndicatorUnit.PERCENT,
              Polarity.HIGHER_IS_BETTER);
      indicator.serve(List.of(priorities.get(i % priorities.size())));
      statuses.add(statusOf(indicator).target("90").status(rag[i % rag.length]).build());
      trends.add(
          trendOf(indicator)
              .previousActual("80")
              .sincePrevious(DirectionOfTravel.IMPROVING)
              .build());
    }
    for (int i = 1; i <= actionCount; i++) {
      Action action = new Action("A-%03d".formatted(i), "Generated action number " + i);
      action.assignTo(priorities.get(i % priorities.size()), null, null);
      action.schedule(null, LocalDate.of(2019, 3, 31), null);
      actions.add(
          positionOf(action)
              .asOf(LocalDate.of(2018, 9, 30))
              .status(ActionStatus.values()[i % ActionStatus.values().length])
              .build());
    }
    Risk risk = new Risk("R1", "Cyber attack", 4);
    risk.assignTo(null, null, "Head of ICT");
    risk.assess(risk.rating(4, 4, "inherent"), risk.rating(3, 2, "r"), null);
    var absence = AbsenceReportBuilder.sampleQ2().build();
    List<SectionContent> sections =
        List.of(
            new SectionContent(PackSection.COVER, "Cover", List.of(cover()), Map.of()),
            new SectionContent(
                PackSection.SUMMARY,
                "Summary",
                SummarySource.rows(statuses, trends, actions),
                Map.of()),
            new SectionContent(
                PackSection.DASHBOARD,
                "Dashboard",
                DashboardRows.of(statuses, trends, actions, p -> true),
                Map.of("PREVIOUS_PERIOD", "2018/19 Quarter 1")),
            new SectionContent(
                PackSection.ABSENCE,
                "Absence",
                AbsenceRows.of(absence),
                AbsenceRows.parameters(absence)),
            new SectionContent(
                PackSection.RISKS,
                "Risks",
                RiskSource.rows(List.of(RiskPosition.of(risk, List.of())), Map.of()),
                Map.of()));
    return new Pack(
        "Test Council",
        "Quarterly performance report: 2018/19 Quarter 2",
        "2018/19 Quarter 2",
        "Whole council",
        "generated",
        sections);
  }

  private static Map<String, Object> cover() {
    Map<String, Object> row = new HashMap<>();
    row.put("council", "Test Council");
    row.put("committee", "Corporate Scrutiny Committee");
    row.put("meetingDate", "5 November 2018");
    row.put("title", "Quarterly performance report: 2018/19 Quarter 2");
    row.put("period", "2018/19 Quarter 2");
    row.put("scope", "Whole council");
    row.put("authors", "Chief Executive");
    row.put("publication", "Public");
    return row;
  }
}
