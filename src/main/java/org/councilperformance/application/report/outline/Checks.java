package org.councilperformance.application.report.outline;

import java.util.List;
import java.util.Map;

/** "Figures that do not add up": an appendix's findings (rows of table "checks"), as a list. */
final class Checks {
  private Checks() {}

  static void outline(
      List<Map<String, Object>> rows, Blocks blocks, String sheet, String whereShown) {
    List<Map<String, Object>> checks =
        rows.stream().filter(r -> "checks".equals(r.get("table"))).toList();
    if (checks.isEmpty()) {
      return;
    }
    String heading = "Figures that do not add up";
    blocks.heading(heading);
    blocks.table(
        Table.builder(heading, sheet)
            .note(
                "Where a figure the council supplied differs from the one computed from its"
                    + " parts, beyond rounding. The "
                    + whereShown
                    + " the computed figures.")
            .column(
                "finding",
                "Finding",
                Column.Kind.TEXT,
                r -> {
                  for (String key : List.of("text", "name", "label")) {
                    String text = RowFields.text(r, key);
                    if (!text.isEmpty()) {
                      return text;
                    }
                  }
                  return null;
                })
            .rows(checks, r -> true)
            .build());
  }
}
