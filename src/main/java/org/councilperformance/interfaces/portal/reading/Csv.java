package org.councilperformance.interfaces.portal.reading;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.councilperformance.interfaces.portal.reading.ReadingRows.Row;
import org.councilperformance.interfaces.rest.imports.QuarterSheet;

/**
 * A reading page's table as a CSV download: the page's own rows, UTF-8 with a byte-order mark so
 * Excel reads it as UTF-8, text that a spreadsheet would run as a formula neutralised as the
 * quarter's sheet neutralises it (docs/api.md#imports), figures plain so they can be summed.
 */
final class Csv {
  static final String TYPE = "text/csv; charset=UTF-8";

  private Csv() {}

  /**
   * @param name the file's name without ".csv", e.g. "exceptions-2018-19-Q2"
   */
  static Response download(String name, List<String> headings, List<? extends Row> rows) {
    return Response.ok(write(headings, rows), TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
        .build();
  }

  /** The file: a heading row, then a line per row. */
  static byte[] write(List<String> headings, List<? extends Row> rows) {
    StringBuilder out = new StringBuilder().append('\uFEFF');
    try (CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader(headings.toArray(String[]::new)).get())) {
      for (Row row : rows) {
        printer.printRecord(row.cells().stream().map(Csv::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static Object cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number) {
      return value;
    }
    return QuarterSheet.neutralise(value.toString());
  }
}
