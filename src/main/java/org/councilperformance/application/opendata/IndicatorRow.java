package org.councilperformance.application.opendata;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.Priority;

/**
 * One indicator's position in one published period, as the open-data files carry it: one value per
 * {@link OpenDataColumn}, each as text ("" for none). Commentary marked internal is never in it
 * (docs/open-data.md#internal-commentary).
 */
public record IndicatorRow(Map<OpenDataColumn, String> values) {
  public IndicatorRow {
    values = Map.copyOf(values);
  }

  /** The row of an indicator's status in a published period. */
  public static IndicatorRow of(ReportingPeriod period, IndicatorStatus status) {
    Indicator indicator = status.indicator();
    Measurement measurement = status.measurement();
    List<Priority> priorities =
        indicator.priorities().stream().sorted(Comparator.comparing(Priority::code)).toList();
    BusinessUnit unit = indicator.businessUnit();
    Map<OpenDataColumn, String> values = new EnumMap<>(OpenDataColumn.class);
    values.put(OpenDataColumn.PERIOD, period.code());
    values.put(OpenDataColumn.PERIOD_START, period.startDate().toString());
    values.put(OpenDataColumn.PERIOD_END, period.endDate().toString());
    values.put(OpenDataColumn.PERIOD_LABEL, period.label());
    values.put(OpenDataColumn.INDICATOR_CODE, indicator.code());
    values.put(OpenDataColumn.INDICATOR_NAME, indicator.name());
    values.put(
        OpenDataColumn.PRIORITY_CODES,
        priorities.stream().map(Priority::code).collect(Collectors.joining(";")));
    values.put(
        OpenDataColumn.PRIORITY_NAMES,
        priorities.stream().map(Priority::name).collect(Collectors.joining("; ")));
    values.put(OpenDataColumn.BUSINESS_UNIT_CODE, unit == null ? "" : unit.code());
    values.put(OpenDataColumn.BUSINESS_UNIT_NAME, unit == null ? "" : unit.name());
    values.put(OpenDataColumn.UNIT, text(indicator.unit()));
    values.put(OpenDataColumn.POLARITY, text(status.basis().polarity()));
    values.put(OpenDataColumn.TARGET, number(status.target()));
    values.put(OpenDataColumn.TARGET_SOURCE, text(status.targetSource()));
    values.put(OpenDataColumn.ACTUAL, number(status.actual()));
    values.put(
        OpenDataColumn.MISSING_REASON,
        measurement == null || measurement.missingReason() == null
            ? ""
            : measurement.missingReason());
    values.put(OpenDataColumn.STATUS, text(status.status()));
    values.put(OpenDataColumn.STATUS_RULE, status.rule() == null ? "" : status.rule());
    String commentary = measurement == null ? null : measurement.publicCommentary();
    values.put(OpenDataColumn.COMMENTARY, commentary == null ? "" : commentary);
    return new IndicatorRow(values);
  }

  /** The column's value, "" for none. */
  public String get(OpenDataColumn column) {
    return values.getOrDefault(column, "");
  }

  /** The values in column order, as a CSV line holds them. */
  public List<String> inColumnOrder() {
    return java.util.Arrays.stream(OpenDataColumn.values()).map(this::get).toList();
  }

  private static String number(BigDecimal value) {
    return value == null ? "" : Decimals.plain(value).toPlainString();
  }

  private static String text(Enum<?> value) {
    return value == null ? "" : value.name();
  }
}
