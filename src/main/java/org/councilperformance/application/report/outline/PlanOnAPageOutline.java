package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.STATUS;
import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilperformance.application.report.SectionContent;

/**
 * "Plan on a page" (PlanOnAPageSource): per priority its heading, aim and officers' narrative, its
 * actions and indicators counted by status, then a table of its actions and one of its indicators
 * with their status. In a workbook all priorities' actions share one sheet, their indicators
 * another.
 */
final class PlanOnAPageOutline implements SectionOutliner {
  @Override
  public void outline(SectionContent content, Blocks blocks) {
    if (content.rows().isEmpty()) {
      blocks.paragraph("No priority in scope has actions or indicators this period.");
      return;
    }
    Map<String, List<Map<String, Object>>> plans = RowFields.groupBy(content.rows(), "priority");
    plans.forEach(
        (priority, rows) -> {
          Map<String, Object> first = rows.get(0);
          blocks.heading(priority);
          blocks.paragraph(RowFields.text(first, "aim"));
          blocks.paragraph(RowFields.text(first, "narrative"));
          blocks.paragraph(RowFields.text(first, "actionCounts"));
          blocks.paragraph(RowFields.text(first, "indicatorCounts"));
          blocks.table(items(priority, rows, "Actions", "Action"));
          blocks.table(items(priority, rows, "Indicators", "Indicator"));
        });
  }

  private static Table items(
      String priority, List<Map<String, Object>> rows, String kind, String named) {
    return Table.builder(
            priority + ": " + kind.toLowerCase(Locale.UK), "Plan " + kind.toLowerCase(Locale.UK))
        .group("Priority", priority)
        .column("code", "Code", TEXT)
        .column("name", named, TEXT)
        .column("status", "Status", STATUS)
        .rows(rows, r -> kind.equals(r.get("kind")))
        .build();
  }
}
