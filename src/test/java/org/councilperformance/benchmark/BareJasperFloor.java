package org.councilperformance.benchmark;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * The floor for the report pack benchmark: the rows a pack prints, filled into one plain table each
 * and exported to one tagged PDF with the pack's embedded DejaVu font. No database, no subreports,
 * no groups, no style library: what JasperReports alone costs for that much text.
 *
 * <p>The rows are read from the running server before any timing ({@code /api/indicators}, {@code
 * /api/actions}, {@code /api/exceptions}, {@code /api/trends} for the same period and scope), so
 * the floor prints what the pack's three large sections print: the dashboards (every indicator and
 * action), the exception report (every red and amber item, its plans in the last column) and the
 * compendium (every indicator with its previous figure, last year's, its rule and commentary).
 *
 * <p>A few warm-up runs, then the median, minimum and maximum of {@code runs}, and the peak heap of
 * one run (the sum of this JVM's heap pools' peaks, reset after a full GC).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.councilperformance.benchmark.BareJasperFloor \
 *   -DbaseUrl=http://localhost:9085 -Dtoken=cpt_… \
 *   [-Dscope='period=2018-19-Q2&amp;priority=LC-P1' -Druns=10 -Dwarmups=3 -Dkeep=floor.pdf]
 * </pre>
 */
public final class BareJasperFloor {
  private BareJasperFloor() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    int runs = Integer.getInteger("runs", 10);
    int warmups = Integer.getInteger("warmups", 3);
    String scope = System.getProperty("scope", "period=2018-19-Q2");
    List<List<Map<String, ?>>> tables = tablesOf(BenchApi.fromSystemProperties(), scope);
    JasperReport report;
    try (InputStream in = BareJasperFloor.class.getResourceAsStream("/benchmark/BareFloor.jrxml")) {
      report = JasperCompileManager.compileReport(in);
    }
    int pages = 0;
    for (int i = 0; i < warmups; i++) {
      pages = render(report, tables).pages();
    }
    List<Double> times = new ArrayList<>();
    List<Double> fills = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Result r = render(report, tables);
      times.add(r.seconds());
      fills.add(r.fillSeconds());
    }
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    Result last = render(report, tables);
    long peak =
        heap.stream()
            .mapToLong(p -> Math.max(p.getPeakUsage().getUsed(), p.getUsage().getUsed()))
            .sum();
    Collections.sort(times);
    Collections.sort(fills);
    System.out.printf(
        "%s: %s rows (dashboards, exceptions, compendium), %d pages: fill+export median %.3f s"
            + " (min %.3f, max %.3f; fill alone median %.3f s), peak heap %s%n",
        scope,
        tables.stream().map(t -> Integer.toString(t.size())).collect(Collectors.joining(" + ")),
        pages,
        PackTiming.median(times),
        times.get(0),
        times.get(times.size() - 1),
        PackTiming.median(fills),
        PackTiming.mb(peak));
    String keep = System.getProperty("keep");
    if (keep != null) {
      Files.write(Path.of(keep), last.pdf());
    }
  }

  record Result(double seconds, double fillSeconds, int pages, byte[] pdf) {}

  static Result render(JasperReport report, List<List<Map<String, ?>>> tables) throws Exception {
    long start = System.nanoTime();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
    parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("Europe/London"));
    List<JasperPrint> prints = new ArrayList<>();
    for (List<Map<String, ?>> table : tables) {
      prints.add(
          JasperFillManager.fillReport(
              report, new HashMap<>(parameters), new JRMapCollectionDataSource(table)));
    }
    long filled = System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setTagged(true);
    configuration.setTagLanguage("en-GB");
    exporter.setConfiguration(configuration);
    exporter.exportReport();
    long done = System.nanoTime();
    int pages = prints.stream().mapToInt(p -> p.getPages().size()).sum();
    return new Result((done - start) / 1e9, (filled - start) / 1e9, pages, out.toByteArray());
  }

  /** The dashboards', the exception report's and the compendium's rows, as the server has them. */
  static List<List<Map<String, ?>>> tablesOf(BenchApi api, String scope) {
    JsonArray indicators = list(api, "/api/indicators?" + scope);
    JsonArray actions = list(api, "/api/actions?" + scope);
    JsonArray exceptions = list(api, "/api/exceptions?" + scope);
    Map<String, JsonObject> trends = new HashMap<>();
    for (JsonValue trend : list(api, "/api/trends?" + scope)) {
      trends.put(trend.asJsonObject().getString("code"), trend.asJsonObject());
    }

    List<Map<String, ?>> dashboards = new ArrayList<>();
    List<Map<String, ?>> compendium = new ArrayList<>();
    for (JsonValue value : indicators) {
      JsonObject indicator = value.asJsonObject();
      JsonObject trend =
          trends.getOrDefault(indicator.getString("code"), JsonValue.EMPTY_JSON_OBJECT);
      dashboards.add(
          row(
              indicator.getString("code"),
              indicator.getString("name"),
              indicator.getString("unit"),
              number(indicator, "target"),
              number(indicator, "actual"),
              text(indicator, "status") + " " + text(trend, "sincePrevious"),
              number(trend, "previousActual"),
              text(indicator, "commentary")));
      compendium.add(
          row(
              indicator.getString("code"),
              indicator.getString("name"),
              indicator.getString("unit"),
              number(indicator, "target"),
              number(indicator, "actual"),
              text(indicator, "status"),
              number(trend, "previousActual"),
              "Last year "
                  + number(trend, "lastYearActual")
                  + " "
                  + text(trend, "sinceLastYear")
                  + ". Rule: "
                  + text(indicator, "statusRule")
                  + ". Commentary: "
                  + text(indicator, "commentary")));
    }
    for (JsonValue value : actions) {
      JsonObject action = value.asJsonObject();
      dashboards.add(
          row(
              action.getString("code"),
              action.getString("title"),
              "%",
              null,
              number(action, "progress"),
              text(action, "rag"),
              null,
              text(action, "commentary")));
    }
    List<Map<String, ?>> offTrack = new ArrayList<>();
    for (JsonValue value : exceptions) {
      JsonObject item = value.asJsonObject();
      String plans =
          item.getJsonArray("plans").stream()
              .map(p -> text(p.asJsonObject(), "code") + ": " + text(p.asJsonObject(), "title"))
              .collect(Collectors.joining("; "));
      offTrack.add(
          row(
              item.getString("code"),
              item.getString("name"),
              item.getString("kind"),
              null,
              null,
              text(item, "status"),
              null,
              text(item, "commentary") + (plans.isEmpty() ? "" : " Plans: " + plans)));
    }
    return List.of(dashboards, offTrack, compendium);
  }

  private static Map<String, ?> row(
      String code,
      String name,
      String unit,
      BigDecimal target,
      BigDecimal actual,
      String status,
      BigDecimal previousActual,
      String commentary) {
    Map<String, Object> row = new HashMap<>();
    row.put("code", code);
    row.put("name", name);
    row.put("unit", unit);
    row.put("target", target);
    row.put("actual", actual);
    row.put("status", status);
    row.put("previousActual", previousActual);
    row.put("commentary", commentary);
    return row;
  }

  private static JsonArray list(BenchApi api, String path) {
    return api.getJson(path).asJsonArray();
  }

  private static BigDecimal number(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value instanceof JsonNumber n ? n.bigDecimalValue() : null;
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    return value.getValueType() == JsonValue.ValueType.STRING
        ? object.getString(name)
        : value.toString();
  }
}
