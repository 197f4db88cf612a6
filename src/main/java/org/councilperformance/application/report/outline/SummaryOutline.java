package org.councilperformance.application.report.outline;

import java.util.List;
import java.util.Map;
import org.councilperformance.application.report.SectionContent;

/**
 * The summary (SummarySource): per group (indicators, actions, year-end forecasts) its sentence,
 * then its counts by status.
 */
final class SummaryOutline implements SectionOutliner {
  @Override
  public void outline(SectionContent content, Blocks blocks) {
    Map<String, List<Map<String, Object>>> groups = RowFields.groupBy(content.rows(), "group");
    groups.forEach(
        (group, rows) -> {
          blocks.heading(group);
          blocks.paragraph(RowFields.text(rows.get(0), "text"));
          blocks.paragraph(RowFields.text(rows.get(0), "note"));
          Table.Builder table =
              Table.builder(group + " by status", "Summary")
                  .group("Group", group)
                  .column("status", "Status", Column.Kind.STATUS)
                  .column("count", "Number", Column.Kind.NUMBER)
                  .column("reported", "As reported", Column.Kind.NUMBER);
          rows.forEach(table::row);
          blocks.table(table.build());
        });
    content.parameters().entrySet().stream()
        .filter(e -> e.getKey().endsWith("NOTE") && e.getValue() != null)
        .forEach(e -> blocks.paragraph(String.valueOf(e.getValue())));
  }
}
