package org.councilperformance.application.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.councilperformance.domain.finance.AmountsIn;
import org.councilperformance.domain.finance.CapitalFund;
import org.councilperformance.domain.finance.RevenueAccount;
import org.councilperformance.domain.finance.SavingsTarget;
import org.councilperformance.domain.finance.VarianceComment;
import org.councilperformance.domain.quality.Finding;

/**
 * The finance appendix's rows. Its five tables share one data source: each row names its {@code
 * table} (the template prints that table's heading and column headers when it starts) and its
 * {@code kind} (which detail band prints it). Figures stay in the unit the council supplied them
 * in, named in each table's heading.
 */
final class FinanceRows {
  static final String REVENUE = "revenue";
  static final String COMMENTS = "comments";
  static final String CAPITAL = "capital";
  static final String SAVINGS = "savings";

  /** The savings table's figures, each printed only when some saving has it. */
  static final PrintedColumns SAVINGS_COLUMNS =
      new PrintedColumns(
          "savings",
          r -> "saving".equals(r.get("kind")),
          List.of(
              new PrintedColumns.Column("savings.target", "target", "target"),
              new PrintedColumns.Column("savings.forecast", "forecast", "forecast"),
              new PrintedColumns.Column("savings.variance", "variance", "forecast − target")));

  static final String CHECKS = "checks";

  private FinanceRows() {}

  static List<Map<String, Object>> of(
      List<RevenueAccount> revenue,
      List<CapitalFund> capital,
      List<SavingsTarget> savings,
      List<Finding> findings) {
    return of(revenue, capital, savings, findings, false);
  }

  /**
   * @param findingsListedInDataQuality whether the pack's data-quality appendix lists this
   *     appendix's findings (see {@link FindingLines})
   */
  static List<Map<String, Object>> of(
      List<RevenueAccount> revenue,
      List<CapitalFund> capital,
      List<SavingsTarget> savings,
      List<Finding> findings,
      boolean findingsListedInDataQuality) {
    List<Map<String, Object>> rows = new ArrayList<>();
    revenue(rows, revenue);
    comments(rows, revenue);
    capital(rows, capital);
    savings.forEach(s -> rows.add(saving(s)));
    FindingLines.of(findings, findingsListedInDataQuality)
        .forEach(line -> rows.add(row(CHECKS, "check", "", line)));
    return rows;
  }

  private static void revenue(List<Map<String, Object>> rows, List<RevenueAccount> accounts) {
    boolean oneUnit = accounts.stream().map(RevenueAccount::amountsIn).distinct().count() == 1;
    for (RevenueAccount a : accounts) {
      Map<String, Object> row =
          row(REVENUE, REVENUE, oneUnit ? a.name() : a.name() + " " + unit(a.amountsIn()), "");
      row.put("unit", oneUnit ? unit(a.amountsIn()) : "");
      row.put("budget", a.originalBudget());
      row.put("outturn", a.forecastOutturn());
      row.put("variance", a.variance());
      rows.add(row);
    }
  }

  /** Each account's headline, then its itemised reasons; accounts without either are left out. */
  private static void comments(List<Map<String, Object>> rows, List<RevenueAccount> accounts) {
    for (RevenueAccount a : accounts) {
      String headline = a.varianceHeadline() == null ? "" : a.varianceHeadline();
      if (headline.isBlank() && a.comments().isEmpty()) {
        continue;
      }
      rows.add(row(COMMENTS, "headline", a.name(), headline));
      for (VarianceComment c : a.comments()) {
        Map<String, Object> row = row(COMMENTS, "comment", a.name(), c.text());
        row.put("amount", c.amount());
        row.put("effect", c.amount() == null ? "" : c.favourable() ? "Favourable" : "Adverse");
        rows.add(row);
      }
    }
  }

  /**
   * One row per fund, then their sum as the product computes it (when all share a unit), then the
   * notes; the council's printed totals column is not printed, only checked (see the findings).
   */
  private static void capital(List<Map<String, Object>> rows, List<CapitalFund> columns) {
    List<CapitalFund> funds = columns.stream().filter(f -> !f.isStatedTotal()).toList();
    boolean oneUnit = funds.stream().map(CapitalFund::amountsIn).distinct().count() == 1;
    for (CapitalFund f : funds) {
      rows.add(
          capitalRow(
              oneUnit ? f.name() : f.name() + " " + unit(f.amountsIn()),
              oneUnit ? unit(f.amountsIn()) : "",
              fund -> fund.apply(f),
              false));
    }
    if (oneUnit && funds.size() > 1) {
      rows.add(capitalRow("Total", unit(funds.get(0).amountsIn()), sum(funds), true));
    }
    for (CapitalFund f : columns) {
      if (f.comments() != null && !f.comments().isBlank()) {
        String about = f.isStatedTotal() ? "Notes" : f.name();
        rows.add(row(CAPITAL, "note", about, f.comments()));
      }
    }
  }

  private static Map<String, Object> capitalRow(
      String name,
      String unit,
      Function<Function<CapitalFund, BigDecimal>, BigDecimal> figure,
      boolean total) {
    Map<String, Object> row = row(CAPITAL, CAPITAL, name, "");
    row.put("unit", unit);
    row.put("approved", figure.apply(CapitalFund::approvedBudget));
    row.put("carriedForward", figure.apply(CapitalFund::carriedForward));
    row.put("approvedInYear", figure.apply(CapitalFund::approvedInYear));
    row.put("slippage", figure.apply(CapitalFund::slippage));
    row.put("totalBudget", figure.apply(CapitalFund::totalBudget));
    row.put("outturn", figure.apply(CapitalFund::likelyOutturn));
    row.put("variance", figure.apply(CapitalFund::variance));
    row.put("total", total);
    return row;
  }

  private static Function<Function<CapitalFund, BigDecimal>, BigDecimal> sum(
      List<CapitalFund> funds) {
    return column -> funds.stream().map(column).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Map<String, Object> saving(SavingsTarget s) {
    Map<String, Object> row = row(SAVINGS, "saving", "", s.description());
    row.put("target", s.target());
    row.put("forecast", s.forecast());
    row.put("variance", s.shortfall());
    return row;
  }

  /** A row with every text field set, so that the template may join them without null checks. */
  private static Map<String, Object> row(String table, String kind, String name, String text) {
    Map<String, Object> row = new HashMap<>();
    row.put("table", table);
    row.put("kind", kind);
    row.put("name", name);
    row.put("text", text);
    row.put("unit", "");
    row.put("effect", "");
    row.put("total", false);
    return row;
  }

  private static String unit(AmountsIn amountsIn) {
    return amountsIn == AmountsIn.THOUSANDS ? "£000" : "£";
  }
}
