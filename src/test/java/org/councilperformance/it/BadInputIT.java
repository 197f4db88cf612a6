package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.request;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input table: malformed JSON, wrong types, figures the database cannot hold, impossible
 * dates and periods, injection and traversal, text too long, nesting too deep. Every answer is the
 * status the case allows — never a 5xx — every refusal is problem+json, and nothing a refused write
 * carried is stored (docs/api.md#limits).
 */
class BadInputIT {
  private static final Set<Integer> REFUSED = Set.of(400, 422);
  private static final Set<Integer> ANY_BUT_A_FAULT = Set.of(200, 201, 400, 404, 409, 422);
  private static final List<String> NUMBERS_TOO_BIG_OR_FINE =
      List.of(
          "1e13",
          "-1e13",
          "1e20",
          "1e308",
          "1e99999",
          "9223372036854775808",
          "0.12345678901234567890",
          "1E-9");

  private static String quarter;
  private static String year;
  private static String month;
  private static String indicator;
  private static String measurement;
  private static String baseline;

  /**
   * One request of the table and the answers it may get.
   *
   * @param climbsAboveTheRoot a path that decodes to more {@code ..} than it has folders, which
   *     Liberty refuses itself before any application sees it (docs/api.md#errors)
   */
  private record Case(
      String name, Supplier<Response> send, Set<Integer> allowed, boolean climbsAboveTheRoot) {
    Case(String name, Supplier<Response> send, Set<Integer> allowed) {
      this(name, send, allowed, false);
    }
  }

  @BeforeAll
  static void aMeasurementToProtect() {
    quarter = Api.freshQuarter();
    int start = Integer.parseInt(quarter.substring(0, 4));
    year = quarter.substring(0, 7);
    month = start + "-04";
    indicator = Api.newIndicator(Api.newBusinessUnit());
    measurement = "/indicators/" + indicator + "/measurements/" + quarter;
    json("{\"value\": 10.1, \"commentary\": \"bad-input baseline\"}")
        .put(measurement)
        .then()
        .statusCode(200);
    baseline = stored();
  }

  @AfterAll
  static void nothingRefusedWasStored() {
    assertThat(stored()).isEqualTo(baseline);
  }

  private static String stored() {
    return request().get("/indicators/" + indicator + "/measurements").asString();
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputIsRefusedAsAProblemAndNeverAFault() {
    List<Case> cases = new ArrayList<>();
    malformedJson(cases);
    wrongTypes(cases);
    numbers(cases);
    datesAndPeriods(cases);
    injectionAndTraversal(cases);
    textAndNesting(cases);
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      Response r = c.send().get();
                      assertThat(r.statusCode()).as(r.asString()).isIn(c.allowed());
                      if (c.climbsAboveTheRoot()
                          && !r.contentType().startsWith("application/problem+json")) {
                        assertThat(r.statusCode()).isEqualTo(400);
                        assertThat(r.asString()).contains("CWWWC0005I").doesNotContain("com.ibm");
                      } else if (r.statusCode() >= 400) {
                        assertThat(r.contentType()).startsWith("application/problem+json");
                      }
                      assertThat(r.asString())
                          .doesNotContain("root:x:0", "<web-app", "pbkdf2", "Exception", "SRVE");
                    }));
  }

  private static void malformedJson(List<Case> cases) {
    for (String raw :
        List.of(
            "{",
            "{\"value\": }",
            "{\"value\": 1,}",
            "{'value': 1}",
            "{\"value\": 1}{\"value\": 2}",
            "",
            "null",
            "[1,2]",
            "\"x\"",
            "{\"value\": NaN}",
            "{\"value\": Infinity}",
            "{\"value\": 01}",
            "{\"value\": 1 /* c */}")) {
      cases.add(put("malformed JSON " + raw, measurement, raw, REFUSED));
    }
    cases.add(
        new Case(
            "invalid UTF-8",
            () ->
                request()
                    .contentType("application/json")
                    .body(
                        new byte[] {
                          '{', '"', 'c', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'
                        })
                    .put(measurement),
            REFUSED));
    cases.add(
        new Case(
            "text/plain body",
            () -> request().contentType("text/plain").body("{\"value\": 1}").put(measurement),
            Set.of(415)));
  }

  private static void wrongTypes(List<Case> cases) {
    for (String body :
        List.of(
            "{\"value\": \"ten\"}",
            "{\"value\": true}",
            "{\"value\": [1]}",
            "{\"value\": {\"a\": 1}}",
            "{\"commentary\": \"neither figure nor reason\"}")) {
      cases.add(put("measurement " + body, measurement, body, REFUSED));
    }
    cases.add(
        post(
            "indicator unit in lower case",
            "/indicators",
            "{\"code\": \"BI-T1\", \"name\": \"n\", \"unit\": \"percent\","
                + " \"polarity\": \"HIGHER_IS_BETTER\"}",
            REFUSED));
    cases.add(
        post(
            "user role unknown",
            "/users",
            "{\"username\": \"bi-u1\", \"displayName\": \"d\", \"role\": \"ROOT\","
                + " \"password\": \"a-long-password\"}",
            REFUSED));
  }

  private static void numbers(List<Case> cases) {
    for (String n : NUMBERS_TOO_BIG_OR_FINE) {
      cases.add(put("measurement value " + n, measurement, "{\"value\": " + n + "}", REFUSED));
      cases.add(
          put(
              "target " + n,
              "/indicators/" + indicator + "/targets/" + quarter,
              "{\"value\": " + n + "}",
              REFUSED));
      cases.add(
          put(
              "revenue budget " + n,
              "/finance/" + quarter + "/revenue/GF",
              "{\"name\": \"GF\", \"amountsIn\": \"THOUSANDS\", \"originalBudget\": "
                  + n
                  + ", \"forecastOutturn\": 1}",
              REFUSED));
      cases.add(
          put(
              "absence target " + n,
              "/absence/targets/" + year,
              "{\"daysPerFte\": " + n + "}",
              REFUSED));
      cases.add(
          put(
              "contact-centre calls " + n,
              "/contact-centre/months/" + month,
              "{\"received\": " + n + ", \"answered\": 1}",
              ANY_BUT_A_FAULT));
      cases.add(
          put(
              "cover exempt paragraph " + n,
              "/reports/covers/" + quarter,
              "{\"committee\": \"c\", \"exemptParagraph\": " + n + "}",
              REFUSED));
    }
  }

  private static void datesAndPeriods(List<Case> cases) {
    for (String date :
        List.of(
            "2019-02-30",
            "2018-13-01",
            "+999999999-12-31",
            "0000-01-01",
            "2018-9-30",
            "1899-12-31",
            "3000-01-01")) {
      cases.add(
          put(
              "cover meeting date " + date,
              "/reports/covers/" + quarter,
              "{\"committee\": \"c\", \"title\": \"t\", \"meetingDate\": \"" + date + "\"}",
              REFUSED));
    }
    for (String period :
        List.of(
            "2018-19-Q5",
            "2018-20-Q1",
            "2018-19-Q0",
            "20181-19-Q1",
            "-001-00-Q1",
            "2018-19-Q2x",
            "2018/19",
            "1899-00-Q1",
            "9999-00-Q4")) {
      String q = encode(period);
      cases.add(get("summary for period " + period, "/summary?period=" + q, Set.of(400, 404)));
      cases.add(
          get("indicators for period " + period, "/indicators?period=" + q, Set.of(400, 404)));
      cases.add(
          put(
              "measurement for period " + period,
              "/indicators/" + indicator + "/measurements/" + q,
              "{\"value\": 1}",
              Set.of(400, 404)));
    }
    cases.add(
        post(
            "a year that is not a financial year",
            "/periods",
            "{\"code\": \"2099-2100-Q1\"}",
            REFUSED));
  }

  private static void injectionAndTraversal(List<Case> cases) {
    for (String s :
        List.of(
            "' OR '1'='1",
            "\"; DROP TABLE measurement; --",
            "' UNION SELECT username, password_hash FROM user_account -- ",
            "%",
            "../../../../etc/passwd",
            "..%2f..%2fetc%2fpasswd",
            "WEB-INF/web.xml")) {
      String q = encode(s);
      boolean climbs = s.startsWith("../");
      cases.add(climbing(get("indicator " + s, "/indicators/" + q, Set.of(400, 404)), climbs));
      cases.add(
          climbing(
              get("history of " + s, "/indicators/" + q + "/history", Set.of(400, 404)), climbs));
      cases.add(
          get(
              "summary of priority " + s,
              "/summary?period=2018-19-Q2&priority=" + q,
              Set.of(400, 404)));
      cases.add(climbing(get("user " + s, "/users/" + q, Set.of(400, 404)), climbs));
      cases.add(
          get("pack sections " + s, "/reports/quarterly?period=2018-19-Q2&sections=" + q, REFUSED));
    }
  }

  private static void textAndNesting(List<Case> cases) {
    cases.add(
        put(
            "commentary of 65,536 bytes",
            measurement,
            "{\"value\": 1, \"commentary\": \"" + "a".repeat(65_536) + "\"}",
            REFUSED));
    cases.add(
        put(
            "commentary of 40,000 two-byte letters",
            measurement,
            "{\"value\": 1, \"commentary\": \"" + "é".repeat(40_000) + "\"}",
            REFUSED));
    for (String bad : List.of("\\uFFFE", "\\uFFFF", "\\u0000", "\\ud800", "\\u001b[31m")) {
      cases.add(
          put(
              "commentary with " + bad,
              measurement,
              "{\"value\": 1, \"commentary\": \"a" + bad + "b\"}",
              REFUSED));
    }
    String deep = "[".repeat(1_000) + "]".repeat(1_000);
    cases.add(put("JSON nested 1,000 deep", measurement, "{\"value\": " + deep + "}", REFUSED));
    cases.add(
        new Case(
            "JSON nested 1,000 deep on anonymous sign-in",
            () ->
                anonymous()
                    .contentType("application/json")
                    .body("{\"username\": " + deep + "}")
                    .post("/session"),
            REFUSED));
  }

  private static Case climbing(Case c, boolean climbs) {
    return new Case(c.name(), c.send(), c.allowed(), climbs);
  }

  private static Case put(String name, String path, String body, Set<Integer> allowed) {
    return send(name, () -> json(body), "PUT", path, allowed);
  }

  private static Case post(String name, String path, String body, Set<Integer> allowed) {
    return send(name, () -> json(body), "POST", path, allowed);
  }

  private static Case get(String name, String path, Set<Integer> allowed) {
    return new Case(name, () -> request().urlEncodingEnabled(false).get(path), allowed);
  }

  private static Case send(
      String name,
      Supplier<RequestSpecification> request,
      String method,
      String path,
      Set<Integer> allowed) {
    return new Case(
        name, () -> request.get().urlEncodingEnabled(false).request(method, path), allowed);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
