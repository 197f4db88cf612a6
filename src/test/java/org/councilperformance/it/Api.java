package org.councilperformance.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The running server's API as the integration tests call it. */
final class Api {
  /**
   * The application's context root, "" at the server's root; -Dapp.context.root=/performance runs
   * the tests against a server deployed there (docs/operations.md#any-context-root).
   */
  static final String CONTEXT_PATH = contextPath(System.getProperty("app.context.root", "/"));

  /** The application's address, its context root included, without a final slash. */
  static final String BASE_URL =
      System.getProperty("app.baseUrl", "http://localhost:9080" + CONTEXT_PATH)
          .replaceAll("/+$", "");

  /**
   * The server's own address, for what Liberty answers at its root whatever the context root:
   * /health and /openapi.
   */
  static final String SERVER_URL = BASE_URL.substring(0, BASE_URL.length() - CONTEXT_PATH.length());

  static {
    awaitReady();
  }

  /** The session cookie's name (WEB-INF/web.xml) and path (the context root). */
  static final String SESSION_COOKIE = "cp_session";

  static final String SESSION_COOKIE_PATH = CONTEXT_PATH.isEmpty() ? "/" : CONTEXT_PATH;

  private Api() {}

  /** A Location header's address, absolute: a path is on this server. */
  static String absolute(String location) {
    return java.net.URI.create(SERVER_URL + "/").resolve(location).toString();
  }

  /** "/performance/" → "/performance", "/" → "". */
  static String contextPath(String contextRoot) {
    String path = contextRoot.replaceAll("/+$", "");
    return path.isEmpty() || path.startsWith("/") ? path : "/" + path;
  }

