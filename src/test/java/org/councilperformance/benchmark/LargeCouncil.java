package org.councilperformance.benchmark;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Seeds a generated council through the REST API, for the report pack benchmark
 * (docs/benchmarks.md, "Quarterly report pack"): directorates each with one business unit, two
 * themes each with two priorities, the years 2017-18 and 2018-19 and their eight quarters,
 * indicators with a target and a measurement with commentary for every quarter and year, actions
 * with an update for every quarter, and intervention plans for some of the red items. Every figure
 * is derived from the item's number, so two runs seed the same council; what exists is skipped.
 *
 * <p>Indicators and actions are spread evenly over the four priorities LC-P1…LC-P4 (LC-T1 holds P1
 * and P2): a pack scoped to LC-P1 has a quarter of the council, to LC-T1 half of it.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.councilperformance.benchmark.LargeCouncil \
 *   -DbaseUrl=http://localhost:9085 -Duser=bench -Dpassword=… \
 *   [-Dindicators=500 -Dactions=300 -Ddirectorates=20 -Dthreads=4] [-Dsheets=true]
 * </pre>
 *
 * <p>With {@code -Dsheets=true} the figures and updates load as one sheet per period
 * (docs/api.md#imports) instead of a request each: the same council, seeded in minutes rather than
 * an hour at county size (5,000 indicators).
 */
public final class LargeCouncil {
  static final List<String> YEARS = List.of("2017-18", "2018-19");
  static final String PLAN_NAME = "Benchmark council plan 2017-2019";
  private static final String[] UNITS = {"PERCENT", "COUNT", "DAYS", "CURRENCY_GBP", "SCORE"};

  private final BenchApi api;
  private final int indicators;
  private final int actions;
  private final int directorates;
  private final boolean sheets;
  private final AtomicInteger requests = new AtomicInteger();

  LargeCouncil(BenchApi api, int indicators, int actions, int directorates, boolean sheets) {
    this.api = api;
    this.indicators = indicators;
    this.actions = actions;
    this.directorates = directorates;
    this.sheets = sheets;
  }

  public static void main(String[] args) throws Exception {
    BenchApi api = BenchApi.fromSystemProperties();
    LargeCouncil council =
        new LargeCouncil(
            api,
            Integer.getInteger("indicators", 500),
            Integer.getInteger("actions", 300),
            Integer.getInteger("directorates", 20),
            Boolean.getBoolean("sheets"));
    long start = System.nanoTime();
    council.seed(Integer.getInteger("threads", 4));
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "seeded %d indicators, %d actions, %d directorates at %s: %d requests in %.1f s%n",
        council.indicators,
        council.actions,
        council.directorates,
        api.baseUrl(),
        council.requests.get(),
        seconds);
  }

  static List<String> quarters() {
    List<String> quarters = new ArrayList<>();
    for (String year : YEARS) {
      for (int q = 1; q <= 4; q++) {
        quarters.add(year + "-Q" + q);
      }
    }
    return quarters;
  }

  void seed(int threads) throws Exception {
    long planId = plan();
    for (String year : YEARS) {
      create("/api/periods", "{\"code\": \"%s\"}".formatted(year));
    }
    for (String quarter : quarters()) {
      create("/api/periods", "{\"code\": \"%s\"}".formatted(quarter));
    }
    for (int t = 1; t <= 2; t++) {
      create(
          "/api/priorities",
          "{\"code\": \"LC-T%d\", \"planId\": %d, \"name\": \"Theme %d\", \"type\": \"THEME\"}"
              .formatted(t, planId, t));
    }
    for (int p = 1; p <= 4; p++) {
      create(
          "/api/priorities",
          ("{\"code\": \"LC-P%d\", \"planId\": %d, \"name\": \"Priority %d\", \"type\":"
                  + " \"PRIORITY\", \"parent\": \"LC-T%d\"}")
              .formatted(p, planId, p, (p + 1) / 2));
    }
    for (int d = 1; d <= directorates; d++) {
      create(
          "/api/directorates",
          "{\"code\": \"LC-D%02d\", \"name\": \"Directorate %d\", \"head\": \"Director %d\"}"
              .formatted(d, d, d));
      create(
          "/api/business-units",
          ("{\"code\": \"LC-BU%02d\", \"name\": \"Service unit %d\", \"head\": \"Head of service"
                  + " %d\", \"directorate\": \"LC-D%02d\"}")
              .formatted(d, d, d, d));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int i = 1; i <= indicators; i++) {
        int n = i;
        work.add(pool.submit(() -> indicator(n)));
      }
      for (int a = 1; a <= actions; a++) {
        int n = a;
        work.add(pool.submit(() -> action(n)));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    if (sheets) {
      loadSheets();
    }
    interventionPlans();
  }

  private long plan() {
    requests.incrementAndGet();
    for (JsonValue plan : api.getJson("/api/plans").asJsonArray()) {
      if (plan.asJsonObject().getString("name").equals(PLAN_NAME)) {
        return plan.asJsonObject().getJsonNumber("id").longValue();
      }
    }
    HttpResponse<String> created =
        api.send(
            "POST",
            "/api/plans",
            "{\"name\": \"%s\", \"startYear\": 2017, \"endYear\": 2019}".formatted(PLAN_NAME));
    requests.incrementAndGet();
    api.require(created, "create plan");
    return BenchApi.parse(created.body()).asJsonObject().getJsonNumber("id").longValue();
  }

  static String indicatorCode(int n) {
    return "LC-PI-%04d".formatted(n);
  }

  static String actionCode(int n) {
    return "LC-A-%04d".formatted(n);
  }

  /** Every 25th indicator is well off target from 2018-19 Q2; every 50th has a plan. */
  static boolean offTrack(int n) {
    return n % 25 == 0;
  }

  private void indicator(int n) {
    String code = indicatorCode(n);
    boolean lowerIsBetter = n % 3 == 0;
    boolean dataOnly = n % 40 == 0;
    String unit = UNITS[n % UNITS.length];
    boolean created =
        create(
            "/api/indicators",
            ("{\"code\": \"%s\", \"name\": %s, \"definition\": \"Generated for the report pack"
                    + " benchmark.\", \"unit\": \"%s\", \"polarity\": \"%s\", \"frequency\":"
                    + " \"QUARTERLY\", \"aggregation\": \"SNAPSHOT\", \"tolerance\": {\"type\":"
                    + " \"RELATIVE_PERCENT\", \"amount\": 5}, \"owner\": \"Officer %d\","
                    + " \"businessUnit\": \"LC-BU%02d\", \"priorities\": [\"LC-P%d\"]}")
                .formatted(
                    code,
                    BenchApi.quote(
                        "Indicator "
                            + n
                            + ": percentage of service requests resolved within the published"
                            + " standard"),
                    unit,
                    dataOnly ? "DATA_ONLY" : lowerIsBetter ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER",
                    n % 97,
                    (n - 1) % directorates + 1,
                    (n - 1) % 4 + 1));
    if (sheets || !created && countOf("/api/indicators/" + code + "/measurements") >= 10) {
      return;
    }
    for (Figure figure : figures(n)) {
      put(
          "/api/indicators/" + code + "/targets/" + figure.period(),
          "{\"value\": " + figure.target() + "}");
      put(
          "/api/indicators/" + code + "/measurements/" + figure.period(),
          "{\"value\": %s, \"commentary\": %s}"
              .formatted(figure.actual(), BenchApi.quote(figure.commentary())));
    }
  }

  /** An indicator's target, actual and commentary for one period. */
  record Figure(String period, BigDecimal target, BigDecimal actual, String commentary) {}

  /** Indicator n's figures for every quarter, then both years: the same on every run. */
  static List<Figure> figures(int n) {
    boolean lowerIsBetter = n % 3 == 0;
    Random random = new Random(n);
    BigDecimal base = BigDecimal.valueOf(40 + n % 60);
    List<String> periods = new ArrayList<>(quarters());
    periods.addAll(YEARS);
    List<Figure> figures = new ArrayList<>();
    for (String period : periods) {
      double factor = 0.9 + random.nextDouble() * 0.2;
      boolean late = period.compareTo("2018-19-Q2") >= 0 && !period.endsWith("-19");
      if (offTrack(n) && late) {
        factor = lowerIsBetter ? 1.4 : 0.6;
      }
      BigDecimal actual =
          base.multiply(BigDecimal.valueOf(factor)).setScale(1, RoundingMode.HALF_UP);
      figures.add(new Figure(period, base, actual, commentary("Indicator " + n, period, random)));
    }
    return figures;
  }

  private void action(int n) {
    String code = actionCode(n);
    boolean created =
        create(
            "/api/actions",
            ("{\"code\": \"%s\", \"title\": %s, \"priority\": \"LC-P%d\", \"businessUnit\":"
                    + " \"LC-BU%02d\", \"owner\": \"Officer %d\", \"startDate\": \"2017-04-01\","
                    + " \"dueDate\": \"2019-03-31\"}")
                .formatted(
                    code,
                    BenchApi.quote("Action " + n + ": deliver the service improvement programme"),
                    (n - 1) % 4 + 1,
                    (n - 1) % directorates + 1,
                    n % 97));
    if (sheets || !created && countOf("/api/actions/" + code + "/updates") >= 8) {
      return;
    }
    for (Update update : updates(n)) {
      put(
          "/api/actions/" + code + "/updates/" + update.quarter(),
          "{\"progress\": %d, \"commentary\": %s}"
              .formatted(update.progress(), BenchApi.quote(update.commentary())));
    }
  }

  /** An action's progress and commentary for one quarter. */
  record Update(String quarter, int progress, String commentary) {}

  /**
   * Action n's update for every quarter: on the straight line from April 2017 to March 2019, some
   * behind (every 20th far behind).
   */
  static List<Update> updates(int n) {
    Random random = new Random(10_000 + n);
    List<String> quarters = quarters();
    List<Update> updates = new ArrayList<>();
    for (int q = 0; q < quarters.size(); q++) {
      int expected = (q + 1) * 100 / quarters.size();
      int progress = Math.max(0, expected - random.nextInt(n % 20 == 0 ? 40 : 12));
      updates.add(
          new Update(
              quarters.get(q), progress, commentary("Action " + n, quarters.get(q), random)));
    }
    return updates;
  }

  /**
   * Every period's figures as one indicators sheet, every quarter's updates as one actions sheet.
   */
  private void loadSheets() throws IOException {
    List<String> periods = new ArrayList<>(quarters());
    periods.addAll(YEARS);
    List<List<Figure>> figures = new ArrayList<>();
    for (int n = 1; n <= indicators; n++) {
      figures.add(figures(n));
    }
    for (int p = 0; p < periods.size(); p++) {
      StringBuilder csv = new StringBuilder();
      try (CSVPrinter sheet = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
        sheet.printRecord("Indicator code", "Target", "Value", "Commentary");
        for (int n = 1; n <= indicators; n++) {
          Figure figure = figures.get(n - 1).get(p);
          sheet.printRecord(
              indicatorCode(n), figure.target(), figure.actual(), figure.commentary());
        }
      }
      applySheet(periods.get(p), csv);
    }
    List<List<Update>> updates = new ArrayList<>();
    for (int n = 1; n <= actions; n++) {
      updates.add(updates(n));
    }
    List<String> quarters = quarters();
    for (int q = 0; q < quarters.size(); q++) {
      StringBuilder csv = new StringBuilder();
      try (CSVPrinter sheet = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
        sheet.printRecord("Action code", "Progress", "Commentary");
        for (int n = 1; n <= actions; n++) {
          Update update = updates.get(n - 1).get(q);
          sheet.printRecord(actionCode(n), update.progress(), update.commentary());
        }
      }
      applySheet(quarters.get(q), csv);
    }
  }

  private void applySheet(String period, CharSequence csv) {
    requests.incrementAndGet();
    api.require(
        api.postCsv(
            "/api/imports/apply?period=" + period, csv.toString().getBytes(StandardCharsets.UTF_8)),
        "apply the sheet of " + period);
  }

  private void interventionPlans() {
    for (int n = 50; n <= indicators; n += 50) {
      String indicator = indicatorCode(n);
      String action = actionCode(Math.min(n, actions));
      create(
          "/api/intervention-plans",
          ("{\"code\": \"LC-IP-%04d\", \"title\": \"Recovery plan for indicator %d\", \"reason\":"
                  + " \"Red for two quarters running\", \"indicators\": [\"%s\"], \"actions\":"
                  + " [\"%s\"], \"steps\": [{\"description\": \"Review the backlog weekly\","
                  + " \"owner\": \"Head of service\", \"dueDate\": \"2018-12-31\"},"
                  + " {\"description\": \"Report progress to the portfolio holder\", \"owner\":"
                  + " \"Director\", \"dueDate\": \"2019-03-31\"}], \"expectedRecovery\":"
                  + " \"2018-19-Q4\", \"forecast\": \"Back on target by the year end\","
                  + " \"focusedMonitoring\": true}")
              .formatted(n, n, indicator, action));
    }
  }

  private static String commentary(String item, String period, Random random) {
    String[] notes = {
      "Performance held steady against the profile despite staff vacancies in the team.",
      "Demand rose over the quarter; the service reallocated officers to clear the backlog.",
      "The new online form went live and has reduced the time taken to process requests.",
      "Figures are provisional until the annual return is validated by the service manager.",
    };
    return item
        + ", "
        + period
        + ": "
        + notes[random.nextInt(notes.length)]
        + " "
        + notes[random.nextInt(notes.length)];
  }

  private boolean create(String path, String json) {
    requests.incrementAndGet();
    return api.create(path, json);
  }

  private void put(String path, String json) {
    requests.incrementAndGet();
    api.require(api.send("PUT", path, json), "PUT " + path);
  }

  private int countOf(String listPath) {
    requests.incrementAndGet();
    return api.getJson(listPath).asJsonArray().size();
  }
}
