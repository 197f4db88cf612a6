package org.councilperformance.application.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.councilperformance.application.report.FigureFormats.Kind;
import org.councilperformance.domain.absence.AbsenceFigures;
import org.councilperformance.domain.absence.AbsenceReasonShare;
import org.councilperformance.domain.absence.AbsenceReport;
import org.councilperformance.domain.absence.AbsenceTable;
import org.councilperformance.domain.absence.AbsenceTargetComparison;
import org.councilperformance.domain.absence.LongTermFollowUp;

/**
 * The absence appendix's rows: the council's key figures, the work areas' table with the council
 * total, the reasons for absence (which the template also charts), and the figures that do not add
 * up. Beside each rate the product computes is the one the council reported, where it did: they
 * differ when the council's own table does not add up, and the pack says so rather than repeat it.
 * Each row names its {@code table}; computed rates are shown to two decimals, half-up, as the
 * absence API shows them.
 */
final class AbsenceRows {
  static final String FIGURES = "figures";
  static final String AREAS = "areas";
  static final String REASONS = "reasons";
  static final String CHART = "chart";
  static final String CHECKS = "checks";
  static final String CHART_DESCRIPTION = "CHART_DESCRIPTION";

  private AbsenceRows() {}

  /** No rows at all when the quarter has neither lines nor reasons: the template says so. */
  static List<Map<String, Object>> of(AbsenceReport report) {
    return of(report, false);
  }

