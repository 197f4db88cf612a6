package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.NUMBER;
import static org.councilperformance.application.report.outline.Column.Kind.STATUS;
import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

import java.util.List;
import java.util.Map;
import org.councilperformance.application.report.SectionContent;

/**
 * The compendium (CompendiumSource): per priority a table of its indicators, with the rule each
 * status follows and the commentary as columns of their own.
 */
final class CompendiumOutline implements SectionOutliner {
  @Override
  public void outline(SectionContent content, Blocks blocks) {
    if (content.rows().isEmpty()) {
      blocks.paragraph("No indicators in scope for this period.");
      return;
    }
    Map<String, Object> p = content.parameters();
    blocks.paragraph(
        "Previous: the actual of "
            + RowFields.text(p, "PREVIOUS_PERIOD")
            + ". Last year: the actual of the same period last year, "
            + RowFields.text(p, "SAME_PERIOD_LAST_YEAR")
            + ". Earlier years: annual outturns. Rule: the rule the indicator's status follows.");
    blocks.notReported(p);
    Map<String, List<Map<String, Object>>> priorities =
        RowFields.groupBy(content.rows(), "priority");
    priorities.forEach(
        (priority, rows) -> {
          blocks.heading(priority);
          blocks.table(
              Table.builder(priority + ": indicators", "Indicators")
                  .group("Priority", priority)
                  .columns(IndicatorColumns::figures)
                  .column("previousActual", "Previous", NUMBER)
                  .column("sincePrevious", "Since previous", STATUS)
                  .column("lastYearActual", "Last year", NUMBER)
                  .column("sinceLastYear", "Since last year", STATUS)
                  .column("outturns", "Earlier years", TEXT)
                  .column("rule", "Rule", TEXT)
                  .column("businessUnit", "Business unit", TEXT)
                  .column("commentary", "Commentary", TEXT)
                  .rows(rows, r -> true)
                  .build());
        });
  }
}
