package org.councilperformance.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the portal's pages as a signed-in person gets them (docs/benchmarks.md, "Portal pages"):
 * each page asked for {@code warmups} times, then {@code runs} times one after another, with the
 * time from request to the last byte on the same machine, so it is the server's rendering plus the
 * loopback. Also weighs the first visit: the page and the style sheet and scripts it loads,
 * compressed as a browser receives them. With {@code -DdbPort} it also counts the SELECTs one
 * request of each page sends, from the bench MariaDB's global counters (the fewest of three
 * requests, since the server's outbox worker polls on its own).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.councilperformance.benchmark.PortalTiming \
 *   -DbaseUrl=http://localhost:9085 -Duser=… -Dpassword=… \
 *   -Dpages='/portal/,/portal/quarters/2018-19-Q2/indicators/LC-PI-0001' [-Dwarmups=20 -Druns=100]
 *   [-DdbPort=33081]
 * </pre>
 */
public final class PortalTiming {
  private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"([^\"]+/assets/[^\"]+)\"");

  private PortalTiming() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = System.getProperty("baseUrl", "http://localhost:9085").replaceAll("/$", "");
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .build();
    HttpResponse<String> session =
        client.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \"%s\", \"password\": \"%s\"}"
                            .formatted(System.getProperty("user"), System.getProperty("password"))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (session.statusCode() != 200) {
      throw new IllegalStateException("sign-in failed: " + session.body());
    }
    int warmups = Integer.getInteger("warmups", 20);
    int runs = Integer.getInteger("runs", 100);
    for (String page : System.getProperty("pages", "/portal/").split(",")) {
      URI uri = URI.create(baseUrl + page);
      for (int i = 0; i < warmups; i++) {
        get(client, uri);
      }
      double[] millis = new double[runs];
      int size = 0;
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = get(client, uri);
        millis[i] = (System.nanoTime() - start) / 1e6;
        size = response.body().length;
      }
      Arrays.sort(millis);
      Integer dbPort = Integer.getInteger("dbPort");
      System.out.printf(
          "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d; page %,d bytes; first visit %,d bytes"
              + " compressed%s%n",
          page,
          millis[runs / 2],
          millis[(int) Math.ceil(runs * 0.95) - 1],
          millis[runs - 1],
          runs,
          size,
          firstVisit(client, baseUrl, uri),
          dbPort == null ? "" : "; " + selects(client, uri, dbPort) + " SELECT");
    }
  }

  /** The SELECTs one request of the page sends: the fewest of three. */
  private static long selects(HttpClient client, URI page, int dbPort) throws Exception {
    String url = "jdbc:mariadb://127.0.0.1:" + dbPort + "/council_performance?user=root";
    try (Connection db = DriverManager.getConnection(url)) {
      long fewest = Long.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        long before = PackTiming.counters(db)[0];
        get(client, page);
        fewest = Math.min(fewest, PackTiming.counters(db)[0] - before);
      }
      return fewest;
    }
  }

  private static HttpResponse<byte[]> get(HttpClient client, URI uri) throws Exception {
    HttpResponse<byte[]> response =
        client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + response.statusCode());
    }
    return response;
  }

  /**
   * What a browser's first visit transfers: the page and its assets, gzip-compressed if served so.
   */
  private static long firstVisit(HttpClient client, String baseUrl, URI page) throws Exception {
    List<URI> parts = new ArrayList<>(List.of(page));
    Matcher assets = ASSET.matcher(new String(get(client, page).body(), "UTF-8"));
    while (assets.find()) {
      parts.add(URI.create(baseUrl + assets.group(1)));
    }
    URI script =
        URI.create(baseUrl + "/portal/assets/govuk-frontend.min.js"); // portal.js imports it
    parts.add(script);
    long bytes = 0;
    for (URI part : parts) {
      bytes +=
          client
              .send(
                  HttpRequest.newBuilder(part).header("Accept-Encoding", "gzip").build(),
                  HttpResponse.BodyHandlers.ofByteArray())
              .body()
              .length;
    }
    return bytes;
  }
}
