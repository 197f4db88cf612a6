package org.councilperformance.domain.finance;

import java.math.BigDecimal;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * A column of 2018/19 Q2's capital programme as a council supplies it, for a test: named by its
 * code ("Total" for the council's printed totals column) and in £000 unless the test says
 * otherwise; every figure the council must give is zero until given, and what it may leave out (its
 * printed total budget and variance, notes) is left out unless given.
 */
public final class CapitalFundBuilder {
  private static final ReportingPeriod PERIOD =
      new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "period"), null);

  private final String code;
  private String name;
  private AmountsIn amountsIn = AmountsIn.THOUSANDS;
  private BigDecimal approved = BigDecimal.ZERO;
  private BigDecimal carriedForward = BigDecimal.ZERO;
  private BigDecimal approvedInYear = BigDecimal.ZERO;
  private BigDecimal slippage = BigDecimal.ZERO;
  private BigDecimal statedTotalBudget;
  private BigDecimal likelyOutturn = BigDecimal.ZERO;
  private BigDecimal statedVariance;
  private String comments;

  private CapitalFundBuilder(String code) {
    this.code = code;
    this.name = code.equals(CapitalFund.STATED_TOTAL) ? "Total" : code;
  }

  public static CapitalFundBuilder capitalFund(String code) {
    return new CapitalFundBuilder(code);
  }

  public CapitalFundBuilder name(String name) {
    this.name = name;
    return this;
  }

  public CapitalFundBuilder in(AmountsIn unit) {
    this.amountsIn = unit;
    return this;
  }

  public CapitalFundBuilder approved(String amount) {
    this.approved = new BigDecimal(amount);
    return this;
  }

  public CapitalFundBuilder carriedForward(String amount) {
    this.carriedForward = new BigDecimal(amount);
    return this;
  }

  public CapitalFundBuilder approvedInYear(String amount) {
    this.approvedInYear = new BigDecimal(amount);
    return this;
  }

  public CapitalFundBuilder slippage(String amount) {
    this.slippage = new BigDecimal(amount);
    return this;
  }

  public CapitalFundBuilder statedTotalBudget(String amount) {
    this.statedTotalBudget = new BigDecimal(amount);
    return this;
  }

  public CapitalFundBuilder likelyOutturn(String amount) {
    this.likelyOutturn = new BigDecimal(amount);
    return this;
  }

  public CapitalFundBuilder statedVariance(String amount) {
    this.statedVariance = new BigDecimal(amount);
    return this;
  }

  public CapitalFundBuilder comments(String text) {
    this.comments = text;
    return this;
  }

  public CapitalFund build() {
    CapitalFund fund = new CapitalFund(PERIOD, code);
    fund.report(
        new CapitalFigures(
            name,
            amountsIn,
            approved,
            carriedForward,
            approvedInYear,
            slippage,
            statedTotalBudget,
            likelyOutturn,
            statedVariance,
            comments));
    return fund;
  }
}
