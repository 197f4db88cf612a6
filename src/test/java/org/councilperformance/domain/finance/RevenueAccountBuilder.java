package org.councilperformance.domain.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * A revenue account of 2018/19 Q2 as a council supplies it, for a test: named by its code and in
 * £000 unless the test says otherwise, with a zero budget and outturn until given; what the council
 * may leave out (its printed variance, headline, net movement, comments) is left out unless given.
 */
public final class RevenueAccountBuilder {
  private static final ReportingPeriod PERIOD =
      new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "period"), null);

  private final String code;
  private String name;
  private AmountsIn amountsIn = AmountsIn.THOUSANDS;
  private BigDecimal budget = BigDecimal.ZERO;
  private BigDecimal outturn = BigDecimal.ZERO;
  private BigDecimal statedVariance;
  private String headline;
  private BigDecimal statedNetMovement;
  private final List<VarianceComment> comments = new ArrayList<>();

  private RevenueAccountBuilder(String code) {
    this.code = code;
    this.name = code;
  }

  public static RevenueAccountBuilder revenueAccount(String code) {
    return new RevenueAccountBuilder(code);
  }

  public RevenueAccountBuilder name(String name) {
    this.name = name;
    return this;
  }

  public RevenueAccountBuilder in(AmountsIn unit) {
    this.amountsIn = unit;
    return this;
  }

  public RevenueAccountBuilder budget(String amount) {
    this.budget = new BigDecimal(amount);
    return this;
  }

  public RevenueAccountBuilder outturn(String amount) {
    this.outturn = new BigDecimal(amount);
    return this;
  }

  public RevenueAccountBuilder statedVariance(String amount) {
    this.statedVariance = new BigDecimal(amount);
    return this;
  }

  public RevenueAccountBuilder headline(String text) {
    this.headline = text;
    return this;
  }

  public RevenueAccountBuilder statedNetMovement(String pounds) {
    this.statedNetMovement = new BigDecimal(pounds);
    return this;
  }

  public RevenueAccountBuilder comment(String text, String pounds) {
    this.comments.add(new VarianceComment(text, new BigDecimal(pounds)));
    return this;
  }

  public RevenueAccountBuilder comments(List<VarianceComment> comments) {
    this.comments.addAll(comments);
    return this;
  }

  public RevenueAccount build() {
    RevenueAccount account = new RevenueAccount(PERIOD, code);
    account.report(
        new RevenueFigures(
            name,
            amountsIn,
            budget,
            outturn,
            statedVariance,
            headline,
            statedNetMovement,
            comments));
    return account;
  }
}
