package org.councilperformance.interfaces.rest.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.councilperformance.application.SheetColumn;
import org.councilperformance.application.SheetLine;
import org.councilperformance.application.SheetRow;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Limits;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.period.PeriodCode;

/**
 * A quarter's sheet in whichever format it travels (docs/api.md#imports): the limits, the cells the
 * template writes, and the rules every upload's cells are read by. CSV and XLSX differ only in how
 * they turn bytes into rows of cell texts ({@link QuarterSheetCsv}, {@link QuarterSheetXlsx}).
 */
public final class QuarterSheet {
  /**
   * Rows of figures an upload may hold besides its headings: a council's whole basket, and more.
   */
  static final int MAX_ROWS = 5_000;

  /** Bytes an upload may take: 5,000 rows with a paragraph of commentary each. */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  /** Spreadsheet programs run a cell that starts with one of these as a formula. */
  private static final String FORMULA_TRIGGERS = "=+-@\t\r";

  /** A figure as the template writes it: no exponent, grouping or unit. */
  private static final Pattern FIGURE = Pattern.compile("-?\\d+(\\.\\d+)?");

  private QuarterSheet() {}

  /** The headings of row 1, in the template's order. */
  /**
   * An upload's bytes, refused unread when its declared length passes {@link #MAX_BYTES}, and
   * refused when it turns out longer than it said.
   */
  static byte[] upload(Long length, java.io.InputStream body) {
    if (length != null && length > MAX_BYTES) {
      throw new org.councilperformance.domain.PayloadTooLargeException(MAX_BYTES);
    }
    byte[] bytes;
    try {
      bytes = body.readNBytes(MAX_BYTES + 1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new org.councilperformance.domain.PayloadTooLargeException(MAX_BYTES);
    }
    return bytes;
  }

  static List<String> headings() {
    return Arrays.stream(SheetColumn.values()).map(SheetColumn::heading).toList();
  }

  /**
   * One template row's cells in column order: text neutralised, figures plain, blank as "". Figures
   * are those of the columns {@link #isFigure} names.
   */
  static List<String> cells(SheetLine line) {
    Measurement m = line.measurement();
    return List.of(
        neutralise(line.indicator().code()),
        neutralise(line.indicator().name()),
        line.indicator().unit().name(),
        line.period().toString(),
        figure(line.target()),
        figure(line.lastActual()),
        m == null ? "" : figure(m.enteredFigure()),
        m == null ? "" : neutralise(m.missingReason()),
        m == null ? "" : neutralise(m.commentary()),
        m == null || m.reportedStatus() == null ? "" : m.reportedStatus().name());
  }

  /** Whether the column holds a figure, written as a number where the format has numbers. */
  static boolean isFigure(SheetColumn column) {
    return column == SheetColumn.TARGET
        || column == SheetColumn.LAST_ACTUAL
        || column == SheetColumn.VALUE;
  }

  /**
   * A text cell as a spreadsheet will show it and never run it (OWASP "CSV injection"): one that
   * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe. Reading
   * removes it again ({@link #unneutralise}), so the template loads back unchanged.
   */
  public static String neutralise(String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    return FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  static String unneutralise(String text) {
    return text.length() > 1
            && text.charAt(0) == '\''
            && FORMULA_TRIGGERS.indexOf(text.charAt(1)) >= 0
        ? text.substring(1)
        : text;
  }

  static String figure(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  /**
   * Reads an upload's rows, one row of cell texts at a time. The whole upload is refused (the field
   * "body") when it has no indicator-code heading, a heading the template does not have or too many
   * rows; a cell that cannot be read is that row's error.
   */
  static final class Reader {
    private final List<SheetRow> rows = new ArrayList<>();
    private Map<SheetColumn, Integer> columns;

    /**
     * @param row the row's number as the spreadsheet shows it (the headings are row 1)
     * @param cells the row's cell texts by column, "" or null where blank
     */
    void accept(int row, List<String> cells) {
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        return;
      }
      if (columns == null) {
        columns = headings(cells);
        return;
      }
      if (rows.size() == MAX_ROWS) {
        throw new InvalidValueException(
            "body",
            "the sheet has more than "
                + String.format("%,d", MAX_ROWS)
                + " rows; split it and upload each part");
      }
      rows.add(row(row, cells));
    }

    List<SheetRow> rows() {
      if (columns == null) {
        throw new InvalidValueException(
            "body", "the sheet is empty: its first row must be the template's headings");
      }
      return rows;
    }

    private static Map<SheetColumn, Integer> headings(List<String> cells) {
      Map<SheetColumn, Integer> columns = new EnumMap<>(SheetColumn.class);
      for (int i = 0; i < cells.size(); i++) {
        String heading = cells.get(i);
        if (heading == null || heading.isBlank()) {
          continue;
        }
        SheetColumn column = SheetColumn.named(heading);
        if (column == null) {
          throw new InvalidValueException(
              "body",
              "the sheet has a column '"
                  + heading
                  + "' the template does not have; its columns are "
                  + QuarterSheet.headings());
        }
        if (columns.putIfAbsent(column, i) != null) {
          throw new InvalidValueException(
              "body", "the sheet has the column '" + column.heading() + "' twice");
        }
      }
      if (!columns.containsKey(SheetColumn.INDICATOR_CODE)) {
        throw new InvalidValueException(
            "body",
            "the sheet's first row must hold the template's headings, with '"
                + SheetColumn.INDICATOR_CODE.heading()
                + "'");
      }
      return columns;
    }

    private SheetRow row(int row, List<String> cells) {
      Cells read = new Cells(row, cells, columns);
      String code = read.text(SheetColumn.INDICATOR_CODE);
      String period = read.text(SheetColumn.PERIOD);
      return new SheetRow(
          row,
          code == null ? null : Code.of(code.trim(), SheetColumn.INDICATOR_CODE.heading()),
          period == null ? null : read.read(SheetColumn.PERIOD, t -> PeriodCode.parse(t, "Period")),
          read.figure(SheetColumn.TARGET),
          read.figure(SheetColumn.VALUE),
          read.read(SheetColumn.MISSING_REASON, String::trim),
          read.text(SheetColumn.COMMENTARY),
          read.read(SheetColumn.REPORTED_STATUS, t -> RagStatus.printed(t, "Reported status")),
          read.errors);
    }
  }

  /** The cells of one row, read one at a time; each cell's problem is kept as a row error. */
  private static final class Cells {
    final int row;
    final List<RowError> errors = new ArrayList<>();
    private final List<String> cells;
    private final Map<SheetColumn, Integer> columns;

    Cells(int row, List<String> cells, Map<SheetColumn, Integer> columns) {
      this.row = row;
      this.cells = cells;
      this.columns = columns;
      for (int i = 0; i < cells.size(); i++) {
        if (!columns.containsValue(i) && cells.get(i) != null && !cells.get(i).isBlank()) {
          errors.add(new RowError(row, null, "a cell beyond the template's columns is filled in"));
          break;
        }
      }
    }

    /** The cell's text as the council wrote it (neutralising undone), or null when blank. */
    String text(SheetColumn column) {
      Integer i = columns.get(column);
      if (i == null || i >= cells.size() || cells.get(i) == null || cells.get(i).isBlank()) {
        return null;
      }
      String text = unneutralise(cells.get(i));
      try {
        return Limits.text(text, column.heading());
      } catch (InvalidValueException e) {
        errors.add(new RowError(row, column.heading(), e.getMessage()));
        return null;
      }
    }

    /** A figure as written: digits, a point, a leading minus; a formula is text, never run. */
    BigDecimal figure(SheetColumn column) {
      return read(
          column,
          t -> {
            String written = t.trim();
            if (!FIGURE.matcher(written).matches()) {
              throw new InvalidValueException(
                  column.heading(),
                  "'"
                      + written
                      + "' is not a number: write the figure alone, like 1234.5 or -2 (no"
                      + " thousands separators, units or formulas)");
            }
            return Limits.figure(new BigDecimal(written), column.heading());
          });
    }

    <T> T read(SheetColumn column, Function<String, T> reading) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      try {
        return reading.apply(text);
      } catch (BusinessException e) {
        errors.add(new RowError(row, column.heading(), e.getMessage()));
        return null;
      }
    }
  }
}
