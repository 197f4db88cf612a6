package org.councilperformance.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A quarter's traffic against a running server (docs/benchmarks.md#load-test): heads of service
 * signing in and entering figures (read the unit's indicators, read one figure, change it with
 * {@code If-Match}), members reading the portal's dashboards and the API's summary, and an admin
 * printing the committee pack. Each kind of person arrives at its own rate for the same duration.
 *
 * <p>Every setting is a system property: {@code baseUrl}, {@code period}, {@code duration}
 * (seconds), {@code editorsPerMinute}, {@code membersPerMinute}, {@code packsPerMinute}, {@code
 * editors} ({@code user:password:UNIT,…}), {@code member} and {@code admin} ({@code
 * user:password}). It changes figures: run it against a test server, never a council's own. Each
 * arrival signs in with a password, so the server's sign-in rate limits must allow the rates.
 */
public class QuarterTraffic extends Simulation {
  private static final String PERIOD = System.getProperty("period", "2018-19-Q2");
  private static final int SECONDS = Integer.getInteger("duration", 120);

  private final HttpProtocolBuilder protocol =
      http.baseUrl(System.getProperty("baseUrl", "http://localhost:9080"))
          .acceptHeader("application/json")
          .userAgentHeader("council-performance-load-test");

  /** Heads of service: one account per business unit, taken in turn. */
  private final FeederBuilder<Object> editors =
      accounts(
          System.getProperty("editors", "housing.editor:demo-editor-pw:HOUSING"),
          "username",
          "password",
          "unit");

  private final FeederBuilder<Object> members =
      accounts(System.getProperty("member", "member:demo-viewer-pw"), "username", "password");

  private final FeederBuilder<Object> admins =
      accounts(System.getProperty("admin", "admin:demo-admin-pw"), "username", "password");

  private static ChainBuilder apiSignIn() {
    return exec(
        http("API: sign in")
            .post("/api/session")
            .body(StringBody("{\"username\": \"#{username}\", \"password\": \"#{password}\"}"))
            .asJson()
            .check(status().is(200), jsonPath("$.csrfToken").saveAs("csrf")));
  }

  private static ChainBuilder apiSignOut() {
    return exec(
        http("API: sign out")
            .delete("/api/session")
            .header("X-CSRF-Token", "#{csrf}")
            .check(status().in(200, 204)));
  }

  private final ScenarioBuilder headsOfService =
      scenario("Head of service enters figures")
          .feed(editors)
          .exec(apiSignIn())
          .exec(
              http("API: the unit's indicators")
                  .get("/api/indicators?period=" + PERIOD + "&businessUnit=#{unit}")
                  .check(
                      status().is(200),
                      jsonPath("$[?(@.actual != null && @.formula == null)].code")
                          .findRandom()
                          .saveAs("code")))
          .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
          .exec(
              http("API: read a figure")
                  .get("/api/indicators/#{code}/measurements/" + PERIOD)
                  .check(
                      status().is(200),
                      header("ETag").saveAs("etag"),
                      bodyString().saveAs("measurement")))
          .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
          .exec(
              http("API: enter a figure (If-Match)")
                  .put("/api/indicators/#{code}/measurements/" + PERIOD)
                  .header("If-Match", "#{etag}")
                  .header("X-CSRF-Token", "#{csrf}")
                  .body(StringBody(QuarterTraffic::changedFigure))
                  .asJson()
                  // 412: another head of service changed the same figure since it was read.
                  .check(status().in(200, 412)))
          .exec(apiSignOut());

