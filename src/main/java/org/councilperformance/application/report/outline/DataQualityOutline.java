package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.DIFFERENCES;
import static org.councilperformance.application.report.outline.Column.Kind.MEASURES;
import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

import org.councilperformance.application.report.SectionContent;

/** The data-quality findings (DataQualitySource), one row each, figures as the council printed. */
final class DataQualityOutline implements SectionOutliner {
  @Override
  public void outline(SectionContent content, Blocks blocks) {
    if (content.rows().isEmpty()) {
      blocks.paragraph("No data-quality findings for this period.");
      return;
    }
    blocks.paragraph(
        "Each finding is a figure printed in an appendix that disagrees, beyond rounding, with"
            + " what is computed from the same table, or that breaks a rule (for a rule between"
            + " two figures, such as calls answered within 60 s ≥ within 30 s, Computed is the"
            + " figure it was compared with). Difference = printed − computed. A finding never"
            + " changes a printed figure: it says where to look.");
    blocks.table(
        Table.builder("Data-quality findings", "Data quality")
            .column("where", "Where", TEXT)
            .column("appendix", "Appendix", TEXT)
            .column("check", "What is checked", TEXT)
            .column("stated", "Printed", MEASURES)
            .column("computed", "Computed", MEASURES)
            .column("difference", "Difference", DIFFERENCES)
            .column("message", "Message", TEXT)
            .rows(content.rows(), r -> true)
            .build());
  }
}
