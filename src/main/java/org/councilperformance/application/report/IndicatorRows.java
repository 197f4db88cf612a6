package org.councilperformance.application.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.report.StatusMark;
import org.councilperformance.domain.trend.IndicatorTrend;

/** An indicator's row as the dashboards and the compendium print it. */
final class IndicatorRows {
  /** Where an indicator that serves no priority is listed. */
  static final String NO_PRIORITY = "Other indicators";

  private IndicatorRows() {}

  /** The fields both tables share; numbers stay numbers so a spreadsheet can sum them. */
  static Map<String, Object> of(IndicatorStatus status, IndicatorTrend trend) {
    Indicator indicator = status.indicator();
    Map<String, Object> row = new HashMap<>();
    row.put("priority", priorityOf(indicator));
    row.put("code", indicator.code());
    row.put("name", indicator.name());
    row.put("unit", unitOf(indicator.unit()));
    row.put(
        "businessUnit", indicator.businessUnit() == null ? "" : indicator.businessUnit().name());
    row.put(
        "figurePattern",
        FigureFormats.pattern(
            FigureFormats.of(indicator.unit()),
            status.target(),
            status.actual(),
            trend.previousActual(),
            trend.lastYearActual()));
    row.put("target", status.target());
    row.put("actual", status.actual());
    row.put("status", StatusMark.of(status.status(), status.reportedStatus()));
    row.put("reportedStatus", StatusMark.asReported(status.status(), status.reportedStatus()));
    row.put("statusColour", StatusMark.colourOf(status.status()));
    row.put("rule", status.rule());
    row.put("sincePrevious", StatusMark.of(trend.sincePrevious()));
    row.put("previousActual", trend.previousActual());
    row.put("sinceLastYear", StatusMark.of(trend.sinceLastYear()));
    row.put("lastYearActual", trend.lastYearActual());
    String commentary = status.measurement() == null ? null : status.measurement().commentary();
    row.put("commentary", commentary == null ? "" : commentary);
    return row;
  }

  /** The first of an indicator's priorities by name: each indicator is listed once. */
  static String priorityOf(Indicator indicator) {
    return indicator.priorities().stream()
        .map(Priority::name)
        .min(Comparator.naturalOrder())
        .orElse(NO_PRIORITY);
  }

  static String unitOf(IndicatorUnit unit) {
    return switch (unit) {
      case PERCENT -> "%";
      case COUNT -> "number";
      case DAYS -> "days";
      case MINUTES -> "minutes";
      // The figures print with £ themselves (FigureFormats); the column names the unit in words.
      case CURRENCY_GBP -> "pounds";
      case SCORE -> "score";
      case KILOGRAMS -> "kg";
      case RATE_PER_1000 -> "per 1,000";
      case MILESTONE -> "milestone";
    };
  }

  /** Priority order, then code order; the indicators without a priority last. */
  static Comparator<Map<String, Object>> byPriorityThenCode() {
    return Comparator.<Map<String, Object>, Boolean>comparing(
            r -> NO_PRIORITY.equals(r.get("priority")))
        .thenComparing(r -> (String) r.get("priority"))
        .thenComparing(r -> (String) r.get("code"));
  }
}
