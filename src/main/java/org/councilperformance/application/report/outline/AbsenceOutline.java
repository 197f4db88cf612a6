package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.MEASURES;
import static org.councilperformance.application.report.outline.Column.Kind.NUMBER;
import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilperformance.application.report.SectionContent;

/**
 * The absence appendix (AbsenceSource): the council's rate, the work areas, the reasons for absence
 * with their chart, and the figures that do not add up.
 */
final class AbsenceOutline implements SectionOutliner {
  static final String CHART_TITLE = "Reasons for absence: share of days lost (%)";

  @Override
  public void outline(SectionContent content, Blocks blocks) {
    List<Map<String, Object>> rows = content.rows();
    if (rows.isEmpty()) {
      blocks.paragraph("No absence figures have been entered for this period.");
      return;
    }
    blocks.heading("The council's absence rate");
    blocks.table(
        Table.builder("The council's absence rate", "Absence rate")
            .column("name", "Measure", TEXT)
            .column("value", "Figure", MEASURES)
            .column("reported", "As the council reported", MEASURES)
            .column("basis", "How it is worked out", TEXT)
            .rows(rows, r -> "figures".equals(r.get("table")))
            .build());
    blocks.heading("Days lost by work area");
    blocks.table(
        Table.builder("Days lost by work area", "Absence by work area")
            .column("name", "Work area", TEXT)
            .column("longTermDays", "Long-term days (10 or more)", NUMBER)
            .column("shortTermDays", "Short-term days", NUMBER)
            .column("days", "Days lost", NUMBER)
            .column("fte", "Staff (FTE)", NUMBER)
            .column("daysPerFte", "Days lost per FTE", NUMBER)
            .column("reported", "As the council reported", NUMBER)
            .rows(rows, r -> "areas".equals(r.get("table")))
            .build());
    List<Map<String, Object>> reasons =
        rows.stream().filter(r -> "reasons".equals(r.get("table"))).toList();
    if (!reasons.isEmpty()) {
      blocks.heading("Reasons for absence");
      Table data =
          Table.builder("Reasons for absence", "Absence reasons")
              .column("name", "Reason", TEXT)
              .column("percent", "% of days lost", NUMBER)
              .rows(reasons, r -> true)
              .build();
      List<Block.Bar> bars =
          reasons.stream()
              .filter(r -> !RowFields.flag(r, "total") && r.get("percent") instanceof BigDecimal)
              .map(r -> new Block.Bar(RowFields.text(r, "name"), (BigDecimal) r.get("percent")))
              .toList();
      blocks.chart(
          new Block.Chart(
              CHART_TITLE,
              "Bar chart of the share of days lost by each reason for absence: "
                  + bars.stream()
                      .map(b -> b.label() + " " + Figure.of(b.value()) + "%")
                      .collect(Collectors.joining("; "))
                  + ". The table below gives the same figures.",
              bars,
              data));
    }
    Checks.outline(rows, blocks, "Absence checks", "tables above show");
  }
}
