package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.action.ActionPositionBuilder.positionOf;
import static org.councilperformance.domain.indicator.IndicatorStatusBuilder.statusOf;
import static org.councilperformance.domain.trend.IndicatorTrendBuilder.trendOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.councilperformance.domain.report.ReportFormat;
import org.councilperformance.domain.risk.Risk;
import org.councilperformance.domain.risk.RiskPosition;
import org.councilperformance.domain.trend.DirectionOfTravel;
import org.councilperformance.domain.trend.IndicatorTrend;
import org.councilperformance.infrastructure.report.JasperPackRenderer;
import org.councilperformance.infrastructure.report.PdfStructure;
import org.councilperformance.infrastructure.report.PdfUa;
import org.junit.jupiter.api.Test;

/**
 * A pack of many rows, rendered without a server, is PDF/UA-1 as veraPDF checks it, and a screen
 * reader finds its headings, table headers, bookmarks and contents (docs/reports.md#accessibility).
 * The PDF is kept under target/report-pack/ to be looked at.
 */
class PackAccessibilityTest {
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
  private Pack generatedPack(int indicators, int actionCount) {
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

  private static byte[] render(Pack pack, String keepAs) throws IOException {
    byte[] pdf = new JasperPackRenderer().render(pack, ReportFormat.PDF);
    Path folder = Path.of("target", "report-pack");
    Files.createDirectories(folder);
    Files.write(folder.resolve(keepAs + ".pdf"), pdf);
    Files.write(folder.resolve(keepAs + ".tags.txt"), PdfStructure.tree(pdf));
    return pdf;
  }

  @Test
  void aGeneratedPackOfManyRowsHasNoPdfUaFailures() throws IOException {
    byte[] pdf = render(generatedPack(150, 80), "generated-pdfua");

    assertThat(PdfUa.failures(pdf)).as("veraPDF PDF/UA-1 failures by rule").isEmpty();
  }

  @Test
  void aScreenReaderFindsTheTitleSectionsTableHeadersAndTheChartsFigures() throws IOException {
    byte[] pdf = render(generatedPack(8, 4), "generated-tags");

    List<String> tree = PdfStructure.tree(pdf).stream().map(String::strip).toList();
    assertThat(tree)
        .contains(
            "H1: Quarterly performance report: 2018/19 Quarter 2",
            "H2: Summary of performance",
            "H2: Performance dashboards",
            "H3: Homes and communities",
            "TH[Column]: Indicator",
            "TH[Row]: Likelihood 4")
        .anyMatch(l -> l.startsWith("TD: PI-00"))
        .anyMatch(l -> l.startsWith("Figure:") && l.contains("(alt: Bar chart of the reasons"));
    // The running header and footer are page furniture, not read out on every page.
    assertThat(tree).noneMatch(l -> l.contains("Page 2 of"));
  }

  @Test
  void everySectionAndEachPrioritysDashboardIsABookmark() throws IOException {
    byte[] pdf = render(generatedPack(8, 4), "generated-bookmarks");

    assertThat(PdfStructure.bookmarks(pdf))
        .containsSubsequence(
            "Cover",
            "Summary of performance",
            "Performance dashboards",
            "  Homes and communities",
            "  Value for money",
            "Appendix: management of absence",
            "Appendix: corporate risk register");
  }
}
