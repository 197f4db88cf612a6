package org.councilperformance.interfaces.rest.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.councilperformance.application.SheetColumn;
import org.councilperformance.application.SheetLine;
import org.councilperformance.application.SheetRow;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Limits;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.period.PeriodCode;

/**
 * A quarter's sheet as CSV (docs/api.md#imports), by Apache Commons CSV: the template written, an
 * upload read. Only the cell rules are here; what a row means is the application's.
 */
public final class QuarterSheetCsv {
  public static final String MEDIA_TYPE = "text/csv";

  /**
   * Rows of figures an upload may hold besides its headings: a council's whole basket, and more.
   */
  static final int MAX_ROWS = 5_000;

  /** Bytes an upload may take: 5,000 rows with a paragraph of commentary each. */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final char BOM = '\uFEFF';

  /** Spreadsheet programs run a cell that starts with one of these as a formula. */
  private static final String FORMULA_TRIGGERS = "=+-@\t\r";

  /** A figure as the template writes it: no exponent, grouping or unit. */
  private static final Pattern FIGURE = Pattern.compile("-?\\d+(\\.\\d+)?");

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private QuarterSheetCsv() {}

  /**
   * The template: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), a row of headings, a
   * row per indicator; text that a spreadsheet would run as a formula is neutralised.
   */
  static byte[] write(List<SheetLine> lines) {
    StringBuilder out = new StringBuilder().append(BOM);
    String[] headings =
        Arrays.stream(SheetColumn.values()).map(SheetColumn::heading).toArray(String[]::new);
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(headings).get())) {
      for (SheetLine line : lines) {
        Measurement m = line.measurement();
        printer.printRecord(
            neutralise(line.indicator().code()),
            neutralise(line.indicator().name()),
            line.indicator().unit().name(),
            line.period().toString(),
            figure(line.target()),
            figure(line.lastActual()),
            m == null ? "" : figure(m.value()),
            m == null ? "" : neutralise(m.missingReason()),
            m == null ? "" : neutralise(m.commentary()),
            m == null || m.reportedStatus() == null ? "" : m.reportedStatus().name());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A text cell as a spreadsheet will show it and never run it (OWASP "CSV injection"): one that
   * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe. Reading
   * removes it again ({@link #unneutralise}), so the template loads back unchanged.
   */
  static String neutralise(String text) {
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

  private static String figure(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  /**
   * An uploaded sheet's text, refused unread when its declared length passes the limit, and decoded
   * as {@link #decode} says. Other uploads of CSV (a committee's members) read theirs so.
   */
  public static String upload(Long length, java.io.InputStream body) {
    if (length != null && length > MAX_BYTES) {
      throw new org.councilperformance.domain.PayloadTooLargeException(MAX_BYTES);
    }
    byte[] bytes;
    try {
      bytes = body.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new org.councilperformance.domain.PayloadTooLargeException(MAX_BYTES);
    }
    return decode(bytes);
  }

  /**
   * The upload's text: UTF-8 when the bytes are valid UTF-8 (a byte-order mark dropped), else
   * Windows-1252, what Excel on Windows saves as "CSV" in the UK.
   */
  static String decode(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, WINDOWS_1252);
    }
  }

  /**
   * Reads an upload's rows. The whole upload is refused (the field "body") when it cannot be read
   * as CSV, has no indicator-code heading, a heading the template does not have or too many rows; a
   * cell that cannot be read is that row's error.
   */
  static List<SheetRow> read(String text) {
    List<SheetRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
      Map<SheetColumn, Integer> columns = null;
      for (CSVRecord record : parser) {
        if (blank(record)) {
          continue;
        }
        if (columns == null) {
          columns = headings(record);
          continue;
        }
        if (rows.size() == MAX_ROWS) {
          throw new InvalidValueException(
              "body",
              "the sheet has more than "
                  + String.format("%,d", MAX_ROWS)
                  + " rows; split it and upload each part");
        }
        rows.add(row(record, columns));
      }
      if (columns == null) {
        throw new InvalidValueException(
            "body", "the sheet is empty: its first row must be the template's headings");
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new MalformedValueException(
          "body", "the sheet cannot be read as CSV: " + e.getMessage());
    }
    return rows;
  }

  private static Map<SheetColumn, Integer> headings(CSVRecord record) {
    Map<SheetColumn, Integer> columns = new EnumMap<>(SheetColumn.class);
    for (int i = 0; i < record.size(); i++) {
      String heading = record.get(i);
      if (heading.isBlank()) {
        continue;
      }
      SheetColumn column = SheetColumn.named(heading);
      if (column == null) {
        throw new InvalidValueException(
            "body",
            "the sheet has a column '"
                + heading
                + "' the template does not have; its columns are "
                + Arrays.stream(SheetColumn.values()).map(SheetColumn::heading).toList());
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

  private static SheetRow row(CSVRecord record, Map<SheetColumn, Integer> columns) {
    Cells cells = new Cells(record, columns);
    String code = cells.text(SheetColumn.INDICATOR_CODE);
    String period = cells.text(SheetColumn.PERIOD);
    return new SheetRow(
        cells.row,
        code == null ? null : Code.of(code.trim(), SheetColumn.INDICATOR_CODE.heading()),
        period == null ? null : cells.read(SheetColumn.PERIOD, t -> PeriodCode.parse(t, "Period")),
        cells.figure(SheetColumn.TARGET),
        cells.figure(SheetColumn.VALUE),
        cells.read(SheetColumn.MISSING_REASON, String::trim),
        cells.text(SheetColumn.COMMENTARY),
        cells.read(SheetColumn.REPORTED_STATUS, t -> RagStatus.printed(t, "Reported status")),
        cells.errors);
  }

  /** The cells of one row, read one at a time; each cell's problem is kept as a row error. */
  private static final class Cells {
    final int row;
    final List<RowError> errors = new ArrayList<>();
    private final CSVRecord record;
    private final Map<SheetColumn, Integer> columns;

    Cells(CSVRecord record, Map<SheetColumn, Integer> columns) {
      // Row 1 holds the headings; a spreadsheet shows a cell with line breaks in one row.
      this.row = (int) record.getRecordNumber();
      this.record = record;
      this.columns = columns;
      for (int i = 0; i < record.size(); i++) {
        if (!columns.containsValue(i) && !record.get(i).isBlank()) {
          errors.add(new RowError(row, null, "a cell beyond the template's columns is filled in"));
          break;
        }
      }
    }

    /** The cell's text as the council wrote it (neutralising undone), or null when blank. */
    String text(SheetColumn column) {
      Integer i = columns.get(column);
      if (i == null || i >= record.size() || record.get(i).isBlank()) {
        return null;
      }
      String text = unneutralise(record.get(i));
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

    <T> T read(SheetColumn column, java.util.function.Function<String, T> reading) {
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

  private static boolean blank(CSVRecord record) {
    for (String cell : record) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
