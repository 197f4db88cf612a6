package org.councilperformance.application.report.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * A real table: a caption, typed columns and rows whose first cell names the row (a row header).
 * Built from a section's rows, it keeps a column only when some row has a value in it, so no format
 * prints an empty column.
 *
 * <p>In a workbook each table is one tidy sheet: {@code sheet} names it, and tables that share a
 * sheet (one per priority, say) are stacked on it under one header, with a first column {@code
 * groupLabel} holding each table's {@code groupValue}.
 *
 * @param note printed beneath the caption: what the columns mean; may be empty
 */
public record Table(
    String caption,
    String note,
    String sheet,
    String groupLabel,
    String groupValue,
    List<Column> columns,
    List<Row> rows)
    implements Block {

  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** A row's cells, one per column, and whether it is a total. A cell may be null (empty). */
  public record Row(List<Object> cells, boolean total) {
    public Row {
      cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
    }
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Whether the tables are stacked on a shared sheet under a first column naming each. */
  public boolean grouped() {
    return groupLabel != null;
  }

  /** A cell as printed: a figure en-GB ("(138)" for negative money), a day, a mark's words. */
  public static String text(Object cell, Column column) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Figure f) {
      return f.text(column.kind().brackets());
    }
    if (cell instanceof java.time.LocalDate day) {
      return DAY.format(day);
    }
    return String.valueOf(cell);
  }

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  /** A table's rows as they are being gathered, with every column they might fill. */
  public static Builder builder(String caption, String sheet) {
    return new Builder(caption, sheet);
  }

  /** Gathers a table; columns without a value in any row are dropped by {@link #build()}. */
  public static final class Builder {
    private final String caption;
    private final String sheet;
    private String note = "";
    private String groupLabel;
    private String groupValue;
    private final List<Column> columns = new ArrayList<>();
    private final List<Function<Map<String, Object>, Object>> cells = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    private Builder(String caption, String sheet) {
      this.caption = caption;
      this.sheet = sheet;
    }

    public Builder note(String text) {
      this.note = text == null ? "" : text;
      return this;
    }

    /** This table is one group of a sheet shared with others, e.g. ("Priority", "Housing"). */
    public Builder group(String label, String value) {
      this.groupLabel = label;
      this.groupValue = value;
      return this;
    }

    /** A column showing a row field as the kind says (text, figure, date, status). */
    public Builder column(String key, String label, Column.Kind kind) {
      return column(key, label, kind, row -> RowFields.cell(row, key, kind));
    }

    /** A column whose cell is worked out from the row. */
    public Builder column(
        String key, String label, Column.Kind kind, Function<Map<String, Object>, Object> cell) {
      columns.add(new Column(key, label, kind));
      cells.add(cell);
      return this;
    }

    /** Several columns added by one function, e.g. those every indicator row starts with. */
    public Builder columns(java.util.function.UnaryOperator<Builder> add) {
      return add.apply(this);
    }

    public Builder row(Map<String, Object> row) {
      return row(row, RowFields.flag(row, "total"));
    }

    public Builder row(Map<String, Object> row, boolean total) {
      List<Object> values = new ArrayList<>();
      for (Function<Map<String, Object>, Object> cell : cells) {
        values.add(RowFields.blankToNull(cell.apply(row)));
      }
      rows.add(new Row(values, total));
      return this;
    }

    public Builder rows(List<Map<String, Object>> rows, Predicate<Map<String, Object>> which) {
      rows.stream().filter(which).forEach(this::row);
      return this;
    }

    /**
     * The table, without the columns no row fills (the first, naming each row, always kept), and
     * each column of one measure shown to one number of decimals: the most any of its figures has.
     */
    public Table build() {
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c).kind().ownDecimals()) {
          continue;
        }
        int column = c;
        int decimals =
            rows.stream()
                .map(r -> r.cells().get(column))
                .filter(Figure.class::isInstance)
                .mapToInt(f -> ((Figure) f).decimals())
                .max()
                .orElse(0);
        for (int r = 0; r < rows.size(); r++) {
          Row row = rows.get(r);
          if (row.cells().get(c) instanceof Figure f && f.decimals() != decimals) {
            List<Object> cells = new ArrayList<>(row.cells());
            cells.set(c, new Figure(f.value(), decimals));
            rows.set(r, new Row(cells, row.total()));
          }
        }
      }
      List<Integer> kept =
          IntStream.range(0, columns.size())
              .filter(c -> c == 0 || rows.stream().anyMatch(r -> r.cells().get(c) != null))
              .boxed()
              .toList();
      return new Table(
          caption,
          note,
          sheet,
          groupLabel,
          groupValue,
          kept.stream().map(columns::get).toList(),
          rows.stream()
              .map(r -> new Row(kept.stream().map(r.cells()::get).toList(), r.total()))
              .toList());
    }
  }
}
