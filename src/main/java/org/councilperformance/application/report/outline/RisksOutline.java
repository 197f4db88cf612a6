package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.STATUS;
import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

import java.util.List;
import java.util.Map;
import org.councilperformance.application.report.QuarterlyPack;
import org.councilperformance.application.report.SectionContent;

/**
 * The risk register (RiskSource): each matrix in use (likelihood rows, impact columns, each cell
 * its band as shape and word, score and risks), then the register.
 */
final class RisksOutline implements SectionOutliner {
  @Override
  public void outline(SectionContent content, Blocks blocks) {
    List<Map<String, Object>> register =
        content.rows().stream().filter(r -> "risk".equals(r.get("kind"))).toList();
    if (register.isEmpty()) {
      // As the PDF (Risks.jrxml): with an officers' narrative above, the register may live
      // elsewhere.
      blocks.paragraph(
          RowFields.text(content.parameters(), QuarterlyPack.NARRATIVE).isEmpty()
              ? "No open risks are recorded."
              : "The register's entries are not recorded in this system: the note above says what"
                  + " changed.");
    }
    Map<String, List<Map<String, Object>>> matrices =
        RowFields.groupBy(
            content.rows().stream().filter(r -> "matrix".equals(r.get("kind"))).toList(), "scale");
    if (!matrices.isEmpty()) {
      blocks.heading("Risk matrix");
      blocks.paragraph(
          "Each open risk is placed by its current rating (after its controls, as at its latest"
              + " review). Each cell gives its band and score (likelihood × impact), then the"
              + " risks rated there. A risk is placed on the matrix it is scored on.");
    }
    matrices.forEach(
        (scale, rows) -> {
          String name = scale + " × " + scale + " matrix";
          Table.Builder matrix =
              Table.builder("Risk matrix, " + scale + " × " + scale, "Risk matrix")
                  .note("Bands: " + RowFields.text(rows.get(0), "bandRule"))
                  .group("Matrix", name)
                  .column(
                      "likelihood", "Likelihood", TEXT, r -> "Likelihood " + r.get("likelihood"));
          for (int impact = 1; impact <= Integer.parseInt(scale); impact++) {
            String key = "cell" + impact;
            String colour = "colour" + impact;
            matrix.column(
                key,
                "Impact " + impact,
                STATUS,
                r -> {
                  String text = RowFields.text(r, key);
                  return text.isEmpty() ? null : new Mark(text, RowFields.text(r, colour));
                });
          }
          rows.forEach(r -> matrix.row(r, false));
          blocks.table(matrix.build());
        });
    if (!register.isEmpty()) {
      blocks.heading("Risk register");
      blocks.table(
          Table.builder("Risk register", "Risks")
              .note(
                  "Current rating: likelihood × impact = score after controls, as at the latest"
                      + " review. Inherent rating: before controls. Direction of travel: the"
                      + " current score against the review before; blank until a risk has been"
                      + " reviewed twice.")
              .column("code", "Code", TEXT)
              .column("title", "Risk", TEXT)
              .column("owner", "Owner", TEXT, r -> RowFields.text(r, "owner").replace("\n", ", "))
              .column("current", "Current rating", STATUS, r -> rating(r, "current"))
              .column("inherent", "Inherent rating", STATUS, r -> rating(r, "inherent"))
              .column("direction", "Direction of travel", STATUS)
              .column(
                  "actions",
                  "Mitigating actions",
                  TEXT,
                  r -> RowFields.text(r, "actions").replace("\n", "; "))
              .column("review", "Latest review", TEXT)
              .rows(register, r -> true)
              .build());
    }
  }

  /** "2 × 3 = 6, ▲ Amber": the rating and its band on one line. */
  private static Mark rating(Map<String, Object> row, String key) {
    Mark mark = RowFields.mark(row, key);
    return mark == null ? null : new Mark(mark.text().replace("\n", ", "), mark.colour());
  }
}
