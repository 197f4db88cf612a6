package org.councilperformance.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
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
 * The floor for the report pack benchmark: the same number of rows as a generated council's pack
 * (one per indicator, one per action, built in memory like the compendium's maps), filled into one
 * plain table (src/test/resources/benchmark/BareFloor.jrxml, compiled here at run time) and
 * exported to a tagged PDF with the pack's embedded DejaVu font. No server, no database, no
 * subreports: what JasperReports alone costs for that much text.
 *
 * <p>For each size: a few warm-up runs, then the median, minimum and maximum of {@code runs}, and
 * the peak heap of one run (the sum of this JVM's heap pools' peaks, reset after a full GC).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.councilperformance.benchmark.BareJasperFloor \
 *   [-Dsizes=125,250,500,1000 -DactionsPerIndicator=0.6 -Druns=10 -Dwarmups=3]
 * </pre>
 */
public final class BareJasperFloor {
  private BareJasperFloor() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    int runs = Integer.getInteger("runs", 10);
    int warmups = Integer.getInteger("warmups", 3);
    double actionsPerIndicator =
        Double.parseDouble(System.getProperty("actionsPerIndicator", "0.6"));
    JasperReport report;
    try (InputStream in = BareJasperFloor.class.getResourceAsStream("/benchmark/BareFloor.jrxml")) {
      report = JasperCompileManager.compileReport(in);
    }
    for (String size : System.getProperty("sizes", "125,250,500,1000").split(",")) {
      int indicators = Integer.parseInt(size.trim());
      int actions = (int) Math.round(indicators * actionsPerIndicator);
      List<Map<String, ?>> rows = rows(indicators, actions);
      int pages = 0;
      for (int i = 0; i < warmups; i++) {
        pages = render(report, rows).pages();
      }
      List<Double> times = new ArrayList<>();
      List<Double> fills = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        Result r = render(report, rows);
        times.add(r.seconds());
        fills.add(r.fillSeconds());
      }
      System.gc();
      List<MemoryPoolMXBean> heap =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .toList();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      render(report, rows);
      long peak =
          heap.stream()
              .mapToLong(p -> Math.max(p.getPeakUsage().getUsed(), p.getUsage().getUsed()))
              .sum();
      Collections.sort(times);
      Collections.sort(fills);
      System.out.printf(
          "%d indicators + %d actions = %d rows, %d pages: fill+export median %.3f s (min %.3f,"
              + " max %.3f; fill alone median %.3f s), peak heap %s%n",
          indicators,
          actions,
          rows.size(),
          pages,
          PackTiming.median(times),
          times.get(0),
          times.get(times.size() - 1),
          PackTiming.median(fills),
          PackTiming.mb(peak));
    }
  }

  record Result(double seconds, double fillSeconds, int pages, int bytes) {}

  static Result render(JasperReport report, List<Map<String, ?>> rows) throws Exception {
    long start = System.nanoTime();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, Locale.UK);
    parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("Europe/London"));
    JasperPrint print =
        JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(rows));
    long filled = System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setTagged(true);
    configuration.setTagLanguage("en-GB");
    exporter.setConfiguration(configuration);
    exporter.exportReport();
    long done = System.nanoTime();
    return new Result(
        (done - start) / 1e9, (filled - start) / 1e9, print.getPages().size(), out.size());
  }

  /** Rows shaped like the generated council's (LargeCouncil): same names, figures, commentary. */
  static List<Map<String, ?>> rows(int indicators, int actions) {
    String[] units = {"%", "number", "days", "£", "score"};
    String[] statuses = {"● Green", "◆ Amber", "▲ Red"};
    List<Map<String, ?>> rows = new ArrayList<>();
    for (int n = 1; n <= indicators; n++) {
      Random random = new Random(n);
      BigDecimal target = BigDecimal.valueOf(40 + n % 60);
      Map<String, Object> row = new HashMap<>();
      row.put("code", LargeCouncil.indicatorCode(n));
      row.put(
          "name",
          "Indicator "
              + n
              + ": percentage of service requests resolved within the published standard");
      row.put("unit", units[n % units.length]);
      row.put("target", target);
      row.put(
          "actual",
          target
              .multiply(BigDecimal.valueOf(0.9 + random.nextDouble() * 0.2))
              .setScale(1, RoundingMode.HALF_UP));
      row.put(
          "previousActual",
          target
              .multiply(BigDecimal.valueOf(0.9 + random.nextDouble() * 0.2))
              .setScale(1, RoundingMode.HALF_UP));
      row.put("status", statuses[n % statuses.length]);
      row.put("commentary", LargeCouncil.commentary("Indicator " + n, "2018-19-Q2", random));
      rows.add(row);
    }
    for (int n = 1; n <= actions; n++) {
      Random random = new Random(10_000 + n);
      Map<String, Object> row = new HashMap<>();
      row.put("code", LargeCouncil.actionCode(n));
      row.put("name", "Action " + n + ": deliver the service improvement programme");
      row.put("unit", "%");
      row.put("target", BigDecimal.valueOf(75));
      row.put("actual", BigDecimal.valueOf(75 - random.nextInt(12)));
      row.put("previousActual", null);
      row.put("status", statuses[n % statuses.length]);
      row.put("commentary", LargeCouncil.commentary("Action " + n, "2018-19-Q2", random));
      rows.add(row);
    }
    return rows;
  }
}
