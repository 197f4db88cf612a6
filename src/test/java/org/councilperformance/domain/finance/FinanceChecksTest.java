package org.councilperformance.domain.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.finance.CapitalFundBuilder.capitalFund;
import static org.councilperformance.domain.finance.RevenueAccountBuilder.revenueAccount;

import java.math.BigDecimal;
import java.util.List;
import org.councilperformance.domain.quality.Finding;
import org.junit.jupiter.api.Test;

class FinanceChecksTest {
  private static BigDecimal n(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  /**
   * A row of the council's printed capital table: approved, carried forward, approved in year,
   * slippage, total budget, likely outturn, variance.
   */
  private static CapitalFund fund(String code, String... figures) {
    return capitalFund(code)
        .approved(figures[0])
        .carriedForward(figures[1])
        .approvedInYear(figures[2])
        .slippage(figures[3])
        .statedTotalBudget(figures[4])
        .likelyOutturn(figures[5])
        .statedVariance(figures[6])
        .build();
  }

  @Test
  void theVarianceIsOutturnLessBudget() {
    assertThat(revenueAccount("GF").budget("13503").outturn("13482").build().variance())
        .isEqualByComparingTo("-21");
    assertThat(fund("GF", "3137", "2071", "1878", "0", "7086", "6764", "-322").totalBudget())
        .isEqualByComparingTo("7086");
    assertThat(
            capitalFund("GF")
                .approved("3137")
                .carriedForward("2071")
                .approvedInYear("1878")
                .slippage("10")
                .likelyOutturn("6764")
                .build()
                .variance())
        .isEqualByComparingTo("-312");
  }

  @Test
  void aPrintedVarianceWithinTheRoundingOfThousandsIsNoFinding() {
    // 13,482 − 13,503 = −21, printed (20): three figures rounded to £000.
    assertThat(
            FinanceChecks.revenue(
                "2018-19-Q2",
                revenueAccount("GF")
                    .budget("13503")
                    .outturn("13482")
                    .statedVariance("-20")
                    .build()))
        .isEmpty();
    assertThat(
            FinanceChecks.revenue(
                "2018-19-Q2",
                revenueAccount("GF")
                    .budget("13503")
                    .outturn("13482")
                    .statedVariance("-25")
                    .build()))
        .extracting(Finding::check)
        .containsExactly("forecast outturn − original budget");
  }

  @Test
  void itemisedCommentsMustExplainTheNetMovement() {
    List<VarianceComment> hra =
        List.of(
            new VarianceComment("Increased dwelling rent", n("108000")),
            new VarianceComment("Reduced service charge income", n("-35000")),
            new VarianceComment("Salary savings", n("69000")));
    assertThat(
            FinanceChecks.revenue(
                "2018-19-Q2",
                revenueAccount("GF")
                    .budget("-2946")
                    .outturn("-3084")
                    .statedVariance("-138")
                    .statedNetMovement("142000")
                    .comments(hra)
                    .build()))
        .isEmpty();
    Finding f =
        FinanceChecks.revenue(
                "2018-19-Q2",
                revenueAccount("GF")
                    .budget("-2946")
                    .outturn("-3084")
                    .statedVariance("-138")
                    .statedNetMovement("138000")
                    .comments(hra)
                    .build())
            .get(0);
    assertThat(f.computed()).isEqualByComparingTo("142000");
    assertThat(f.difference()).isEqualByComparingTo("-4000");
  }

  @Test
  void theSampleCapitalProgrammeHasOneSlipInItsTotalsColumn() {
    List<CapitalFund> columns =
        List.of(
            fund("GF", "3137", "2071", "1878", "0", "7086", "6764", "-322"),
            fund("SE", "50", "0", "6", "0", "56", "54", "-2"),
            fund("HRA", "10085", "1730", "0", "0", "11815", "10865", "-950"),
            fund(CapitalFund.STATED_TOTAL, "13272", "3801", "971", "0", "18957", "17683", "-1274"));
    List<Finding> findings = FinanceChecks.capital("2018-19-Q2", columns);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).where()).isEqualTo("2018-19-Q2 capital, Total, approved in year");
    assertThat(findings.get(0).stated()).isEqualByComparingTo("971");
    assertThat(findings.get(0).computed()).isEqualByComparingTo("1884");
  }

  @Test
  void aFundWhoseTotalBudgetDoesNotFollowIsAFinding() {
    List<Finding> findings =
        FinanceChecks.capital(
            "2018-19-Q2",
            List.of(fund("GF", "3137", "2071", "1878", "100", "7086", "6764", "-322")));
    assertThat(findings)
        .extracting(Finding::where)
        .containsExactly(
            "2018-19-Q2 capital, GF, total budget", "2018-19-Q2 capital, GF, variance");
  }
}
