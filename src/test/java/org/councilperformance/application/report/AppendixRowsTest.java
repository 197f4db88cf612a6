package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.finance.CapitalFundBuilder.capitalFund;
import static org.councilperformance.domain.finance.RevenueAccountBuilder.revenueAccount;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.contact.CallFigures;
import org.councilperformance.domain.contact.ContactCentreQuarter;
import org.councilperformance.domain.contact.PrintedTotals;
import org.councilperformance.domain.finance.AmountsIn;
import org.councilperformance.domain.finance.CapitalFund;
import org.councilperformance.domain.finance.RevenueAccount;
import org.councilperformance.domain.period.PeriodCode;
import org.junit.jupiter.api.Test;

/** The rows the finance and contact-centre appendices print, built without a database. */
class AppendixRowsTest {
  private static final PeriodCode Q2 = PeriodCode.parse("2018-19-Q2", "period");

  private static RevenueAccount account(String code, String name, AmountsIn unit) {
    return revenueAccount(code)
        .name(name)
        .in(unit)
        .budget("-2946")
        .outturn("-3084")
        .headline("£138k net increase")
        .comment("Lifeline income", "-14000")
        .build();
  }

  private static CapitalFund fund(String code, String name, int budget) {
    return capitalFund(code)
        .name(name)
        .approved(String.valueOf(budget))
        .likelyOutturn(String.valueOf(budget - 10))
        .build();
  }

  @Test
  void revenueRowsCarryTheComputedVarianceAndTheUnitOnceForTheHeading() {
    List<Map<String, Object>> rows =
        FinanceRows.of(
            List.of(account("HRA", "Housing Revenue Account", AmountsIn.THOUSANDS)),
            List.of(),
            List.of(),
            List.of());
    assertThat(rows.get(0))
        .containsEntry("table", "revenue")
        .containsEntry("name", "Housing Revenue Account")
        .containsEntry("unit", "£000")
        .containsEntry("variance", new BigDecimal("-138"));
    assertThat(rows.get(1))
        .containsEntry("kind", "headline")
        .containsEntry("text", "£138k net increase");
    assertThat(rows.get(2))
        .containsEntry("kind", "comment")
        .containsEntry("amount", new BigDecimal("-14000"))
        .containsEntry("effect", "Adverse");
  }

  @Test
  void accountsInDifferentUnitsNameTheirUnitBesideThemselves() {
    List<Map<String, Object>> rows =
        FinanceRows.of(
            List.of(
                account("GF", "General Fund", AmountsIn.THOUSANDS),
                account("SE", "Special Expenses", AmountsIn.POUNDS)),
            List.of(),
            List.of(),
            List.of());
    assertThat(rows.get(0)).containsEntry("name", "General Fund £000").containsEntry("unit", "");
  }

  @Test
  void theCapitalTotalIsTheSumOfTheFundsNotTheCouncilsPrintedColumn() {
    List<Map<String, Object>> rows =
        FinanceRows.of(
            List.of(),
            List.of(
                fund("GF", "General Fund", 100),
                fund("HRA", "Housing Revenue Account", 50),
                fund(CapitalFund.STATED_TOTAL, "Total", 999)),
            List.of(),
            List.of());
    assertThat(rows)
        .extracting(r -> r.get("name"))
        .containsExactly("General Fund", "Housing Revenue Account", "Total");
    assertThat(rows.get(2))
        .containsEntry("total", true)
        .containsEntry("totalBudget", new BigDecimal("150"))
        .containsEntry("variance", new BigDecimal("-20"));
  }

  @Test
  void everyTextFieldIsSetSoTheTemplateCanJoinThem() {
    List<Map<String, Object>> rows =
        FinanceRows.of(
            List.of(account("HRA", "Housing Revenue Account", AmountsIn.THOUSANDS)),
            List.of(fund("GF", "General Fund", 100)),
            List.of(),
            List.of());
    for (Map<String, Object> row : rows) {
      for (String field : List.of("table", "kind", "name", "text", "unit", "effect")) {
        assertThat(row.get(field)).as(field + " of " + row).isNotNull();
      }
    }
  }

  @Test
  void aQuarterWithoutCallsHasNoRowsSoTheTemplateSaysSo() {
    ContactCentreQuarter empty =
        new ContactCentreQuarter(Q2, Map.of(), Map.of(), PrintedTotals.NONE);
    assertThat(ContactCentreRows.of(empty)).isEmpty();
  }

  @Test
  void eachMonthIsFollowedByLastYearsAndTheChangeThenTheQuarter() {
    CallFigures july = CallFigures.ofCounts(10338L, 6877L, 2045L, 2379L, 3231L, 230L);
    CallFigures julyBefore = CallFigures.ofCounts(9040L, 6843L, 2663L, 3014L, 2072L, 118L);
    ContactCentreQuarter quarter =
        new ContactCentreQuarter(
            Q2,
            Map.of(YearMonth.of(2018, 7), july, YearMonth.of(2017, 7), julyBefore),
            Map.of(),
            PrintedTotals.NONE);
    List<Map<String, Object>> rows = ContactCentreRows.of(quarter);
    assertThat(rows.subList(0, 3))
        .extracting(r -> r.get("label"))
        .containsExactly("July 2018", "July 2017", "Change");
    assertThat(rows.get(2))
        .containsEntry("received", new BigDecimal("1298"))
        .containsEntry("abandonedPercent", new BigDecimal("8.3"));
    assertThat(rows.get(9))
        .containsEntry("label", "2018/19 Quarter 2 so far")
        .containsEntry("total", true);
    assertThat(rows.get(11)).containsEntry("label", "Change").containsEntry("received", null);
  }
}
