package org.councilperformance.domain.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.quality.Finding;
import org.junit.jupiter.api.Test;

class FinanceChecksTest {
  private static final ReportingPeriod Q2 =
      new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "period"), null);

  private static BigDecimal n(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  private static RevenueAccount account(
      String budget, String outturn, String stated, String net, List<VarianceComment> comments) {
    RevenueAccount a = new RevenueAccount(Q2, "GF");
    a.report(
        new RevenueFigures(
            "General Fund",
            AmountsIn.THOUSANDS,
            n(budget),
            n(outturn),
            n(stated),
            null,
            n(net),
            comments));
    return a;
  }

  private static CapitalFund fund(String code, String... figures) {
    CapitalFund f = new CapitalFund(Q2, code);
    f.report(
        new CapitalFigures(
            code.equals(CapitalFund.STATED_TOTAL) ? "Total" : code,
            AmountsIn.THOUSANDS,
            n(figures[0]),
            n(figures[1]),
            n(figures[2]),
            n(figures[3]),
            n(figures[4]),
            n(figures[5]),
            n(figures[6]),
            null));
    return f;
  }

  @Test
  void theVarianceIsOutturnLessBudget() {
    assertThat(account("13503", "13482", null, null, List.of()).variance())
        .isEqualByComparingTo("-21");
    assertThat(fund("GF", "3137", "2071", "1878", "0", "7086", "6764", "-322").totalBudget())
        .isEqualByComparingTo("7086");
    assertThat(fund("GF", "3137", "2071", "1878", "10", null, "6764", null).variance())
        .isEqualByComparingTo("-312");
  }

  @Test
  void aPrintedVarianceWithinTheRoundingOfThousandsIsNoFinding() {
    // 13,482 − 13,503 = −21, printed (20): three figures rounded to £000.
    assertThat(
            FinanceChecks.revenue("2018-19-Q2", account("13503", "13482", "-20", null, List.of())))
        .isEmpty();
    assertThat(
            FinanceChecks.revenue("2018-19-Q2", account("13503", "13482", "-25", null, List.of())))
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
            FinanceChecks.revenue("2018-19-Q2", account("-2946", "-3084", "-138", "142000", hra)))
        .isEmpty();
    Finding f =
        FinanceChecks.revenue("2018-19-Q2", account("-2946", "-3084", "-138", "138000", hra))
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
