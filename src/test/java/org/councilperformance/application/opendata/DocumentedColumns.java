package org.councilperformance.application.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The open-data files' columns as docs/open-data.md#columns documents them — the schema the served
 * files are checked against — and what each documented type allows.
 */
public final class DocumentedColumns {
  /** A column's documented name and type. */
  public record Column(String name, String type) {}

  private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| ([A-Z_]+) \\|.*");

  /** Each type's values, as the documentation's table of types says them; "" is always allowed. */
  public static final Map<String, Pattern> TYPES =
      Map.of(
          "PERIOD", Pattern.compile("\\d{4}-\\d{2}(-Q[1-4])?"),
          "DATE", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
          "CODE", Pattern.compile("[A-Za-z0-9_.()-]{1,40}"),
          "CODES", Pattern.compile("[A-Za-z0-9_.()-]{1,40}(;[A-Za-z0-9_.()-]{1,40})*"),
          "DECIMAL", Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d*[1-9])?"),
          "UNIT",
              Pattern.compile(
                  "PERCENT|COUNT|DAYS|MINUTES|CURRENCY_GBP|SCORE|KILOGRAMS|MILESTONE|RATE_PER_1000"),
          "POLARITY", Pattern.compile("HIGHER_IS_BETTER|LOWER_IS_BETTER|DATA_ONLY"),
          "TARGET_SOURCE", Pattern.compile("PERIOD|PROFILE"),
          "STATUS", Pattern.compile("GREEN_PLUS|GREEN|AMBER|RED|MISSING|DATA_ONLY"),
          "TEXT", Pattern.compile("(?s).*"));

  private DocumentedColumns() {}

  /** The rows of the table under "## Columns" in docs/open-data.md, in order. */
  public static List<Column> read() {
    Path doc = Path.of("docs", "open-data.md");
    List<String> lines;
    try {
      lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Column> columns = new ArrayList<>();
    boolean inSection = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        inSection = line.equals("## Columns");
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (inSection && row.matches()) {
        columns.add(new Column(row.group(1), row.group(2)));
      }
    }
    if (columns.isEmpty()) {
      throw new IllegalStateException("no column table under '## Columns' in " + doc);
    }
    return columns;
  }

  /** The values the table of types lists for an enumerated type, e.g. UNIT, in its order. */
  public static List<String> documentedValues(String type) {
    Pattern row = Pattern.compile("^\\| " + type + " \\| (.*) \\|$");
    try {
      for (String line :
          Files.readAllLines(Path.of("docs", "open-data.md"), StandardCharsets.UTF_8)) {
        Matcher m = row.matcher(line);
        if (m.matches()) {
          List<String> values = new ArrayList<>();
          Matcher value = Pattern.compile("`([A-Z_0-9]+)`").matcher(m.group(1));
          while (value.find()) {
            values.add(value.group(1));
          }
          return values;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("docs/open-data.md lists no values of " + type);
  }

  /** Whether a value is one its documented type allows. */
  public static boolean allows(String type, String value) {
    Pattern allowed = TYPES.get(type);
    if (allowed == null) {
      throw new IllegalStateException("docs/open-data.md documents no type " + type);
    }
    return value.isEmpty() || allowed.matcher(value).matches();
  }
}
