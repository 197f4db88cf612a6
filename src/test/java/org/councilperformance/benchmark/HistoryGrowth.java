package org.councilperformance.benchmark;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How reading an indicator's history grows with its changes: a new indicator's actual is changed
 * again and again (two writers), and after each step the first page is timed (median of five) and
 * every page is walked. Both should be flat and linear respectively (docs/benchmarks.md#history).
 */
public final class HistoryGrowth {
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

  private HistoryGrowth() {}

  public static void main(String[] args) throws InterruptedException {
    BenchApi api = BenchApi.fromSystemProperties();
    String period = System.getProperty("period", "2018-19-Q1");
    String unit = System.getProperty("businessUnit", "CUSTOMER");
    String priority = System.getProperty("priority", "VFM");
    int[] steps =
        Arrays.stream(System.getProperty("steps", "250,1000,4000,8000").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    String code = "HIST-" + System.currentTimeMillis() / 1000;
    api.require(
        api.send(
            "POST",
            "/api/indicators",
            "{\"code\": \"%s\", \"name\": \"%s\", \"unit\": \"COUNT\", \"polarity\":"
                    .formatted(code, code)
                + " \"HIGHER_IS_BETTER\", \"businessUnit\": \"%s\", \"priorities\": [\"%s\"]}"
                    .formatted(unit, priority)),
        "create the indicator");
    String history = "/api/indicators/" + code + "/history";
    AtomicInteger written = new AtomicInteger();
    for (int step : steps) {
      write(api, "/api/indicators/" + code + "/measurements/" + period, written, step);
      List<Long> firstPage = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        long start = System.nanoTime();
        api.require(api.get(history), "read the first page");
        firstPage.add((System.nanoTime() - start) / 1_000_000);
      }
      firstPage.sort(null);
      long start = System.nanoTime();
      int pages = 0;
      String next = history + "?limit=500";
      while (next != null) {
        HttpResponse<String> page = api.get(next);
        api.require(page, "read a page");
        pages++;
        next = page.headers().firstValue("Link").map(HistoryGrowth::nextPath).orElse(null);
      }
      System.out.printf(
          "changes %6d  first page %4d ms  every page %6.2f s (%d pages)%n",
          step, firstPage.get(2), (System.nanoTime() - start) / 1e9, pages);
    }
  }

  private static void write(BenchApi api, String path, AtomicInteger written, int upTo)
      throws InterruptedException {
    ExecutorService writers = Executors.newFixedThreadPool(2);
    for (int w = 0; w < 2; w++) {
      writers.submit(
          () -> {
            for (int i = written.incrementAndGet(); i <= upTo; i = written.incrementAndGet()) {
              api.require(api.send("PUT", path, "{\"value\": " + i + "}"), "write an actual");
            }
            written.decrementAndGet(); // the number past the step was not written
          });
    }
    writers.shutdown();
    writers.awaitTermination(1, TimeUnit.HOURS);
  }

  private static String nextPath(String link) {
    Matcher m = NEXT.matcher(link);
    return m.find() ? m.group(1).substring(m.group(1).indexOf("/api/")) : null;
  }
}
