package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.MONEY;
import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

import java.util.List;
import java.util.Map;
import org.councilperformance.application.report.SectionContent;

/**
 * The finance appendix (FinanceSource): revenue accounts, the reasons for their variances, the
 * capital programme with its notes, savings, and the figures that do not add up.
 */
final class FinanceOutline implements SectionOutliner {
  @Override
  public void outline(SectionContent content, Blocks blocks) {
    List<Map<String, Object>> rows = content.rows();
    if (rows.isEmpty()) {
      blocks.paragraph("No finance figures have been entered for this period.");
      return;
    }
    List<Map<String, Object>> revenue = of(rows, "revenue", "revenue");
    if (!revenue.isEmpty()) {
      String unit = RowFields.text(revenue.get(0), "unit");
      String heading = "Revenue accounts: forecast outturn against original budget" + in(unit);
      blocks.heading(heading);
      blocks.table(
          Table.builder(heading, "Finance revenue")
              .note(
                  "Variance = forecast outturn − original budget. Figures in brackets are"
                      + " negative: a variance in brackets is below budget (less spent or more"
                      + " income).")
              .column("name", "Account", TEXT)
              .column("budget", "Original budget", MONEY)
              .column("outturn", "Forecast outturn", MONEY)
              .column("variance", "Variance", MONEY)
              .rows(revenue, r -> true)
              .build());
    }
    List<Map<String, Object>> comments =
        rows.stream().filter(r -> "comments".equals(r.get("table"))).toList();
    if (!comments.isEmpty()) {
      String heading = "Reasons for the revenue variances (£)";
      blocks.heading(heading);
      blocks.table(
          Table.builder(heading, "Finance variance reasons")
              .note(
                  "Each amount is signed by its effect on the account: favourable amounts are"
                      + " positive, adverse ones in brackets.")
              .column("name", "Account", TEXT)
              .column("text", "Reason", TEXT)
              .column("amount", "Amount (£)", MONEY)
              .column("effect", "Effect", TEXT)
              .rows(comments, r -> true)
              .build());
    }
    List<Map<String, Object>> capital = of(rows, "capital", "capital");
    if (!capital.isEmpty()) {
      String unit = RowFields.text(capital.get(0), "unit");
      String heading = "Capital programme by fund" + in(unit);
      blocks.heading(heading);
      blocks.table(
          Table.builder(heading, "Finance capital")
              .note(
                  "Total budget = approved + carried forward + approved in year − slippage."
                      + " Variance = likely outturn − total budget; in brackets, an underspend.")
              .column("name", "Fund", TEXT)
              .column("approved", "Approved budget", MONEY)
              .column("carriedForward", "Carried forward", MONEY)
              .column("approvedInYear", "Approved in year", MONEY)
              .column("slippage", "Slippage", MONEY)
              .column("totalBudget", "Total budget", MONEY)
              .column("outturn", "Likely outturn", MONEY)
              .column("variance", "Variance", MONEY)
              .rows(capital, r -> true)
              .build());
      of(rows, "capital", "note")
          .forEach(
              r -> blocks.paragraph(RowFields.text(r, "name") + ": " + RowFields.text(r, "text")));
    }
    List<Map<String, Object>> savings = of(rows, "savings", "saving");
    if (!savings.isEmpty()) {
      blocks.heading("Savings (£)");
      blocks.notReported(content.parameters());
      blocks.table(
          Table.builder("Savings (£)", "Finance savings")
              .column("text", "Saving", TEXT)
              .column("target", "Target", MONEY)
              .column("forecast", "Forecast", MONEY)
              .column("variance", "Forecast − target", MONEY)
              .rows(savings, r -> true)
              .build());
    }
    Checks.outline(rows, blocks, "Finance checks", "tables above show");
  }

  private static List<Map<String, Object>> of(
      List<Map<String, Object>> rows, String table, String kind) {
    return rows.stream()
        .filter(r -> table.equals(r.get("table")) && kind.equals(r.get("kind")))
        .toList();
  }

  private static String in(String unit) {
    return unit.isEmpty() ? "" : " (" + unit + ")";
  }
}
