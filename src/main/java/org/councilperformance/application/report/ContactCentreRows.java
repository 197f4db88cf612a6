package org.councilperformance.application.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.contact.CallFigures;
import org.councilperformance.domain.contact.CallPercentages;
import org.councilperformance.domain.contact.ContactCentreMonth;
import org.councilperformance.domain.contact.ContactCentreQuarter;
import org.councilperformance.domain.contact.ContactCentreQuarter.MonthRow;

/**
 * The contact-centre table's rows: for each month, and then for the quarter, this year's line, last
 * year's, and the change (this year − last year; percentages in percentage points). Each block of
 * three shares a {@code block} key, which the template uses to set the blocks apart. Then the
 * figures the council printed that do not follow from its months.
 */
final class ContactCentreRows {
  /** Percentages are shown to one decimal, half-up. */
  private static final int PERCENT_PLACES = 1;

  static final String CALLS = "calls";
  static final String CHECKS = "checks";

  private ContactCentreRows() {}

  /** No rows when neither year has a month of the quarter: the template says so. */
  static List<Map<String, Object>> of(ContactCentreQuarter quarter) {
    return of(quarter, false);
  }

  /**
   * @param findingsListedInDataQuality whether the pack's data-quality appendix lists this
   *     appendix's findings (see {@link FindingLines})
   */
  static List<Map<String, Object>> of(
      ContactCentreQuarter quarter, boolean findingsListedInDataQuality) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (quarter.totals() == null && quarter.lastYearTotals() == null) {
      return rows;
    }
    for (MonthRow m : quarter.months()) {
      String block = m.month().toString();
      rows.add(line(block, m.name(), m.thisYear(), m.percentages(), false));
      rows.add(
          line(
              block,
              ContactCentreMonth.name(m.lastYearMonth()),
              m.lastYear(),
              m.lastYearPercentages(),
              false));
      rows.add(line(block, "Change", m.change(), m.percentageChange(), false));
    }
    boolean complete = quarter.monthsReported() == quarter.months().size();
    CallPercentages now = quarter.percentages();
    CallPercentages before = quarter.lastYearPercentages();
    rows.add(
        line(
            "quarter",
            FigureFormats.label(quarter.quarter()) + (complete ? " total" : " so far"),
            quarter.totals(),
            now,
            true));
    rows.add(
        line(
            "quarter",
            FigureFormats.label(quarter.lastYearQuarter()) + " total",
            quarter.lastYearTotals(),
            before,
            true));
    rows.add(
        line(
            "quarter",
            "Change",
            quarter.change(),
            quarter.change() == null ? null : now.minus(before),
            true));
    FindingLines.of(quarter.findings(), findingsListedInDataQuality)
        .forEach(line -> rows.add(check(line)));
    return rows;
  }

  private static Map<String, Object> check(String message) {
    Map<String, Object> row = new HashMap<>();
    row.put("table", CHECKS);
    row.put("block", CHECKS);
    row.put("label", message);
    row.put("total", false);
    return row;
  }

  private static Map<String, Object> line(
      String block, String label, CallFigures f, CallPercentages p, boolean total) {
    Map<String, Object> row = new HashMap<>();
    row.put("table", CALLS);
    row.put("block", block);
    row.put("label", label);
    row.put("total", total);
    CallFigures figures = f == null ? CallFigures.NONE : f;
    row.put("received", figures.received());
    row.put("answered", figures.answered());
    row.put("answeredWithin30s", figures.answeredWithin30s());
    row.put("answeredWithin60s", figures.answeredWithin60s());
    row.put("abandoned", figures.abandoned());
    row.put("rejected", figures.rejected());
    CallPercentages shown = p == null ? CallPercentages.NONE : p.rounded(PERCENT_PLACES);
    row.put("abandonedPercent", shown.abandoned());
    row.put("within30sPercent", shown.answeredWithin30s());
    row.put("within60sPercent", shown.answeredWithin60s());
    return row;
  }
}
