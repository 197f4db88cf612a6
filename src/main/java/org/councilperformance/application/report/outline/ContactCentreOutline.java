package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.NUMBER;
import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.report.SectionContent;

/**
 * The contact-centre appendix (ContactCentreSource): each month beside the same month last year and
 * the change, then the quarter's; a "Change" row says which two lines it compares.
 */
final class ContactCentreOutline implements SectionOutliner {
  @Override
  public void outline(SectionContent content, Blocks blocks) {
    List<Map<String, Object>> rows = content.rows();
    if (rows.isEmpty()) {
      blocks.paragraph("No contact-centre figures have been entered for this period.");
      return;
    }
    blocks.heading("Calls by month");
    blocks.paragraph(
        "Calls received are calls to the contact centre's numbers, not to individual extensions."
            + " Abandoned: the caller hung up while queueing on the holding line. Rejected: the"
            + " system turned the call away because no line was free to hold it. % abandoned ="
            + " abandoned ÷ received; % answered within 30 s (60 s) = answered within 30 s (60 s)"
            + " ÷ answered. Change = this year − last year, for percentages in percentage points;"
            + " figures in brackets are falls.");
    List<Map<String, Object>> calls = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      if (!"calls".equals(row.get("table"))) {
        continue;
      }
      String label = RowFields.text(row, "label");
      if ("Change".equals(label) && block.size() == 2) {
        Map<String, Object> change = new HashMap<>(row);
        change.put("label", "Change, " + block.get(0) + " on " + block.get(1));
        calls.add(change);
        block.clear();
      } else {
        block.add(label);
        calls.add(row);
      }
    }
    blocks.table(
        Table.builder("Contact centre calls by month", "Contact centre")
            .column("label", "Month", TEXT)
            .column("received", "Calls received", NUMBER)
            .column("answered", "Calls answered", NUMBER)
            .column("answeredWithin30s", "Answered within 30 s", NUMBER)
            .column("answeredWithin60s", "Answered within 60 s", NUMBER)
            .column("abandoned", "Calls abandoned", NUMBER)
            .column("rejected", "Calls rejected", NUMBER)
            .column("abandonedPercent", "% abandoned", NUMBER)
            .column("within30sPercent", "% answered within 30 s", NUMBER)
            .column("within60sPercent", "% answered within 60 s", NUMBER)
            .rows(calls, r -> true)
            .build());
    Checks.outline(rows, blocks, "Contact centre checks", "table above shows");
  }
}
