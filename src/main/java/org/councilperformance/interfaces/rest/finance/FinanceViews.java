package org.councilperformance.interfaces.rest.finance;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.finance.AmountsIn;
import org.councilperformance.domain.finance.CapitalFund;
import org.councilperformance.domain.finance.RevenueAccount;
import org.councilperformance.domain.finance.SavingsTarget;
import org.councilperformance.domain.finance.VarianceComment;
import org.councilperformance.interfaces.rest.quality.DataQualityResource.FindingView;

/** What the finance endpoints answer. Figures are in the table's unit ({@code amountsIn}). */
public final class FinanceViews {
  private FinanceViews() {}

  @JsonbPropertyOrder({"text", "amount", "effect"})
  public record CommentView(String text, BigDecimal amount, String effect) {
    static CommentView of(VarianceComment c) {
      return new CommentView(
          c.text(),
          c.amount(),
          c.amount() == null ? null : c.favourable() ? "FAVOURABLE" : "ADVERSE");
    }
  }

  @JsonbPropertyOrder({
    "code",
    "name",
    "amountsIn",
    "originalBudget",
    "forecastOutturn",
    "variance",
    "statedVariance",
    "varianceHeadline",
    "statedNetMovement",
    "comments"
  })
  public record RevenueView(
      String code,
      String name,
      AmountsIn amountsIn,
      BigDecimal originalBudget,
      BigDecimal forecastOutturn,
      BigDecimal variance,
      BigDecimal statedVariance,
      String varianceHeadline,
      BigDecimal statedNetMovement,
      List<CommentView> comments) {
    static RevenueView of(RevenueAccount a) {
      return new RevenueView(
          a.code(),
          a.name(),
          a.amountsIn(),
          a.originalBudget(),
          a.forecastOutturn(),
          Decimals.plain(a.variance()),
          a.statedVariance(),
          a.varianceHeadline(),
          a.statedNetMovement(),
          a.comments().stream().map(CommentView::of).toList());
    }
  }

  @JsonbPropertyOrder({
    "code",
    "name",
    "amountsIn",
    "approvedBudget",
    "carriedForward",
    "approvedInYear",
    "slippage",
    "totalBudget",
    "statedTotalBudget",
    "likelyOutturn",
    "variance",
    "statedVariance",
    "comments"
  })
  public record CapitalFundView(
      String code,
      String name,
      AmountsIn amountsIn,
      BigDecimal approvedBudget,
      BigDecimal carriedForward,
      BigDecimal approvedInYear,
      BigDecimal slippage,
      BigDecimal totalBudget,
      BigDecimal statedTotalBudget,
      BigDecimal likelyOutturn,
      BigDecimal variance,
      BigDecimal statedVariance,
      String comments) {
    static CapitalFundView of(CapitalFund f) {
      return new CapitalFundView(
          f.code(),
          f.name(),
          f.amountsIn(),
          f.approvedBudget(),
          f.carriedForward(),
          f.approvedInYear(),
          f.slippage(),
          Decimals.plain(f.totalBudget()),
          f.statedTotalBudget(),
          f.likelyOutturn(),
          Decimals.plain(f.variance()),
          f.statedVariance(),
          f.comments());
    }
  }

  /** The capital programme's columns summed across the funds, as the product computes them. */
  @JsonbPropertyOrder({
    "approvedBudget",
    "carriedForward",
    "approvedInYear",
    "slippage",
    "totalBudget",
    "likelyOutturn",
    "variance"
  })
  public record CapitalTotalsView(
      BigDecimal approvedBudget,
      BigDecimal carriedForward,
      BigDecimal approvedInYear,
      BigDecimal slippage,
      BigDecimal totalBudget,
      BigDecimal likelyOutturn,
      BigDecimal variance) {
    static CapitalTotalsView of(List<CapitalFund> funds) {
      return new CapitalTotalsView(
          sum(funds, CapitalFund::approvedBudget),
          sum(funds, CapitalFund::carriedForward),
          sum(funds, CapitalFund::approvedInYear),
          sum(funds, CapitalFund::slippage),
          sum(funds, CapitalFund::totalBudget),
          sum(funds, CapitalFund::likelyOutturn),
          sum(funds, CapitalFund::variance));
    }

    private static BigDecimal sum(List<CapitalFund> funds, Function<CapitalFund, BigDecimal> f) {
      return Decimals.plain(funds.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
  }

  /**
   * @param totals the sums the product computes across the funds
   * @param statedTotals the council's own totals column, where supplied, for comparison
   */
  @JsonbPropertyOrder({"funds", "totals", "statedTotals"})
  public record CapitalView(
      List<CapitalFundView> funds, CapitalTotalsView totals, CapitalFundView statedTotals) {
    static CapitalView of(List<CapitalFund> columns) {
      List<CapitalFund> funds = columns.stream().filter(f -> !f.isStatedTotal()).toList();
      return new CapitalView(
          funds.stream().map(CapitalFundView::of).toList(),
          CapitalTotalsView.of(funds),
          columns.stream()
              .filter(CapitalFund::isStatedTotal)
              .findFirst()
              .map(CapitalFundView::of)
              .orElse(null));
    }
  }

  @JsonbPropertyOrder({"description", "target", "forecast", "shortfall"})
  public record SavingView(
      String description, BigDecimal target, BigDecimal forecast, BigDecimal shortfall) {
    static SavingView of(SavingsTarget s) {
      return new SavingView(
          s.description(), s.target(), s.forecast(), Decimals.plain(s.shortfall()));
    }
  }

  @JsonbPropertyOrder({"period", "revenue", "capital", "savings", "findings"})
  public record FinanceView(
      String period,
      List<RevenueView> revenue,
      CapitalView capital,
      List<SavingView> savings,
      List<FindingView> findings) {}

  /** An answer to a change: what is now stored, and the findings it raises (never errors). */
  @JsonbPropertyOrder({"saved", "warnings"})
  public record Saved<T>(T saved, List<FindingView> warnings) {}
}