  /**
   * @param findingsListedInDataQuality whether the pack's data-quality appendix lists this
   *     appendix's findings (see {@link FindingLines})
   */
  static List<Map<String, Object>> of(AbsenceReport report, boolean findingsListedInDataQuality) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (report.table().lines().isEmpty() && report.reasons().isEmpty()) {
      return rows;
    }
    figures(rows, report);
    for (AbsenceTable.Line line : report.table().lines()) {
      rows.add(area(line.name(), line.figures(), false));
    }
    if (report.councilTotal() != null) {
      AbsenceFigures stated = report.statedTotal();
      rows.add(
          area(
              "Whole council",
              new AbsenceFigures(
                  report.councilTotal().longTermDays(),
                  report.councilTotal().shortTermDays(),
                  report.councilTotal().fte(),
                  null,
                  stated == null ? null : stated.statedDaysPerFte()),
              true));
    }
    for (AbsenceReasonShare reason : report.reasons()) {
      Map<String, Object> row = row(REASONS, reason.reason(), false);
      row.put("percent", reason.percent());
      rows.add(row);
    }
    if (!report.reasons().isEmpty()) {
      Map<String, Object> row = row(REASONS, "All reasons", true);
      row.put("percent", report.reasonsTotal());
      rows.add(row);
      // The chart is drawn from the reasons' rows; this row only places it after their table.
      rows.add(row(CHART, "", false));
    }
    FindingLines.of(report.findings(), findingsListedInDataQuality)
        .forEach(line -> rows.add(row(CHECKS, line, false)));
    return rows;
  }

  private static void figures(List<Map<String, Object>> rows, AbsenceReport r) {
    AbsenceFigures total = r.councilTotal();
    figure(
        rows,
        Kind.RATE,
        "Days lost per FTE this quarter",
        total == null ? null : shown(total.daysPerFte()),
        r.statedTotal() == null ? null : r.statedTotal().statedDaysPerFte(),
        "days lost ÷ full-time equivalent staff, all work areas");
    figure(
        rows,
        Kind.RATE,
        "Days lost per FTE, year to date",
        shown(r.yearToDate()),
        null,
        "the sum of the quarters' rates, " + range(r.yearQuarters()));
    AbsenceTargetComparison target = r.target();
    figure(
        rows,
        Kind.RATE,
        "Projected days lost per FTE for the year",
        shown(r.projection()),
        r.statedProjection(),
        "year to date ÷ quarters so far × 4" + (target == null ? "" : "; " + verdict(target)));
    if (target != null) {
      figure(
          rows,
          Kind.RATE,
          "Corporate target, days lost per FTE",
          target.target(),
          null,
          "for the year");
    }
    figure(
        rows,
        Kind.RATE,
        "Days lost per FTE, rolling twelve months",
        shown(r.rollingTwelveMonths()),
        null,
        range(r.rollingQuarters()));
    if (total != null) {
      figure(
          rows,
          Kind.FIGURE,
          "Long-term absence, % of days lost",
          shown(total.longTermShare()),
          null,
          "spells of 10 days or more; short-term: "
              + FigureFormats.text(shown(total.shortTermShare()), Kind.FIGURE)
              + "%");
    }
    LongTermFollowUp followUp = r.councilFollowUp();
    figure(
        rows,
        Kind.FIGURE,
        "Long-term cases returned to work",
        count(followUp.longTermReturned()),
        null,
        "");
    figure(
        rows,
        Kind.FIGURE,
        "Long-term cases still absent",
        count(followUp.longTermStillOff()),
        null,
        "");
    figure(
        rows,
        Kind.FIGURE,
        "Return-to-work interviews held, %",
        followUp.returnToWorkPercent(),
        null,
        "of returns to work");
  }

  /**
   * A key figure beside the council's own, where it reported one; a figure the quarter cannot give
   * (a missing quarter, nothing entered) is left out.
   */
  private static void figure(
      List<Map<String, Object>> rows,
      Kind kind,
      String measure,
      BigDecimal value,
      BigDecimal reported,
      String basis) {
    if (value == null) {
      return;
    }
    Map<String, Object> row = row(FIGURES, measure, false);
    row.put("value", value);
    row.put("reported", reported);
    row.put("valuePattern", FigureFormats.pattern(kind));
    row.put("basis", basis);
    rows.add(row);
  }

  private static Map<String, Object> area(String name, AbsenceFigures f, boolean total) {
    Map<String, Object> row = row(AREAS, name, total);
    row.put("longTermDays", f.longTermDays());
    row.put("shortTermDays", f.shortTermDays());
    row.put("days", f.days());
    row.put("fte", f.fte());
    row.put("daysPerFte", shown(f.daysPerFte()));
    row.put("reported", f.statedDaysPerFte());
    return row;
  }

  private static Map<String, Object> row(String table, String name, boolean total) {
    Map<String, Object> row = new HashMap<>();
    row.put("table", table);
    row.put("name", name);
    row.put("basis", "");
    row.put("total", total);
    return row;
  }

  private static String verdict(AbsenceTargetComparison target) {
    if (target.meetsTarget() == null) {
      return "";
    }
    return target.meetsTarget()
        ? "within the target of " + FigureFormats.text(target.target(), Kind.RATE)
        : FigureFormats.text(target.difference(), Kind.RATE)
            + " above the target of "
            + FigureFormats.text(target.target(), Kind.RATE);
  }

  private static String range(List<String> quarters) {
    return FigureFormats.periodsAsLabels(
        quarters.isEmpty()
            ? ""
            : quarters.size() == 1
                ? quarters.get(0)
                : quarters.get(0) + " to " + quarters.get(quarters.size() - 1));
  }

  private static BigDecimal shown(BigDecimal computed) {
    return AbsenceFigures.shown(computed);
  }

  private static BigDecimal count(Integer value) {
    return value == null ? null : BigDecimal.valueOf(value);
  }

  /**
   * The template's parameters: the reasons chart's figures in words, which the PDF carries as the
   * chart's alternative text for a reader who cannot see it (docs/reports.md#accessibility).
   */
  static Map<String, Object> parameters(AbsenceReport report) {
    if (report.reasons().isEmpty()) {
      return Map.of();
    }
    StringJoiner shares =
        new StringJoiner("; ", "Bar chart of the reasons for absence by share of days lost: ", ".");
    for (AbsenceReasonShare reason : report.reasons()) {
      // "and" for "&": JasperReports' XLSX exporter writes the chart's description into its XML
      // unescaped, and an ampersand there makes the workbook unreadable.
      String name = reason.reason().replace("&", "and").replace("<", "").replace(">", "");
      shares.add(name + " " + String.format(Locale.UK, "%,.2f", reason.percent()) + "%");
    }
    return Map.of(CHART_DESCRIPTION, shares.toString());
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
