package org.councilperformance.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.councilperformance.application.FinanceService;
import org.councilperformance.application.FinanceService.SavingFigures;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.finance.AmountsIn;
import org.councilperformance.domain.finance.CapitalFigures;
import org.councilperformance.domain.finance.CapitalFund;
import org.councilperformance.domain.finance.RevenueFigures;
import org.councilperformance.domain.finance.VarianceComment;
import org.councilperformance.domain.period.PeriodCode;

/**
 * The sample council's finance appendix: its General Fund, Special Expenses and HRA summaries
 * (£000) with the itemised variance comments (in pounds), its capital programme per fund with the
 * printed totals column, and its savings measures.
 */
@ApplicationScoped
public class SampleFinance implements SampleAppendix {
  private static final Logger LOG = Logger.getLogger(SampleFinance.class.getName());
  private static final PeriodCode QUARTER = new PeriodCode(2018, 2);

  /** The capital table's fund columns, by the fixture's keys; "total" is the printed column. */
  private static final Map<String, String> FUNDS =
      Map.of(
          "generalFund", "General Fund",
          "specialExpenses", "Special Expenses",
          "hra", "Housing Revenue Account",
          "total", "Total");

  private final FinanceService finance;

  @Inject
  public SampleFinance(FinanceService finance) {
    this.finance = finance;
  }

  /** For CDI's client proxy only. */
  protected SampleFinance() {
    this(null);
  }

  @Override
  @Transactional
  public boolean isLoaded() {
    return !finance.revenue(QUARTER).isEmpty();
  }

  @Override
  @Transactional
  public void load() {
    JsonObject f = SampleCouncilLoader.read(SampleCouncilLoader.REPORT).getJsonObject("finance");
    JsonObject comments = f.getJsonObject("varianceComments");
    revenue(
        "GF", "General Fund", f.getJsonObject("generalFundSummary"), comments.get("generalFund"));
    revenue(
        "SE",
        "Special Expenses",
        f.getJsonObject("specialExpensesSummary"),
        comments.get("specialExpenses"));
    revenue("HRA", "Housing Revenue Account", f.getJsonObject("hraSummary"), comments.get("hra"));
    capital(f.getJsonObject("capital"), comments.getJsonArray("capital"));
    finance.replaceSavings(
        QUARTER,
        f.getJsonArray("savingsMeasures").stream()
            .map(
                s ->
                    new SavingFigures(
                        SampleCouncilLoader.text(s.asJsonObject(), "text"), null, null))
            .toList());
    LOG.info("Loaded the sample council's finance appendix");
  }

  private void revenue(String code, String name, JsonObject summary, JsonValue explained) {
    List<VarianceComment> items = new ArrayList<>();
    String headline = null;
    BigDecimal net = null;
    if (explained instanceof JsonObject e) {
      headline = SampleCouncilLoader.text(e, "headline");
      net = SampleCouncilLoader.decimal(e, "net"); // "net increase in the contribution": favourable
      for (JsonValue v : e.getJsonArray("items")) {
        JsonObject item = v.asJsonObject();
        items.add(new VarianceComment(item.getString("text"), signedAmount(item)));
      }
    }
    finance.reportRevenue(
        QUARTER,
        Code.of(code, "code"),
        new RevenueFigures(
            name,
            AmountsIn.THOUSANDS,
            SampleCouncilLoader.decimal(summary, "originalBudget"),
            SampleCouncilLoader.decimal(summary, "forecastOutturn"),
            SampleCouncilLoader.decimal(summary, "forecastVariance"),
            headline,
            net,
            items));
  }

  /** One amount per comment, + favourable: "mixed" items already carry signed amounts. */
  private static BigDecimal signedAmount(JsonObject item) {
    String effect = item.getString("effect");
    List<BigDecimal> amounts =
        item.containsKey("amounts")
            ? item.getJsonArray("amounts").getValuesAs(JsonNumber::bigDecimalValue)
            : List.of(SampleCouncilLoader.decimal(item, "amount"));
    BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return effect.equals("adverse") ? sum.negate() : sum;
  }

  private void capital(JsonObject table, JsonArray comments) {
    Map<String, JsonObject> rows = new HashMap<>();
    for (JsonValue r : table.getJsonArray("rows")) {
      rows.put(r.asJsonObject().getString("row"), r.asJsonObject());
    }
    String notes =
        comments.stream()
            .map(c -> comment(c.asJsonObject()))
            .filter(c -> c != null)
            .reduce((a, b) -> a + "\n" + b)
            .orElse(null);
    FUNDS.forEach(
        (key, name) ->
            finance.reportCapital(
                QUARTER,
                Code.of(key.equals("total") ? CapitalFund.STATED_TOTAL : key.toUpperCase(), "code"),
                new CapitalFigures(
                    name,
                    AmountsIn.THOUSANDS,
                    cell(rows, "Approved Budget for the Year", key),
                    cell(rows, "C/F from 2017/18", key),
                    cell(rows, "Approved projects in year", key),
                    cell(rows, "Slippage Identified in Year", key),
                    cell(rows, "Total budget for 2018/19", key),
                    cell(rows, "Likely outturn for 2018/19 (provisional)", key),
                    cell(rows, "Variance", key),
                    key.equals("total") ? notes : null)));
  }

  /**
   * A capital comment with the items it introduces, one a line: a lead-in such as "other movements
   * include:" is never printed without what it lists.
   */
  static String comment(JsonObject comment) {
    String text = LegibleText.of(SampleCouncilLoader.text(comment, "text"));
    List<String> items =
        comment.containsKey("items")
            ? comment.getJsonArray("items").stream()
                .map(i -> LegibleText.of(SampleCouncilLoader.text(i.asJsonObject(), "text")))
                .filter(i -> i != null)
                .map(i -> "– " + i)
                .toList()
            : List.of();
    if (items.isEmpty()) {
      // A lead-in whose list was lost says nothing: leave it out.
      return text == null || text.endsWith(":") ? null : text;
    }
    return (text == null ? "" : text + "\n") + String.join("\n", items);
  }

  private static BigDecimal cell(Map<String, JsonObject> rows, String row, String fund) {
    return SampleCouncilLoader.decimal(rows.get(row), fund);
  }
}
