package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.DATE;
import static org.councilperformance.application.report.outline.Column.Kind.NUMBER;
import static org.councilperformance.application.report.outline.Column.Kind.STATUS;
import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

import java.util.List;
import java.util.Map;
import org.councilperformance.application.report.SectionContent;

/**
 * The exception report (ExceptionSource): its summary, the red then amber items and then the
 * missing figures (each status with the status the council printed beneath it where they differ, as
 * the PDF prints it), then the plans in force (one row each) and each plan's steps.
 */
final class ExceptionsOutline implements SectionOutliner {
  /** The items' heading, as the PDF prints it. */
  static final String ITEMS = "Red and amber indicators and actions, then missing figures";

  @Override
  public void outline(SectionContent content, Blocks blocks) {
    blocks.paragraph(RowFields.text(content.parameters(), "SUMMARY"));
    blocks.notReported(content.parameters());
    List<Map<String, Object>> items =
        content.rows().stream().filter(r -> "items".equals(r.get("part"))).toList();
    if (!items.isEmpty()) {
      blocks.heading(ITEMS);
      blocks.table(
          Table.builder(ITEMS, "Exceptions")
              .column("code", "Code", TEXT)
              .column("kind", "Kind", TEXT)
              .column("name", "Indicator or action", TEXT)
              .column("businessUnit", "Business unit", TEXT)
              .column("status", "Status", STATUS)
              .column("commentary", "Commentary", TEXT)
              .column("plans", "Intervention plans in force", TEXT)
              .rows(items, r -> true)
              .build());
    }
    Map<String, List<Map<String, Object>>> plans =
        RowFields.groupBy(
            content.rows().stream().filter(r -> "plans".equals(r.get("part"))).toList(),
            "planCode");
    if (plans.isEmpty()) {
      return;
    }
    blocks.heading("Intervention plans");
    Table.Builder summary =
        Table.builder("Intervention plans in force", "Plans")
            .column("planCode", "Plan", TEXT)
            .column("planTitle", "Title", TEXT)
            .column("planReason", "Reason", TEXT)
            .column("planCovers", "Covers", TEXT)
            .column("expectedRecovery", "Expected recovery", TEXT)
            .column("forecast", "Forecast", TEXT)
            .column("focusedMonitoring", "Focused monitoring", TEXT)
            .column("closed", "Closed", TEXT);
    plans.values().forEach(steps -> summary.row(steps.get(0), false));
    blocks.table(summary.build());
    plans.forEach(
        (code, steps) -> {
          String title = code + ": " + RowFields.text(steps.get(0), "planTitle");
          blocks.subheading(title);
          blocks.table(
              Table.builder(title + ": steps", "Plan steps")
                  .group("Plan", code)
                  .column("stepNumber", "Step", NUMBER)
                  .column("stepDescription", "What will be done", TEXT)
                  .column("stepOwner", "Owner", TEXT)
                  .column("stepDue", "Due date", DATE)
                  .rows(steps, r -> true)
                  .build());
        });
  }
}
