package org.councilperformance.application.report.outline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a section row's fields by name, whatever the row holds: a field missing from the row is
 * empty, so a column added to the rows later shows where it is filled and nowhere else.
 */
public final class RowFields {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private RowFields() {}

  /** A field as text; empty when absent. */
  public static String text(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null ? "" : String.valueOf(value).strip();
  }

  /** Rows grouped by a field's text, groups and rows in the order met. */
  public static Map<String, List<Map<String, Object>>> groupBy(
      List<Map<String, Object>> rows, String key) {
    Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
    rows.forEach(r -> groups.computeIfAbsent(text(r, key), k -> new ArrayList<>()).add(r));
    return groups;
  }

  public static boolean flag(Map<String, Object> row, String key) {
    return Boolean.TRUE.equals(row.get(key));
  }

  /**
   * A field as a cell of the kind: a {@link Figure} (to the decimals of the row's {@code
   * <key>Pattern} where it has one), a day, a {@link Mark} with the row's {@code <key>Colour}, or
   * text.
   */
  public static Object cell(Map<String, Object> row, String key, Column.Kind kind) {
    Object value = row.get(key);
    if (value == null) {
      return null;
    }
    return switch (kind) {
      case NUMBER, MEASURES, MONEY, DIFFERENCES ->
          value instanceof Number n ? figure(row, key, n) : text(row, key);
      case DATE -> day(value);
      case STATUS -> mark(row, key);
      case TEXT -> value instanceof Number n ? figure(row, key, n) : text(row, key);
    };
  }

  /** A status field with its colour. */
  public static Mark mark(Map<String, Object> row, String key) {
    String text = text(row, key);
    if (text.isEmpty()) {
      return null;
    }
    Object colour = row.get(key + "Colour");
    return new Mark(text, colour == null ? "Status.NONE" : String.valueOf(colour));
  }

  static Object blankToNull(Object cell) {
    return cell instanceof String s && s.isBlank() ? null : cell;
  }

  private static Figure figure(Map<String, Object> row, String key, Number n) {
    Object pattern = row.get(key + "Pattern");
    return pattern == null ? Figure.of(n) : Figure.of(n, String.valueOf(pattern));
  }

  private static Object day(Object value) {
    if (value instanceof Date d) {
      return d.toInstant().atZone(LONDON).toLocalDate();
    }
    return value instanceof LocalDate ? value : String.valueOf(value);
  }
}