  private final ScenarioBuilder membersReading =
      scenario("Member reads the dashboards")
          .feed(members)
          .exec(
              page("Portal: sign-in page", "/portal/sign-in")
                  .check(css("input[name=csrfToken]", "value").saveAs("form")))
          .exec(
              http("Portal: sign in")
                  .post("/portal/sign-in")
                  .formParam("username", "#{username}")
                  .formParam("password", "#{password}")
                  .formParam("csrfToken", "#{form}")
                  .header("Accept", "text/html")
                  .check(status().is(200)))
          .exec(page("Portal: council overview", "/portal/quarters/" + PERIOD + "/overview"))
          .exec(
              http("API: priorities")
                  .get("/api/priorities")
                  .check(status().is(200), jsonPath("$[*].code").findRandom().saveAs("priority")))
          .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
          .exec(
              page(
                  "Portal: priority dashboard",
                  "/portal/quarters/" + PERIOD + "/priorities/#{priority}"))
          .exec(
              http("API: indicators of the priority")
                  .get("/api/indicators?period=" + PERIOD + "&priority=#{priority}")
                  .check(status().is(200), jsonPath("$[*].code").findRandom().saveAs("code")))
          .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
          .exec(page("Portal: indicator", "/portal/indicators/#{code}?period=" + PERIOD))
          .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
          .exec(page("Portal: exception report", "/portal/quarters/" + PERIOD + "/exceptions"))
          .exec(http("API: summary").get("/api/summary?period=" + PERIOD).check(status().is(200)))
          .exec(http("API: trends").get("/api/trends?period=" + PERIOD).check(status().is(200)));

  private final ScenarioBuilder adminPrinting =
      scenario("Admin prints the committee pack")
          .feed(admins)
          .exec(apiSignIn())
          .exec(
              http("API: committee pack (PDF)")
                  .get("/api/reports/quarterly?period=" + PERIOD)
                  .header("Accept", "application/pdf")
                  .requestTimeout(Duration.ofMinutes(2))
                  .check(status().is(200), header("Content-Type").is("application/pdf")))
          .exec(apiSignOut());

  {
    List<PopulationBuilder> populations = new ArrayList<>();
    addAt(populations, headsOfService, "editorsPerMinute", 30);
    addAt(populations, membersReading, "membersPerMinute", 30);
    addAt(populations, adminPrinting, "packsPerMinute", 1);
    setUp(populations).protocols(protocol).assertions(global().failedRequests().percent().lt(1.0));
  }

  private static void addAt(
      List<PopulationBuilder> populations, ScenarioBuilder scenario, String rate, int perMinute) {
    double perSecond = Double.parseDouble(System.getProperty(rate, "" + perMinute)) / 60;
    if (perSecond > 0) {
      populations.add(
          scenario.injectOpen(constantUsersPerSec(perSecond).during(Duration.ofSeconds(SECONDS))));
    }
  }

  /** A portal page, asked for as a browser does; it must answer 200. */
  private static HttpRequestActionBuilder page(String name, String path) {
    return http(name).get(path).header("Accept", "text/html").check(status().is(200));
  }

  /**
   * The figure as read, its value moved by a small step up or down, every other field as it was: a
   * PUT replaces the whole measurement (docs/api.md#indicators).
   */
  private static String changedFigure(Session session) {
    JsonObject read =
        Json.createReader(new StringReader(session.getString("measurement"))).readObject();
    JsonObjectBuilder body = Json.createObjectBuilder();
    BigDecimal value = ((JsonNumber) read.get("value")).bigDecimalValue();
    BigDecimal step =
        ThreadLocalRandom.current().nextBoolean() ? BigDecimal.ONE : BigDecimal.ONE.negate();
    body.add("value", value.add(step).max(BigDecimal.ZERO));
    for (String field :
        List.of("commentary", "reportedStatus", "ownForecast", "ownForecastStatus")) {
      JsonValue kept = read.get(field);
      if (kept != null && kept.getValueType() != JsonValue.ValueType.NULL) {
        body.add(field, kept);
      }
    }
    return body.build().toString();
  }

  /** A feeder over {@code a:b:c,…}, taking the entries in turn. */
  private static FeederBuilder<Object> accounts(String entries, String... names) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (String entry : entries.split(",")) {
      String[] parts = entry.strip().split(":", names.length);
      if (parts.length != names.length) {
        throw new IllegalArgumentException(
            "expected " + String.join(":", names) + ", got " + Arrays.toString(parts));
      }
      Map<String, Object> record = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        record.put(names[i], parts[i]);
      }
      records.add(record);
    }
    return listFeeder(records).circular();
  }
}
