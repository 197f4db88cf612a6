package org.councilperformance.interfaces.opendata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.councilperformance.application.opendata.IndicatorRow;
import org.councilperformance.application.opendata.OpenDataColumn;
import org.councilperformance.application.opendata.PublishedQuarter;
import org.councilperformance.domain.summary.ActionSummary;
import org.councilperformance.domain.summary.StatusSummary;

/**
 * The open-data files (docs/open-data.md#columns): CSV written by Apache Commons CSV (RFC 4180,
 * CRLF, quoted only where needed), starting with a UTF-8 byte-order mark so that Excel reads it as
 * UTF-8; JSON with the same columns as keys, the period's summary and the licence.
 */
final class OpenDataFiles {
  /** The UTF-8 byte-order mark: Excel reads a CSV without one in the computer's own code page. */
  static final String BOM = "\uFEFF";

  private static final CSVFormat CSV =
      CSVFormat.RFC4180.builder().setHeader(OpenDataColumn.headers().toArray(String[]::new)).get();

  private OpenDataFiles() {}

  static String csv(List<IndicatorRow> rows) {
    StringWriter out = new StringWriter();
    out.write(BOM);
    try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
      for (IndicatorRow row : rows) {
        printer.printRecord(row.inColumnOrder());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String json(PublishedQuarter quarter, String council, Licence licence) {
    JsonArrayBuilder columns = Json.createArrayBuilder();
    for (OpenDataColumn c : OpenDataColumn.values()) {
      columns.add(Json.createObjectBuilder().add("name", c.header()).add("type", c.type().name()));
    }
    JsonArrayBuilder indicators = Json.createArrayBuilder();
    for (IndicatorRow row : quarter.rows()) {
      JsonObjectBuilder item = Json.createObjectBuilder();
      for (OpenDataColumn c : OpenDataColumn.values()) {
        String value = row.get(c);
        if (value.isEmpty()) {
          item.addNull(c.header());
        } else if (c.type() == OpenDataColumn.Type.DECIMAL) {
          item.add(c.header(), new BigDecimal(value));
        } else {
          item.add(c.header(), value);
        }
      }
      indicators.add(item);
    }
    StatusSummary s = quarter.summary();
    ActionSummary a = quarter.actions();
    JsonObjectBuilder document =
        Json.createObjectBuilder()
            .add("council", council)
            .add(
                "period",
                Json.createObjectBuilder()
                    .add("code", quarter.period().code())
                    .add("label", quarter.period().label())
                    .add("start", quarter.period().startDate().toString())
                    .add("end", quarter.period().endDate().toString())
                    .add("published", quarter.publishedAt().toString()))
            .add(
                "licence",
                Json.createObjectBuilder().add("name", licence.name()).add("url", licence.url()))
            .add(
                "summary",
                Json.createObjectBuilder()
                    .add("total", s.total())
                    .add("greenPlus", s.greenPlus())
                    .add("green", s.green())
                    .add("amber", s.amber())
                    .add("red", s.red())
                    .add("missing", s.missing())
                    .add("dataOnly", s.dataOnly())
                    .add("onTrack", s.onTrack())
                    .add("judged", s.judged())
                    .add("text", s.text()))
            .add(
                "actions",
                Json.createObjectBuilder()
                    .add("total", a.total())
                    .add("green", a.green())
                    .add("amber", a.amber())
                    .add("red", a.red())
                    .add("cancelled", a.cancelled())
                    .add("notAssessed", a.notAssessed())
                    .add("text", a.text()))
            .add("columns", columns)
            .add("indicators", indicators);
    StringWriter out = new StringWriter();
    try (JsonWriter writer = Json.createWriter(out)) {
      writer.writeObject(document.build());
    }
    return out.toString();
  }
}
