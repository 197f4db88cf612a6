package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.DATE;
import static org.councilperformance.application.report.outline.Column.Kind.NUMBER;
import static org.councilperformance.application.report.outline.Column.Kind.STATUS;
import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilperformance.application.report.SectionContent;

/**
 * The dashboards (DashboardSource): per priority its narrative, its counts and its trend chart with
 * the chart's figures, then a table of its actions and one of its indicators, each status with the
 * status the council printed beneath it where the two differ ("as reported: …"), as the PDF prints
 * it. In a workbook all priorities' actions share one sheet, their indicators another.
 */
final class DashboardOutline implements SectionOutliner {
  /** The trend chart's title, as the PDF prints it. */
  static final String TREND_TITLE = "Indicators on track, by quarter";

  @Override
  public void outline(SectionContent content, Blocks blocks) {
    if (content.rows().isEmpty()) {
      blocks.paragraph("No indicators or actions in scope for this period.");
      return;
    }
    Object previous = content.parameters().get("PREVIOUS_PERIOD");
    boolean sincePreviousHidden =
        content.parameters().get(SectionContent.HIDDEN_COLUMNS) instanceof Collection<?> hidden
            && hidden.contains("indicators.sincePrevious");
    blocks.paragraph(
        "Each priority's actions and indicators, counted by status and then listed."
            + (previous == null || sincePreviousHidden
                ? ""
                : " Since previous: the direction of travel since " + previous + "."));
    blocks.notReported(content.parameters());
    Map<String, List<Map<String, Object>>> boards = RowFields.groupBy(content.rows(), "priority");
    boards.forEach(
        (priority, rows) -> {
          blocks.heading(priority);
          blocks.paragraph(RowFields.text(rows.get(0), "narrative"));
          blocks.paragraph(RowFields.text(rows.get(0), "actionCounts"));
          blocks.paragraph(RowFields.text(rows.get(0), "indicatorCounts"));
          trend(priority, rows.get(0), blocks);
          blocks.table(
              Table.builder(priority + ": actions", "Dashboard actions")
                  .group("Priority", priority)
                  .column("code", "Code", TEXT)
                  .column("name", "Action", TEXT)
                  .column("dueDate", "Due date", DATE)
                  .column("progress", "Progress (%)", NUMBER)
                  .column("status", "Status", STATUS)
                  .column("commentary", "Commentary", TEXT)
                  .rows(rows, r -> "Actions".equals(r.get("kind")))
                  .build());
          blocks.table(
              Table.builder(priority + ": indicators", "Dashboard indicators")
                  .group("Priority", priority)
                  .columns(IndicatorColumns::figures)
                  .column("sincePrevious", "Since previous", STATUS)
                  .column("commentary", "Commentary", TEXT)
                  .rows(rows, r -> "Indicators".equals(r.get("kind")))
                  .build());
        });
  }

  /**
   * The priority's trend chart (DashboardRows' {@code trendPoints}, from two quarters on) with its
   * alternative text ({@code trendChartAltText}) and, beneath it, the table of its figures.
   */
  private static void trend(String priority, Map<String, Object> row, Blocks blocks) {
    if (!(row.get("trendPoints") instanceof List<?> points) || points.isEmpty()) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> quarters = (List<Map<String, Object>>) points;
    List<Block.Bar> bars =
        quarters.stream()
            .filter(q -> q.get("share") instanceof Number)
            .map(
                q ->
                    new Block.Bar(
                        RowFields.text(q, "quarter"), new BigDecimal(q.get("share").toString())))
            .toList();
    Table data =
        Table.builder(priority + ": indicators on track, by quarter", "Dashboard trends")
            .group("Priority", priority)
            .column("quarter", "Quarter", TEXT)
            .column("share", "Share on track (%)", NUMBER)
            .rows(quarters, q -> true)
            .build();
    blocks.chart(
        new Block.Chart(
            priority + ": " + TREND_TITLE.toLowerCase(Locale.UK),
            RowFields.text(row, "trendChartAltText"),
            bars,
            data));
  }
}
