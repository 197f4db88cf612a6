package org.councilperformance.domain.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.councilperformance.domain.quality.Consistency;
import org.councilperformance.domain.quality.Finding;

/**
 * Where a council's finance tables do not add up: a printed variance that is not outturn − budget,
 * itemised variance comments that do not sum to the net movement they explain, a capital total
 * budget or variance that does not follow from its column, and a printed "Total" column that is not
 * the sum of the funds. Sums of rounded figures may drift by their rounding (see {@link
 * Consistency#total}); only differences beyond that are findings.
 */
public final class FinanceChecks {
  static final String APPENDIX = "finance";

  private FinanceChecks() {}

  /** Every finding of a period's finance appendix. */
  public static List<Finding> of(
      String period, List<RevenueAccount> revenue, List<CapitalFund> capital) {
    List<Finding> findings = new ArrayList<>();
    revenue.forEach(a -> findings.addAll(revenue(period, a)));
    findings.addAll(capital(period, capital));
    return findings;
  }

  public static List<Finding> revenue(String period, RevenueAccount a) {
    List<Finding> findings = new ArrayList<>();
    String where = period + " " + a.name();
    Consistency.total(
            APPENDIX,
            where + ", variance",
            "forecast outturn − original budget",
            a.statedVariance(),
            List.of(a.forecastOutturn(), a.originalBudget().negate()))
        .ifPresent(findings::add);
    if (a.statedNetMovement() != null
        && !a.comments().isEmpty()
        && a.comments().stream().allMatch(c -> c.amount() != null)) {
      Consistency.total(
              APPENDIX,
              where + ", variance comments",
              "the sum of the itemised comments (+ favourable, − adverse)",
              a.statedNetMovement(),
              a.comments().stream().map(VarianceComment::amount).toList())
          .ifPresent(findings::add);
    }
    return findings;
  }

  /** Checks each fund's column, then the council's printed totals against the funds' sums. */
  public static List<Finding> capital(String period, List<CapitalFund> columns) {
    List<Finding> findings = new ArrayList<>();
    List<CapitalFund> funds = columns.stream().filter(f -> !f.isStatedTotal()).toList();
    // The printed totals column is checked against the funds' sums below, not against itself.
    for (CapitalFund f : funds) {
      String where = period + " capital, " + f.name();
      Consistency.total(
              APPENDIX,
              where + ", total budget",
              "approved + carried forward + approved in year − slippage",
              f.statedTotalBudget(),
              List.of(
                  f.approvedBudget(),
                  f.carriedForward(),
                  f.approvedInYear(),
                  f.slippage().negate()))
          .ifPresent(findings::add);
      Consistency.total(
              APPENDIX,
              where + ", variance",
              "likely outturn − total budget",
              f.statedVariance(),
              List.of(
                  f.likelyOutturn(),
                  f.approvedBudget().negate(),
                  f.carriedForward().negate(),
                  f.approvedInYear().negate(),
                  f.slippage()))
          .ifPresent(findings::add);
    }
    columns.stream()
        .filter(CapitalFund::isStatedTotal)
        .findFirst()
        .ifPresent(
            total -> {
              String where = period + " capital, " + total.name();
              check(findings, where, "approved budget", total, funds, CapitalFund::approvedBudget);
              check(findings, where, "carried forward", total, funds, CapitalFund::carriedForward);
              check(findings, where, "approved in year", total, funds, CapitalFund::approvedInYear);
              check(findings, where, "slippage", total, funds, CapitalFund::slippage);
              checkStated(
                  findings,
                  where,
                  "total budget",
                  total.statedTotalBudget(),
                  funds,
                  CapitalFund::totalBudget);
              check(findings, where, "likely outturn", total, funds, CapitalFund::likelyOutturn);
              checkStated(
                  findings,
                  where,
                  "variance",
                  total.statedVariance(),
                  funds,
                  CapitalFund::variance);
            });
    return findings;
  }

  private static void check(
      List<Finding> findings,
      String where,
      String column,
      CapitalFund total,
      List<CapitalFund> funds,
      Function<CapitalFund, BigDecimal> figure) {
    checkStated(findings, where, column, figure.apply(total), funds, figure);
  }

  /** A printed total against the sum of the funds' figures (as supplied, or as computed). */
  private static void checkStated(
      List<Finding> findings,
      String where,
      String column,
      BigDecimal stated,
      List<CapitalFund> funds,
      Function<CapitalFund, BigDecimal> figure) {
    Consistency.total(
            APPENDIX,
            where + ", " + column,
            "the sum of the funds",
            stated,
            funds.stream().map(figure).toList())
        .ifPresent(findings::add);
  }
}
