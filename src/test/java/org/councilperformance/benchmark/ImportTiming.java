package org.councilperformance.benchmark;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Times the preview and apply of a 5,000-row quarter's sheet (docs/benchmarks.md#imports): a new
 * business unit with {@code -Drows} indicators and a new quarter, then a sheet giving each a figure
 * and commentary is previewed, applied (every row created), its template downloaded and applied
 * back (every row unchanged). Not a test: run against a started server.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.councilperformance.benchmark.ImportTiming \
 *   -DbaseUrl=http://localhost:9080 -Duser=admin -Dpassword=demo-admin-pw -Drows=5000 [-Dunit=IMP-…]
 * </pre>
 */
public final class ImportTiming {
  private ImportTiming() {}

  public static void main(String[] args) {
    BenchApi api = BenchApi.fromSystemProperties();
    int rows = Integer.getInteger("rows", 5_000);
    String run = UUID.randomUUID().toString().substring(0, 6);
    // -Dunit=… reuses an earlier run's unit and indicators, which take minutes to create.
    String reused = System.getProperty("unit");
    String unit = reused == null ? "IMP-" + run : reused;
    String directorate = "IMPD-" + run;
    if (reused == null) {
      api.create(
          "/api/directorates",
          "{\"code\": %s, \"name\": \"Import benchmark\"}".formatted(BenchApi.quote(directorate)));
      api.create(
          "/api/business-units",
          "{\"code\": %s, \"name\": \"Import benchmark\", \"directorate\": %s}"
              .formatted(BenchApi.quote(unit), BenchApi.quote(directorate)));
    }
    String quarter = freeQuarter(api);
    StringBuilder sheet =
        new StringBuilder("Indicator code,Period,Target,Value,Missing reason,Commentary\r\n");
    for (int i = 0; i < rows; i++) {
      String code = unit + "-" + i;
      if (reused == null) {
        api.create(
            "/api/indicators",
            ("{\"code\": %s, \"name\": \"Import benchmark %d\", \"unit\": \"COUNT\","
                    + " \"polarity\": \"HIGHER_IS_BETTER\", \"businessUnit\": %s}")
                .formatted(BenchApi.quote(code), i, BenchApi.quote(unit)));
      }
      sheet.append(
          "%s,%s,%d,%d,,\"Rows loaded from the council's old system, row %d.\"\r\n"
              .formatted(code, quarter, 100 + i % 7, 90 + i % 13, i));
    }
    byte[] csv = sheet.toString().getBytes(StandardCharsets.UTF_8);
    System.out.printf("%d rows, %d KiB, quarter %s%n", rows, csv.length / 1024, quarter);
    time(api, "preview (all created)", "/api/imports/preview?period=" + quarter, csv);
    time(api, "apply (all created)", "/api/imports/apply?period=" + quarter, csv);
    long start = System.nanoTime();
    HttpResponse<byte[]> template =
        api.getBytes("/api/imports/template?period=" + quarter + "&businessUnit=" + unit);
    System.out.printf(
        "template: %d, %d KiB, %.2f s%n",
        template.statusCode(), template.body().length / 1024, (System.nanoTime() - start) / 1e9);
    time(
        api,
        "preview (template, unchanged)",
        "/api/imports/preview?period=" + quarter,
        template.body());
    time(
        api,
        "apply (template, unchanged)",
        "/api/imports/apply?period=" + quarter,
        template.body());
  }

  private static void time(BenchApi api, String what, String path, byte[] csv) {
    long start = System.nanoTime();
    HttpResponse<String> answer = api.postCsv(path, csv);
    double seconds = (System.nanoTime() - start) / 1e9;
    api.require(answer, what);
    String body = answer.body();
    System.out.printf(
        "%s: %d, %.2f s, %s%n",
        what, answer.statusCode(), seconds, body.substring(0, Math.min(110, body.length())));
  }

  private static String freeQuarter(BenchApi api) {
    for (int start = 2300; start < 2999; start++) {
      String quarter = String.format("%d-%02d-Q1", start, (start + 1) % 100);
      if (api.create("/api/periods", "{\"code\": %s}".formatted(BenchApi.quote(quarter)))) {
        return quarter;
      }
    }
    throw new IllegalStateException("no free quarter");
  }
}
