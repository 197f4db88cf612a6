package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.DATE;
import static org.councilperformance.application.report.outline.Column.Kind.NUMBER;
import static org.councilperformance.application.report.outline.Column.Kind.STATUS;
import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

import java.util.List;
import java.util.Map;
import org.councilperformance.application.report.SectionContent;

/**
 * The dashboards (DashboardSource): per priority its counts, then a table of its actions and one of
 * its indicators. In a workbook all priorities' actions share one sheet, their indicators another.
 */
final class DashboardOutline implements SectionOutliner {
  @Override
  public void outline(SectionContent content, Blocks blocks) {
    if (content.rows().isEmpty()) {
      blocks.paragraph("No indicators or actions in scope for this period.");
      return;
    }
    Object previous = content.parameters().get("PREVIOUS_PERIOD");
    blocks.paragraph(
        "Each priority's actions and indicators, counted by status and then listed."
            + (previous == null
                ? ""
                : " Since previous: the direction of travel since " + previous + "."));
    Map<String, List<Map<String, Object>>> boards = RowFields.groupBy(content.rows(), "priority");
    boards.forEach(
        (priority, rows) -> {
          blocks.heading(priority);
          blocks.paragraph(RowFields.text(rows.get(0), "narrative"));
          blocks.paragraph(RowFields.text(rows.get(0), "actionCounts"));
          blocks.paragraph(RowFields.text(rows.get(0), "indicatorCounts"));
          blocks.table(
              Table.builder(priority + ": actions", "Dashboard actions")
                  .group("Priority", priority)
                  .column("code", "Code", TEXT)
                  .column("name", "Action", TEXT)
                  .column("dueDate", "Due date", DATE)
                  .column("progress", "Progress (%)", NUMBER)
                  .column("status", "Status", STATUS)
                  .column("reportedStatus", "As reported", TEXT)
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
}
