package org.councilperformance.application.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A table's optional columns, and which of them print: a column prints only when some row of its
 * table has a value in it. A column no row fills is left out, the others closing up, and the
 * section says once that it was not reported instead of printing an empty grid on every row
 * (docs/reports.md#columns-without-figures).
 *
 * @param table how the note names the table's rows, e.g. "actions"
 * @param inTable which of the section's rows belong to the table
 * @param columns the optional columns, in print order
 */
record PrintedColumns(String table, Predicate<Map<String, Object>> inTable, List<Column> columns) {

  /**
   * @param name the name its template's cells carry (org.councilperformance.report.column)
   * @param field the row field it prints
   * @param words how the note names it, e.g. "due date"
   */
  record Column(String name, String field, String words) {}

  PrintedColumns {
    columns = List.copyOf(columns);
  }

  /** The columns no row of the table fills; none when the table has no rows at all. */
  List<Column> unfilled(List<Map<String, Object>> rows) {
    List<Map<String, Object>> tableRows = rows.stream().filter(inTable).toList();
    if (tableRows.isEmpty()) {
      return List.of();
    }
    return columns.stream()
        .filter(c -> tableRows.stream().noneMatch(r -> filled(r.get(c.field()))))
        .toList();
  }

  private static boolean filled(Object value) {
    return value != null && !(value instanceof String text && text.isBlank());
  }

  /**
   * The section's parameters for its tables: the columns left out ({@link
   * SectionContent#HIDDEN_COLUMNS}) and the note saying what was not reported ({@link
   * #NOT_REPORTED}, absent when every column prints).
   */
  static Map<String, Object> parameters(List<Map<String, Object>> rows, PrintedColumns... tables) {
    Set<String> hidden = new TreeSet<>();
    List<String> notes = new ArrayList<>();
    for (PrintedColumns table : tables) {
      List<Column> unfilled = table.unfilled(rows);
      if (!unfilled.isEmpty()) {
        unfilled.forEach(c -> hidden.add(c.name()));
        notes.add(
            "Not reported for any of the "
                + table.table()
                + ": "
                + String.join(", ", unfilled.stream().map(Column::words).toList())
                + ".");
      }
    }
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put(SectionContent.HIDDEN_COLUMNS, Set.copyOf(hidden));
    if (!notes.isEmpty()) {
      parameters.put(NOT_REPORTED, String.join(" ", notes));
    }
    return parameters;
  }

  /** The parameter with the note on the columns left out. */
  static final String NOT_REPORTED = "NOT_REPORTED";
}
