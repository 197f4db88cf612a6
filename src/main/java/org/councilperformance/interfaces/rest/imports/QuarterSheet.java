package org.councilperformance.interfaces.rest.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilperformance.application.ActionImportService;
import org.councilperformance.application.ActionSheetColumn;
import org.councilperformance.application.ActionSheetLine;
import org.councilperformance.application.ActionSheetRow;
import org.councilperformance.application.SheetColumn;
import org.councilperformance.application.SheetLine;
import org.councilperformance.application.SheetRow;
import org.councilperformance.application.UploadedSheet;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Limits;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.action.ActionClosure;
import org.councilperformance.domain.action.ActionUpdate;
import org.councilperformance.domain.action.ReportedActionStatus;
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

  /** A template's cells: headings, then a row per line, each cell's text as written. */
  record Table(List<String> headings, List<List<String>> rows, Set<Integer> figureColumns) {}

  /** The indicators template: row 1 the headings, a row per indicator. */
  static Table indicators(List<SheetLine> lines) {
    Set<Integer> figures = new HashSet<>();
    for (SheetColumn column : SheetColumn.values()) {
      if (isFigure(column)) {
        figures.add(column.ordinal());
      }
    }
    return new Table(
        Arrays.stream(SheetColumn.values()).map(SheetColumn::heading).toList(),
        lines.stream().map(QuarterSheet::cells).toList(),
        figures);
  }

  /** The actions template: row 1 the headings, a row per action (docs/api.md#actions-sheet). */
  static Table actions(List<ActionSheetLine> lines) {
    return new Table(
        Arrays.stream(ActionSheetColumn.values()).map(ActionSheetColumn::heading).toList(),
        lines.stream().map(QuarterSheet::cells).toList(),
        Set.of(ActionSheetColumn.LAST_PROGRESS.ordinal(), ActionSheetColumn.PROGRESS.ordinal()));
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
        SheetComponents.write(line.indicator().formula(), m == null ? Map.of() : m.components()),
        m == null ? "" : neutralise(m.missingReason()),
        m == null ? "" : neutralise(m.commentary()),
        m == null || m.reportedStatus() == null ? "" : m.reportedStatus().name());
  }

  /** One action's row of the actions template, in column order; the revised due date is blank. */
  static List<String> cells(ActionSheetLine line) {
    ActionUpdate u = line.update();
    LocalDate due = line.action().effectiveDueDate();
    return List.of(
        neutralise(line.action().code()),
        neutralise(line.action().title()),
        due == null ? "" : due.toString(),
        line.period().toString(),
        line.lastProgress() == null ? "" : line.lastProgress().toString(),
        u == null || u.progress() == null ? "" : u.progress().toString(),
        u == null ? "" : neutralise(u.commentary()),
        u == null || u.closure() == null ? "" : ActionImportService.word(u.closure()),
        u == null ? "" : neutralise(u.closureReason()),
        "",
        u == null || u.reportedStatus() == null ? "" : neutralise(u.reportedStatus().label()));
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

  /**
   * A figure as written in a cell: digits, a point, a leading minus; a formula is text, never run.
   *
   * @throws InvalidValueException naming the column
   */
  static BigDecimal figureOf(String cell, String column) {
    String written = cell.trim();
    if (!FIGURE.matcher(written).matches()) {
      throw new InvalidValueException(
          column,
          "'"
              + written
              + "' is not a number: write the figure alone, like 1234.5 or -2 (no"
              + " thousands separators, units or formulas)");
    }
    return Limits.figure(new BigDecimal(written), column);
  }

  static String figure(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  /**
   * Reads an upload's rows, one row of cell texts at a time. Its headings say which sheet it is: an
   * actions sheet has "Action code", an indicators sheet "Indicator code". The whole upload is
   * refused (the field "body") when it has neither, a heading its template does not have or too
   * many rows; a cell that cannot be read is that row's error.
   */
  static final class Reader {
    private final List<SheetRow> indicators = new ArrayList<>();
    private final List<ActionSheetRow> actions = new ArrayList<>();
    private Map<String, Integer> columns;
    private boolean ofActions;

    /**
     * @param row the row's number as the spreadsheet shows it (the headings are row 1)
     * @param cells the row's cell texts by column, "" or null where blank
     */
    void accept(int row, List<String> cells) {
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        return;
      }
      if (columns == null) {
        ofActions =
            cells.stream()
                .anyMatch(
                    c -> c != null && ActionSheetColumn.named(c) == ActionSheetColumn.ACTION_CODE);
        columns = ofActions ? actionHeadings(cells) : indicatorHeadings(cells);
        return;
      }
      if (indicators.size() + actions.size() == MAX_ROWS) {
        throw new InvalidValueException(
            "body",
            "the sheet has more than "
                + String.format("%,d", MAX_ROWS)
                + " rows; split it and upload each part");
      }
      Cells read = new Cells(row, cells, columns);
      if (ofActions) {
        actions.add(read.actionRow());
      } else {
        indicators.add(read.indicatorRow());
      }
    }

    UploadedSheet sheet() {
      if (columns == null) {
        throw new InvalidValueException(
            "body", "the sheet is empty: its first row must be the template's headings");
      }
      return new UploadedSheet(ofActions, indicators, actions);
    }

    private static Map<String, Integer> indicatorHeadings(List<String> cells) {
      return headings(
          cells,
          h -> {
            SheetColumn c = SheetColumn.named(h);
            return c == null ? null : c.heading();
          },
          Arrays.stream(SheetColumn.values()).map(SheetColumn::heading).toList(),
          SheetColumn.INDICATOR_CODE.heading());
    }

    private static Map<String, Integer> actionHeadings(List<String> cells) {
      return headings(
          cells,
          h -> {
            ActionSheetColumn c = ActionSheetColumn.named(h);
            return c == null ? null : c.heading();
          },
          Arrays.stream(ActionSheetColumn.values()).map(ActionSheetColumn::heading).toList(),
          ActionSheetColumn.ACTION_CODE.heading());
    }

    /**
     * Each column's position by its template heading.
     *
     * @param named the template's heading a sheet's heading names, or null for none
     */
    private static Map<String, Integer> headings(
        List<String> cells, Function<String, String> named, List<String> all, String code) {
      if (cells.stream().noneMatch(c -> c != null && code.equals(named.apply(c)))) {
        throw new InvalidValueException(
            "body",
            "the sheet's first row must hold the template's headings, with '"
                + SheetColumn.INDICATOR_CODE.heading()
                + "' (figures) or '"
                + ActionSheetColumn.ACTION_CODE.heading()
                + "' (actions' updates)");
      }
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        String heading = cells.get(i);
        if (heading == null || heading.isBlank()) {
          continue;
        }
        String column = named.apply(heading);
        if (column == null) {
          throw new InvalidValueException(
              "body",
              "the sheet has a column '"
                  + heading
                  + "' the template does not have; its columns are "
                  + all);
        }
        if (columns.putIfAbsent(column, i) != null) {
          throw new InvalidValueException(
              "body", "the sheet has the column '" + column + "' twice");
        }
      }
      return columns;
    }
  }

  /** The cells of one row, read one at a time; each cell's problem is kept as a row error. */
  private static final class Cells {
    /** A progress as written: a whole percentage, with or without its sign. */
    private static final Pattern PROGRESS = Pattern.compile("(\\d{1,3})\\s*%?");

    /** A date as the template writes it, or as a UK spreadsheet shows it. */
    private static final DateTimeFormatter UK_DATE =
        DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    final int row;
    final List<RowError> errors = new ArrayList<>();
    private final List<String> cells;
    private final Map<String, Integer> columns;

    Cells(int row, List<String> cells, Map<String, Integer> columns) {
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

    SheetRow indicatorRow() {
      String code = text(SheetColumn.INDICATOR_CODE.heading());
      return new SheetRow(
          row,
          code == null ? null : Code.of(code.trim(), SheetColumn.INDICATOR_CODE.heading()),
          read(SheetColumn.PERIOD.heading(), t -> PeriodCode.parse(t, "Period")),
          figure(SheetColumn.TARGET.heading()),
          figure(SheetColumn.VALUE.heading()),
          read(SheetColumn.COMPONENTS.heading(), SheetComponents::read),
          read(SheetColumn.MISSING_REASON.heading(), String::trim),
          text(SheetColumn.COMMENTARY.heading()),
          read(SheetColumn.REPORTED_STATUS.heading(), t -> RagStatus.printed(t, "Reported status")),
          errors);
    }

    ActionSheetRow actionRow() {
      String code = text(ActionSheetColumn.ACTION_CODE.heading());
      String status = ActionSheetColumn.REPORTED_STATUS.heading();
      return new ActionSheetRow(
          row,
          code == null ? null : Code.of(code.trim(), ActionSheetColumn.ACTION_CODE.heading()),
          read(ActionSheetColumn.PERIOD.heading(), t -> PeriodCode.parse(t, "Period")),
          read(ActionSheetColumn.PROGRESS.heading(), Cells::progress),
          text(ActionSheetColumn.COMMENTARY.heading()),
          read(ActionSheetColumn.CLOSURE.heading(), Cells::closure),
          text(ActionSheetColumn.CLOSURE_REASON.heading()),
          read(ActionSheetColumn.REVISED_DUE_DATE.heading(), Cells::date),
          read(status, t -> ReportedActionStatus.parse(t, status)),
          errors);
    }

    private static Integer progress(String cell) {
      Matcher m = PROGRESS.matcher(cell.trim());
      if (!m.matches()) {
        throw new InvalidValueException(
            ActionSheetColumn.PROGRESS.heading(),
            "'" + cell.trim() + "' is not a whole percentage: write it like 60 or 60%");
      }
      return Integer.valueOf(m.group(1));
    }

    private static ActionClosure closure(String cell) {
      for (ActionClosure closure : ActionClosure.values()) {
        if (closure.name().equalsIgnoreCase(cell.trim())) {
          return closure;
        }
      }
      throw new InvalidValueException(
          ActionSheetColumn.CLOSURE.heading(),
          "'"
              + cell.trim()
              + "' is not a closure: write Completed or Cancelled, or leave it blank while the"
              + " action is open");
    }

    private static LocalDate date(String cell) {
      String written = cell.trim();
      String column = ActionSheetColumn.REVISED_DUE_DATE.heading();
      try {
        LocalDate date =
            written.contains("/") ? LocalDate.parse(written, UK_DATE) : LocalDate.parse(written);
        return Limits.date(date, column);
      } catch (DateTimeParseException e) {
        throw new InvalidValueException(
            column, "'" + written + "' is not a date: write it like 2026-03-31 or 31/03/2026");
      }
    }

    /** The cell's text as the council wrote it (neutralising undone), or null when blank. */
    String text(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= cells.size() || cells.get(i) == null || cells.get(i).isBlank()) {
        return null;
      }
      String text = unneutralise(cells.get(i));
      try {
        return Limits.text(text, column);
      } catch (InvalidValueException e) {
        errors.add(new RowError(row, column, e.getMessage()));
        return null;
      }
    }

    /** A figure as written: digits, a point, a leading minus; a formula is text, never run. */
    BigDecimal figure(String column) {
      return read(column, t -> figureOf(t, column));
    }

    <T> T read(String column, Function<String, T> reading) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      try {
        return reading.apply(text);
      } catch (BusinessException e) {
        // A rule's words may begin with the field they name; the row's error names its column.
        String words = e.getMessage();
        if (words.startsWith(column + ": ")) {
          words = words.substring(column.length() + 2);
        }
        errors.add(new RowError(row, column, words));
        return null;
      }
    }
  }
}
