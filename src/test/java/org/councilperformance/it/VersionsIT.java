package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.freshQuarter;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.newBusinessUnit;
import static org.councilperformance.it.Api.newIndicator;
import static org.councilperformance.it.Api.newPriority;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Versions against lost updates (docs/api.md#versions-and-lost-updates): ETag on reads and writes,
 * If-Match honoured on PUT and DELETE, a PUT that changes nothing changes no version.
 */
class VersionsIT {
  private static final String STALE = "\"999999\"";

  /** A measured indicator in a fresh quarter: its measurement's path. */
  private static String measurement(String value) {
    String path =
        "/indicators/" + newIndicator(newBusinessUnit()) + "/measurements/" + freshQuarter();
    json(object().add("value", new BigDecimal(value))).put(path).then().statusCode(200);
    return path;
  }

  private static double valueAt(String path) {
    return request().get(path).then().statusCode(200).extract().<Number>path("value").doubleValue();
  }

  private static String etagOf(String path) {
    return request()
        .get(path)
        .then()
        .statusCode(200)
        .header("ETag", matchesPattern("\"\\d+\""))
        .extract()
        .header("ETag");
  }

  @Test
  void aReadModifyWriteWithAStaleVersionIsRefusedAndChangesNothing() {
    String path = measurement("10");
    String read = etagOf(path);
    json(object().add("value", new BigDecimal("11")))
        .put(path)
        .then()
        .statusCode(200); // someone else's edit
    String current = etagOf(path);

    problem(
            json(object().add("value", new BigDecimal("12")))
                .header("If-Match", read)
                .put(path)
                .then(),
            412,
            "If-Match")
        .header("ETag", current)
        .body("detail", containsString("someone else changed"));
    assertThat(valueAt(path)).isEqualTo(11.0);
  }

  @Test
  void aMatchingVersionIsWrittenAndAnswersTheNewVersion() {
    String path = measurement("10");
    String read = etagOf(path);
    String written =
        json(object().add("value", new BigDecimal("12")))
            .header("If-Match", read)
            .put(path)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(written).isNotEqualTo(read).isEqualTo(etagOf(path));
    json(object().add("value", new BigDecimal("13")))
        .header("If-Match", "*")
        .put(path)
        .then()
        .statusCode(200);
  }

  @Test
  void fortySimultaneousPairsWithTheSameVersionEachHaveOneWinner() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int pair = 0; pair < 40; pair++) {
        String path = measurement("1");
        String read = etagOf(path);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
        for (String value : List.of("100", "200")) {
          Callable<ExtractableResponse<Response>> put =
              () -> {
                var spec =
                    json(object().add("value", new BigDecimal(value))).header("If-Match", read);
                start.await();
                return spec.put(path).then().extract();
              };
          answers.add(pool.submit(put));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        Double won = null;
        for (int i = 0; i < 2; i++) {
          var answer = answers.get(i).get();
          statuses.add(answer.statusCode());
          if (answer.statusCode() == 200) {
            won = i == 0 ? 100.0 : 200.0;
          }
        }
        assertThat(statuses).as("pair %d", pair).containsExactlyInAnyOrder(200, 412);
        assertThat(valueAt(path)).isEqualTo(won);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDeleteWithAStaleVersionIsRefused() {
    String path = measurement("10");
    String override = path + "/status-override";
    json(object().add("status", "RED").add("reason", "known data gap"))
        .put(override)
        .then()
        .statusCode(200);
    problem(request().header("If-Match", STALE).delete(override).then(), 412, "If-Match");
    assertThat(request().get(path).then().extract().<String>path("override.status"))
        .isEqualTo("RED");
    request().header("If-Match", etagOf(path)).delete(override).then().statusCode(200);
  }

  @Test
  void aPutThatChangesNothingKeepsTheVersionAndWritesNoRevision() {
    String path = measurement("10.5");
    json(object().add("value", new BigDecimal("10.5")).add("commentary", "on track"))
        .put(path)
        .then()
        .statusCode(200);
    String code = path.split("/")[2];
    String before = etagOf(path);
    int revisions =
        request().get("/indicators/" + code + "/history").then().extract().path("size()");

    String after =
        json(object().add("value", new BigDecimal("10.500")).add("commentary", "on track"))
            .put(path)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(after).isEqualTo(before).isEqualTo(etagOf(path));
    assertThat(
            request()
                .get("/indicators/" + code + "/history")
                .then()
                .extract()
                .<Integer>path("size()"))
        .isEqualTo(revisions);
  }

  @Test
  void aMalformedIfMatchIsABadRequestNamingTheHeader() {
    String path = measurement("10");
    problem(
        json(object().add("value", new BigDecimal("1"))).header("If-Match", "7").put(path).then(),
        400,
        "If-Match");
  }

  @Test
  void ifMatchOnSomethingNotYetStoredFails() {
    String path = "/indicators/" + newIndicator(newBusinessUnit()) + "/targets/" + freshQuarter();
    problem(
        json(object().add("value", new BigDecimal("5"))).header("If-Match", "*").put(path).then(),
        412,
        "If-Match");
    json(object().add("value", new BigDecimal("5")))
        .put(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");
  }

  /**
   * A versioned route: where to write it, where to read it (null where it has no GET of its own),
   * and two different valid bodies.
   */
  record Route(String name, String path, String readPath, String first, String second) {
    Route(
        String name,
        String path,
        String readPath,
        JsonObjectBuilder first,
        JsonObjectBuilder second) {
      this(name, path, readPath, first.build().toString(), second.build().toString());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Route> routes() {
    String unit = newBusinessUnit();
    String indicator = newIndicator(unit);
    String quarter = freshQuarter();
    String year = quarter.substring(0, 7);
    Api.ensurePeriod(year);
    String month = quarter.substring(0, 4) + "-05";
    String directorate = unique("DIR");
    json(object().add("code", directorate).add("name", "D"))
        .post("/directorates")
        .then()
        .statusCode(201);
    String priority = newPriority();
    int plan = Api.newPlan();
    String action = unique("ACT");
    json(object().add("code", action).add("title", "An action").add("businessUnit", unit))
        .post("/actions")
        .then()
        .statusCode(201);
    String risk = unique("RISK");
    json(risk(risk, "Cyber attack")).post("/risks").then().statusCode(201);
    String interventionPlan = unique("IP");
    Api.ensurePeriod("2019-20-Q3");
    json(interventionPlan(interventionPlan, indicator, "Contractor shortage"))
        .post("/intervention-plans")
        .then()
        .statusCode(201);
    String user = unique("editor").toLowerCase();
    json(object()
            .add("username", user)
            .add("displayName", "Head of Planning")
            .add("role", "EDITOR")
            .add("businessUnits", Api.array().add(unit))
            .add("password", "a long enough password"))
        .post("/users")
        .then()
        .statusCode(201);
    String target = "/indicators/" + indicator + "/targets/" + quarter;
    String measurement = "/indicators/" + indicator + "/measurements/" + quarter;
    json(object().add("value", new BigDecimal("1")))
        .put(measurement)
        .then()
        .statusCode(200); // for its override
    return Stream.of(
        new Route(
            "indicator",
            "/indicators/" + indicator,
            "/indicators/" + indicator,
            indicator("Renamed", unit),
            indicator("Renamed again", unit)),
        new Route(
            "target",
            target,
            target,
            object().add("value", new BigDecimal("5")),
            object().add("value", new BigDecimal("6"))),
        new Route(
            "measurement",
            measurement,
            measurement,
            object().add("value", new BigDecimal("5")).add("commentary", "on track"),
            object().add("value", new BigDecimal("6")).add("commentary", "on track")),
        new Route(
            "status override",
            measurement + "/status-override",
            null,
            object().add("status", "RED").add("reason", "known gap"),
            object().add("status", "AMBER").add("reason", "known gap")),
        new Route(
            "directorate",
            "/directorates/" + directorate,
            "/directorates/" + directorate,
            object().add("name", "Renamed"),
            object().add("name", "Renamed again")),
        new Route(
            "business unit",
            "/business-units/" + unit,
            "/business-units/" + unit,
            object().add("name", "Renamed").add("directorate", directorate),
            object().add("name", "Renamed again").add("directorate", directorate)),
        new Route(
            "plan",
            "/plans/" + plan,
            "/plans/" + plan,
            object().add("name", unique("Renamed")).add("startYear", 2024).add("endYear", 2027),
            object().add("name", unique("Renamed")).add("startYear", 2024).add("endYear", 2028)),
        new Route(
            "priority",
            "/priorities/" + priority,
            "/priorities/" + priority,
            object().add("name", "Renamed"),
            object().add("name", "Renamed again")),
        new Route(
            "period",
            "/periods/" + quarter,
            "/periods/" + quarter,
            object().add("label", "Renamed quarter"),
            object().add("label", "Renamed again")),
        new Route(
            "action",
            "/actions/" + action,
            "/actions/" + action,
            object().add("title", "Renamed").add("businessUnit", unit),
            object().add("title", "Renamed again").add("businessUnit", unit)),
        new Route(
            "action update",
            "/actions/" + action + "/updates/" + quarter,
            null,
            object().add("progress", 10).add("commentary", "started"),
            object().add("progress", 20).add("commentary", "started")),
        new Route(
            "risk", "/risks/" + risk, "/risks/" + risk, risk(null, "Renamed"), risk(null, "Again")),
        new Route(
            "intervention plan",
            "/intervention-plans/" + interventionPlan,
            "/intervention-plans/" + interventionPlan,
            interventionPlan(null, indicator, "Renamed"),
            interventionPlan(null, indicator, "Again")),
        new Route(
            "user",
            "/users/" + user,
            "/users/" + user,
            object()
                .add("displayName", "Renamed")
                .add("role", "EDITOR")
                .add("businessUnits", Api.array().add(unit)),
            object()
                .add("displayName", "Renamed again")
                .add("role", "VIEWER")
                .add("businessUnits", Api.array())),
        new Route(
            "cover",
            "/reports/covers/" + quarter,
            "/reports/covers/" + quarter,
            object().add("committee", "Cabinet").add("title", "Q1"),
            object().add("committee", "Cabinet").add("title", "Q1 again")),
        new Route(
            "revenue account",
            "/finance/" + quarter + "/revenue/GF",
            null,
            revenue(13482),
            revenue(13500)),
        new Route(
            "capital fund",
            "/finance/" + quarter + "/capital/GF",
            null,
            capital(3137),
            capital(3200)),
        new Route(
            "savings",
            "/finance/" + quarter + "/savings",
            "/finance/" + quarter + "/savings",
            savings("148000"),
            savings("150000")),
        new Route(
            "absence line",
            "/absence/" + quarter + "/units/" + unit,
            null,
            object().add("longTermDays", 30).add("shortTermDays", 12.5).add("fte", 20),
            object().add("longTermDays", 31).add("shortTermDays", 12.5).add("fte", 20)),
        new Route(
            "council absence",
            "/absence/" + quarter + "/council",
            null,
            object().add("fte", 3),
            object().add("fte", 4)),
        new Route(
            "absence reasons",
            "/absence/" + quarter + "/reasons",
            null,
            object()
                .add("reasons", Api.array().add(object().add("reason", "Flu").add("percent", 100))),
            object()
                .add(
                    "reasons",
                    Api.array().add(object().add("reason", "Cold").add("percent", 100)))),
        new Route(
            "absence target",
            "/absence/targets/" + year,
            null,
            object().add("daysPerFte", 8),
            object().add("daysPerFte", 8.5)),
        new Route(
            "contact-centre month",
            "/contact-centre/months/" + month,
            "/contact-centre/months/" + month,
            object().add("received", 100).add("answered", 90),
            object().add("received", 100).add("answered", 80)),
        new Route(
            "contact-centre supplied totals",
            "/contact-centre/supplied-totals/" + quarter,
            "/contact-centre/supplied-totals/" + quarter,
            object().add("totals", object().add("received", 300)),
            object().add("totals", object().add("received", 301))));
  }

  private static JsonObjectBuilder indicator(String name, String unit) {
    return object()
        .add("name", name)
        .add("unit", "COUNT")
        .add("polarity", "HIGHER_IS_BETTER")
        .add("businessUnit", unit);
  }

  private static JsonObjectBuilder risk(String code, String title) {
    JsonObjectBuilder body = code == null ? object() : object().add("code", code);
    return body.add("title", title)
        .add("cause", "Phishing")
        .add("consequence", "Services stop")
        .add("businessUnit", "CUSTOMER")
        .add("inherent", object().add("likelihood", 4).add("impact", 4))
        .add("residual", object().add("likelihood", 2).add("impact", 3));
  }

  private static JsonObjectBuilder interventionPlan(String code, String indicator, String reason) {
    JsonObjectBuilder body = code == null ? object() : object().add("code", code);
    return body.add("title", "Recover")
        .add("reason", reason)
        .add("indicators", Api.array().add(indicator))
        .add("steps", Api.array().add(object().add("description", "Weekly review")))
        .add("expectedRecovery", "2019-20-Q3");
  }

  private static JsonObjectBuilder revenue(int forecast) {
    return object()
        .add("name", "General Fund")
        .add("amountsIn", "THOUSANDS")
        .add("originalBudget", 13503)
        .add("forecastOutturn", forecast)
        .add("comments", Api.array().add(object().add("text", "Salary savings").add("amount", 30)));
  }

  private static JsonObjectBuilder capital(int approvedBudget) {
    return object()
        .add("name", "General Fund")
        .add("amountsIn", "THOUSANDS")
        .add("approvedBudget", approvedBudget)
        .add("carriedForward", 2071)
        .add("approvedInYear", 1878)
        .add("slippage", 0)
        .add("likelyOutturn", 6764);
  }

  private static JsonObjectBuilder savings(String target) {
    return object()
        .add(
            "savings",
            Api.array()
                .add(
                    object()
                        .add("description", "Restructure")
                        .add("target", new BigDecimal(target))
                        .add("forecast", 115000)));
  }

  /**
   * Every versioned route: a write answers its version; a stale one is refused with the current
   * version; a matching one is written and answers the next; the same body again keeps it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("routes")
  void everyVersionedRouteAnswersItsVersionAndRefusesAStaleOne(Route route) {
    String first = put(route.path(), route.first(), null, 200);
    if (route.readPath() != null) {
      assertThat(etagOf(route.readPath())).isEqualTo(first);
    }
    problem(
            json(route.second()).header("If-Match", STALE).put(route.path()).then(),
            412,
            "If-Match")
        .header("ETag", first);
    String second = put(route.path(), route.second(), first, 200);
    assertThat(second).isNotEqualTo(first);
    if (route.readPath() != null) {
      assertThat(etagOf(route.readPath())).isEqualTo(second);
    }
    assertThat(put(route.path(), route.second(), second, 200))
        .as("the same body again keeps the version")
        .isEqualTo(second);
  }

  private static String put(String path, String body, String ifMatch, int status) {
    var spec = json(body);
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    return spec.put(path)
        .then()
        .statusCode(status)
        .header("ETag", matchesPattern("\"\\d+\""))
        .extract()
        .header("ETag");
  }

  @Test
  void revokingATokenHonoursIfMatch() {
    int id =
        json(object().add("name", "versions test"))
            .post("/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    problem(request().header("If-Match", STALE).delete("/tokens/" + id).then(), 412, "If-Match")
        .header("ETag", "\"0\"");
    request()
        .header("If-Match", "\"0\"")
        .delete("/tokens/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
  }

  @Test
  void theOpenApiDocumentShowsIfMatchAndTheAnswersItCanCause() {
    var put =
        io.restassured.RestAssured.given()
            .baseUri(Api.SERVER_URL)
            .accept("application/json")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .setRootPath("paths.'/api/indicators/{code}/measurements/{period}'.put");
    assertThat(put.getList("parameters.findAll { it.in == 'header' }.name")).contains("If-Match");
    assertThat(put.getMap("responses")).containsKeys("412", "428");
  }
}
