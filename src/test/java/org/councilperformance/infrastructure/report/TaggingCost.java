package org.councilperformance.infrastructure.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.councilperformance.application.report.GeneratedPack;
import org.councilperformance.application.report.Pack;
import org.councilperformance.domain.report.ReportFormat;

/**
 * What PDF/UA costs in time and size (docs/benchmarks.md#what-pdfua-tagging-costs): a generated
 * pack rendered in this JVM, without a server or database, as JasperReports exports it untagged,
 * tagged, and tagged then finished by {@link PdfUaFinish} (what the API serves). Each figure is the
 * median of {@code runs} renders after {@code warmups}.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.councilperformance.infrastructure.report.TaggingCost \
 *   -Dindicators=500 -Dactions=300 -Dwarmups=5 -Druns=9
 * </pre>
 */
public final class TaggingCost {
  private TaggingCost() {}

  public static void main(String[] args) throws Exception {
    int indicators = Integer.getInteger("indicators", 500);
    int actions = Integer.getInteger("actions", 300);
    int warmups = Integer.getInteger("warmups", 5);
    int runs = Integer.getInteger("runs", 9);
    Pack pack = new GeneratedPack().of(indicators, actions);
    JasperPackRenderer renderer = new JasperPackRenderer();
    System.out.printf("generated pack: %d indicators, %d actions%n", indicators, actions);
    measure("untagged", () -> renderer.exportedPdf(pack, false), warmups, runs);
    measure("tagged", () -> renderer.exportedPdf(pack, true), warmups, runs);
    measure(
        "tagged + finished (served)", () -> renderer.render(pack, ReportFormat.PDF), warmups, runs);
  }

  private static void measure(String what, Callable<byte[]> render, int warmups, int runs)
      throws Exception {
    byte[] pdf = null;
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < warmups + runs; i++) {
      long start = System.nanoTime();
      pdf = render.call();
      if (i >= warmups) {
        seconds.add((System.nanoTime() - start) / 1e9);
      }
    }
    Collections.sort(seconds);
    System.out.printf(
        "  %-28s median %.3f s (min %.3f, max %.3f) over %d, %,d bytes%n",
        what,
        seconds.get(seconds.size() / 2),
        seconds.get(0),
        seconds.get(seconds.size() - 1),
        runs,
        pdf.length);
  }
}