  /**
   * Liberty reports the server started before a slow machine has finished starting the application;
   * every test waits (once, up to three minutes) until it answers ready.
   */
  static void awaitReady() {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      try {
        if (given().baseUri(SERVER_URL).get("/health/ready").statusCode() == 200) {
          return;
        }
      } catch (RuntimeException notListeningYet) {
        // connection refused: keep waiting
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException("the server at " + BASE_URL + " did not become ready");
  }

  /** The demo accounts the sample council brings (README lists them). */
  static final String ADMIN = "admin";

  static final String EDITOR = "housing.editor";
  static final String APPROVER = "hcs.director";
  static final String VIEWER = "member";

  static final Map<String, String> PASSWORDS =
      Map.of(
          ADMIN, "demo-admin-pw",
          EDITOR, "demo-editor-pw",
          APPROVER, "demo-approver-pw",
          VIEWER, "demo-viewer-pw");

  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  /** A request with no credentials at all. */
  static RequestSpecification anonymous() {
    return given().baseUri(BASE_URL).basePath("/api").accept(ContentType.JSON);
  }

  /** A request as the demo admin, by API token. */
  static RequestSpecification request() {
    return as(ADMIN);
  }

  /** A request as a demo account, by an API token made for it once per test run. */
  static RequestSpecification as(String username) {
    return anonymous().header("Authorization", "Bearer " + token(username));
  }

  /** The API token made for a demo account once per test run. */
  static String token(String username) {
    return TOKENS.computeIfAbsent(username, Api::newToken);
  }

  /** A JSON object to send, its members in the order they are added. */
  static JsonObjectBuilder object() {
    return Json.createObjectBuilder();
  }

  /** A JSON array to send, its elements in the order they are added. */
  static JsonArrayBuilder array() {
    return Json.createArrayBuilder();
  }

  /** A JSON string, or JSON null for none. */
  static JsonValue stringOrNull(String text) {
    return text == null ? JsonValue.NULL : Json.createValue(text);
  }

  /** A request as the demo admin sending a JSON body. */
  static RequestSpecification json(JsonObjectBuilder body) {
    return json(body.build().toString());
  }

  /** A request as the demo admin sending a body as written: for JSON that is wrong on purpose. */
  static RequestSpecification json(String body) {
    return request().contentType(ContentType.JSON).body(body);
  }

  static RequestSpecification json(String username, JsonObjectBuilder body) {
    return json(username, body.build().toString());
  }

  static RequestSpecification json(String username, String body) {
    return as(username).contentType(ContentType.JSON).body(body);
  }

  /** Signs in with the browser flow; the answer carries the session cookie and CSRF token. */
  static BrowserSession signIn(String username) {
    var response =
        anonymous()
            .contentType(ContentType.JSON)
            .body(
                object()
                    .add("username", username)
                    .add("password", PASSWORDS.get(username))
                    .build()
                    .toString())
            .post("/session")
            .then()
            .statusCode(200)
            .extract();
    return new BrowserSession(response.cookies(), response.path("csrfToken"));
  }

  record BrowserSession(Map<String, String> cookies, String csrfToken) {
    RequestSpecification request() {
      return anonymous().cookies(cookies);
    }

    RequestSpecification change(JsonObjectBuilder body) {
      return change(body.build().toString());
    }

    RequestSpecification change(String body) {
      return request().header("X-CSRF-Token", csrfToken).contentType(ContentType.JSON).body(body);
    }
  }

  private static String newToken(String username) {
    BrowserSession session = signIn(username);
    return session
        .change(object().add("name", "integration tests"))
        .post("/tokens")
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }

  /** A code no earlier run has used: the test database outlives a single run. */
  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Asserts a problem+json answer with the given status naming the given field. */
  static ValidatableResponse problem(ValidatableResponse response, int status, String field) {
    return response
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("field", equalTo(field))
        .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
  }

  /**
   * Creates a quarter no earlier test or run has created (and perhaps locked), far in the future.
   */
  static String freshQuarter() {
    // Bounded: on an external database reused run after run the quarters fill up, and a test
    // should then say so rather than loop for ever.
    for (int attempt = 0; attempt < 2_000; attempt++) {
      var random = java.util.concurrent.ThreadLocalRandom.current();
      // Below 2990: freshYears takes the years after it too, and 2999-00 must stay unknown
      // (PeriodIT, IndicatorIT, AbsenceIT… use it as the period that does not exist).
      int start = random.nextInt(2100, 2990);
      String quarter = String.format("%d-%02d-Q1", start, (start + 1) % 100);
      int status =
          json(object().add("code", quarter)).post("/periods").then().extract().statusCode();
      if (status == 201) {
        return quarter;
      }
      if (status != 409) {
        throw new AssertionError("could not set up period " + quarter + ": HTTP " + status);
      }
    }
    throw new AssertionError(
        "no free first quarter found in 2100-01 to 2989-90: the test database holds earlier runs'"
            + " periods; start from a fresh one");
  }

  /**
   * Consecutive financial years whose first quarters no earlier test or run created, e.g.
   * ["2312-13", "2313-14"]; their first quarters and the years themselves are set up.
   */
  static List<String> freshYears(int count) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String q1 = freshQuarter();
      int start = Integer.parseInt(q1.substring(0, 4));
      List<String> years = new java.util.ArrayList<>(List.of(q1.substring(0, 7)));
      for (int next = start + 1; years.size() < count; next++) {
        String year = String.format("%d-%02d", next, (next + 1) % 100);
        int status =
            json(object().add("code", year + "-Q1")).post("/periods").then().extract().statusCode();
        if (status != 201) {
          break;
        }
        years.add(year);
      }
      if (years.size() == count) {
        years.forEach(Api::ensurePeriod);
        return years;
      }
    }
    throw new AssertionError(count + " consecutive unused years not found");
  }

  /** Creates a period unless an earlier test or run already did. */
  static void ensurePeriod(String code) {
    int status = json(object().add("code", code)).post("/periods").then().extract().statusCode();
    if (status != 201 && status != 409) {
      throw new AssertionError("could not set up period " + code + ": HTTP " + status);
    }
  }

  /** Creates a directorate and business unit, returning the unit's code. */
  static String newBusinessUnit() {
    String directorate = unique("DIR");
    json(object().add("code", directorate).add("name", "Directorate " + directorate))
        .post("/directorates")
        .then()
        .statusCode(201);
    String unit = unique("BU");
    json(object().add("code", unit).add("name", "Unit " + unit).add("directorate", directorate))
        .post("/business-units")
        .then()
        .statusCode(201);
    return unit;
  }

  /** Creates an editor of one business unit with this password, returning the username. */
  static String newEditor(String unit, String password) {
    String editor = unique("editor").toLowerCase();
    json(object()
            .add("username", editor)
            .add("displayName", "Head of " + unit)
            .add("role", "EDITOR")
            .add("businessUnits", array().add(unit))
            .add("password", password))
        .post("/users")
        .then()
        .statusCode(201);
    return editor;
  }

  /**
   * Creates a higher-is-better score of a business unit calculated from two components, {@code
   * (positive - negative) / (positive + negative)}, returning its code.
   */
  static String newSatisfactionScore(String unit) {
    String code = unique("SAT");
    json(object()
            .add("code", code)
            .add("name", "Satisfaction")
            .add("unit", "SCORE")
            .add("polarity", "HIGHER_IS_BETTER")
            .add("businessUnit", unit)
            .add("formula", "(positive - negative) / (positive + negative)"))
        .post("/indicators")
        .then()
        .statusCode(201);
    return code;
  }

  /** Creates an action of a business unit begun in 2020 and due in 2999, returning its code. */
  static String newAction(String unit) {
    String code = unique("ACT");
    json(object()
            .add("code", code)
            .add("title", "Deliver " + code)
            .add("businessUnit", unit)
            .add("startDate", "2020-04-01")
            .add("dueDate", "2999-03-31"))
        .post("/actions")
        .then()
        .statusCode(201);
    return code;
  }

  /** Creates a higher-is-better count indicator of a business unit, returning its code. */
  static String newIndicator(String unit) {
    String code = unique("IND");
    json(object()
            .add("code", code)
            .add("name", "Test indicator")
            .add("unit", "COUNT")
            .add("polarity", "HIGHER_IS_BETTER")
            .add("businessUnit", unit))
        .post("/indicators")
        .then()
        .statusCode(201);
    return code;
  }

  /** Creates a corporate plan for 2024 to 2027, returning its id. */
  static int newPlan() {
    return json(object().add("name", unique("Plan")).add("startYear", 2024).add("endYear", 2027))
        .post("/plans")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Creates a plan with one priority, returning the priority's code. */
  static String newPriority() {
    int planId = newPlan();
    String code = unique("PRI");
    json(object().add("code", code).add("planId", planId).add("name", "Priority " + code))
        .post("/priorities")
        .then()
        .statusCode(201);
    return code;
  }
}
