package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

import java.util.List;
import java.util.Map;
import org.councilperformance.application.report.SectionContent;

/** The cover (CoverSource's one row): the report's details, then the key to the status marks. */
final class CoverOutline implements SectionOutliner {
  private static final List<String[]> DETAILS =
      List.of(
          new String[] {"council", "Council"},
          new String[] {"committee", "Committee"},
          new String[] {"meetingDate", "Meeting"},
          new String[] {"title", "Title"},
          new String[] {"period", "Period"},
          new String[] {"scope", "Scope"},
          new String[] {"authors", "Report of"},
          new String[] {"publication", "Publication"});

  /** The committee front sheet's parts, each printed under its heading where the row has it. */
  private static final List<String[]> FRONT_SHEET =
      List.of(
          new String[] {"purpose", "Purpose of the report"},
          new String[] {"recommendations", "Recommendations"},
          new String[] {"contactOfficers", "Contact officers"},
          new String[] {"implications", "Implications"},
          new String[] {"backgroundPapers", "Background papers"},
          new String[] {"appendices", "Appendices"},
          new String[] {"statusKey", "Status key"});

  /** The front sheet's heading, as the PDF prints it. */
  static final String FRONT_SHEET_HEADING = "Report to the committee";

  @Override
  public void outline(SectionContent content, Blocks blocks) {
    Map<String, Object> row = content.rows().isEmpty() ? Map.of() : content.rows().get(0);
    Table.Builder details =
        Table.builder("Report details", "Cover")
            .column("item", "Item", TEXT, r -> r.get("item"))
            .column("value", "Value", TEXT, r -> r.get("value"));
    for (String[] detail : DETAILS) {
      String value = RowFields.text(row, detail[0]).replace("\n", ", ");
      if (value.isEmpty() && "authors".equals(detail[0]) && !row.isEmpty()) {
        value = "Performance team"; // as the PDF's cover says when no author is named
      }
      if (!value.isEmpty()) {
        details.row(Map.of("item", detail[1], "value", value));
      }
    }
    blocks.table(details.build());
    // As the PDF's front sheet (Cover.jrxml): its parts under one heading, each where it is set.
    boolean headed = false;
    for (String[] part : FRONT_SHEET) {
      String text = RowFields.text(row, part[0]);
      if (!text.isEmpty()) {
        if (!headed) {
          blocks.heading(FRONT_SHEET_HEADING);
          headed = true;
        }
        blocks.subheading(part[1]);
        text.lines().forEach(blocks::paragraph);
      }
    }
    if (RowFields.text(row, "statusKey").isEmpty()) {
      blocks.paragraph(
          "Statuses are printed as a shape and a word as well as a colour: ★ Green plus, ● Green,"
              + " ▲ Amber, ◆ Red, ✕ Missing, ○ Data only. Direction of travel: ↑ Improving,"
              + " → Unchanged, ↓ Worsening.");
    }
  }
}
