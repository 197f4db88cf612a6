package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.ADMIN;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A locked or published quarter keeps its statuses
 * (docs/rules.md#a-locked-period-keeps-its-statuses): routes into it are refused, and changes to
 * definitions that are not scoped to a period (an indicator's tolerance, polarity or aggregation,
 * an action's dates, an annual target) apply to open periods only. Each test has a year of its own,
 * far in the future, and a unit of its own.
 */
class LockedPeriodIT {
  private String unit;
  private String year;
  private String locked; // the year's Q1: locked by the tests
  private String open; // the year's Q2: stays open
  private String indicator;
  private String action;

  @BeforeEach
  void aQuarterWithAnAmberIndicatorAndAnActionInProgress() {
    unit = Api.newBusinessUnit();
    locked = Api.freshQuarter();
    year = locked.substring(0, 7);
    open = year + "-Q2";
    Api.ensurePeriod(year);
    Api.ensurePeriod(open);
    indicator = Api.newIndicator(unit); // higher is better, 5% tolerance
    target(year, 400);
    for (String quarter : List.of(locked, open)) {
      target(quarter, 100);
      json(object().add("value", 96).add("commentary", "4 short of target"))
          .put("/indicators/" + indicator + "/measurements/" + quarter)
          .then()
          .statusCode(200);
    }
    action = unique("ACT");
    json(actionBody("2990-03-31").add("code", action)).post("/actions").then().statusCode(201);
    for (String quarter : List.of(locked, open)) {
      json(object().add("progress", 50))
          .put("/actions/" + action + "/updates/" + quarter)
          .then()
          .statusCode(200);
    }
  }

  private void target(String period, int value) {
    json(object().add("value", value))
        .put("/indicators/" + indicator + "/targets/" + period)
        .then()
        .statusCode(200);
  }

  private JsonObjectBuilder indicatorBody(String polarity, JsonObjectBuilder tolerance) {
    return object()
        .add("name", "Test indicator")
        .add("unit", "COUNT")
        .add("polarity", polarity)
        .add("aggregation", "CUMULATIVE_YEAR_TO_DATE")
        .add("tolerance", tolerance)
        .add("greenPlusMargin", object().add("type", "ABSOLUTE").add("amount", 1))
        .add("businessUnit", unit);
  }

  private JsonObjectBuilder actionBody(String due) {
    return object()
        .add("title", "Open the new depot")
        .add("businessUnit", unit)
        .add("dueDate", due);
  }

  private void lock(String quarter) {
    request().post("/periods/" + quarter + "/lock").then().statusCode(200);
  }

  /** Every computed view of one quarter, for the test's unit, as the API wrote it. */
  private Map<String, String> views(String quarter) {
    String scope = "?period=" + quarter + "&businessUnit=" + unit;
    Map<String, String> views = new LinkedHashMap<>();
    for (String path :
        List.of(
            "/summary" + scope,
            "/indicators" + scope,
            "/exceptions" + scope,
            "/trends" + scope,
            "/actions" + scope,
            "/indicators/" + indicator + "/status?period=" + quarter,
            "/indicators/" + indicator + "/trend?period=" + quarter,
            "/actions/" + action + "/status?period=" + quarter)) {
      views.put(path, request().get(path).then().statusCode(200).extract().asString());
    }
    views.put(
        "pack",
        Documents.xlsx(
                Documents.pack("period=" + quarter + "&businessUnit=" + unit + "&format=xlsx"))
            .toString());
    return views;
  }

  private String read(String path, String field) {
    Object value = request().get(path).then().statusCode(200).extract().path(field);
    return String.valueOf(value);
  }

  private String indicatorStatus(String quarter) {
    return read("/indicators/" + indicator + "/status?period=" + quarter, "status");
  }

  private String actionStatus(String quarter) {
    return read("/actions/" + action + "/status?period=" + quarter, "status");
  }

  private String annualTargetInTrend(String quarter) {
    return read("/indicators/" + indicator + "/trend?period=" + quarter, "annualTarget");
  }

  @Test
  void definitionChangesAfterLockingMoveTheOpenQuarterOnly() {
    assertThat(indicatorStatus(locked)).isEqualTo("AMBER");
    assertThat(actionStatus(locked)).isEqualTo("IN_PROGRESS");
    lock(locked);
    Map<String, String> before = views(locked);

    json(indicatorBody("HIGHER_IS_BETTER", object().add("type", "ABSOLUTE").add("amount", 0)))
        .put("/indicators/" + indicator)
        .then()
        .statusCode(200);
    assertThat(indicatorStatus(open)).isEqualTo("RED");
    assertThat(views(locked)).isEqualTo(before);

    json(indicatorBody("LOWER_IS_BETTER", object().add("type", "ABSOLUTE").add("amount", 0)))
        .put("/indicators/" + indicator)
        .then()
        .statusCode(200);
    assertThat(indicatorStatus(open)).isEqualTo("GREEN_PLUS");
    target(year, 50);
    assertThat(annualTargetInTrend(open)).isEqualTo("50");
    json(actionBody("2000-01-31")).put("/actions/" + action).then().statusCode(200);
    assertThat(actionStatus(open)).isEqualTo("OVERDUE");

    assertThat(views(locked)).isEqualTo(before);
    assertThat(indicatorStatus(locked)).isEqualTo("AMBER");
    assertThat(actionStatus(locked)).isEqualTo("IN_PROGRESS");
    assertThat(annualTargetInTrend(locked)).isEqualTo("400");
  }

  @Test
  void reopeningJudgesTheQuarterLiveAgainAndLockingAgainKeepsTheNewBasis() {
    lock(locked);
    json(indicatorBody("HIGHER_IS_BETTER", object().add("type", "ABSOLUTE").add("amount", 0)))
        .put("/indicators/" + indicator)
        .then()
        .statusCode(200);
    json(actionBody("2000-01-31")).put("/actions/" + action).then().statusCode(200);
    assertThat(indicatorStatus(locked)).isEqualTo("AMBER");

    json(object().add("reason", "tolerance corrected by the performance team"))
        .post("/periods/" + locked + "/reopen")
        .then()
        .statusCode(200);
    assertThat(indicatorStatus(locked)).isEqualTo("RED");
    assertThat(actionStatus(locked)).isEqualTo("OVERDUE");

    lock(locked);
    json(indicatorBody(
            "HIGHER_IS_BETTER", object().add("type", "RELATIVE_PERCENT").add("amount", 5)))
        .put("/indicators/" + indicator)
        .then()
        .statusCode(200);
    json(actionBody("2990-03-31")).put("/actions/" + action).then().statusCode(200);
    assertThat(indicatorStatus(locked)).isEqualTo("RED");
    assertThat(actionStatus(locked)).isEqualTo("OVERDUE");
    assertThat(indicatorStatus(open)).isEqualTo("AMBER");
  }

  @Test
  void aPublishedQuartersCoverCannotChange() {
    String cover = "/reports/covers/" + locked;
    lock(locked);
    json(object().add("committee", "Cabinet").add("title", "Before publication"))
        .put(cover)
        .then()
        .statusCode(200);
    request().post("/periods/" + locked + "/publish").then().statusCode(200);

    problem(
            json(object().add("committee", "Council").add("title", "After publication"))
                .put(cover)
                .then(),
            409,
            "period")
        .body("detail", org.hamcrest.Matchers.containsString(locked));
    request()
        .get(cover)
        .then()
        .statusCode(200)
        .body("committee", equalTo("Cabinet"))
        .body("title", equalTo("Before publication"));
  }

  /** A write into the quarter: refused while it is locked or published. */
  private record Write(String method, String path, Function<String, RequestSpecification> as) {}

  private List<Write> writesInto(String quarter) {
    String month = quarter.substring(0, 4) + "-04"; // the first month of a first quarter
    String measurement = "/indicators/" + indicator + "/measurements/" + quarter;
    return List.of(
        write("PUT", "/indicators/" + indicator + "/targets/" + quarter, object().add("value", 1)),
        write("PUT", measurement, object().add("value", 1)),
        write("PUT", measurement, object().add("missingReason", "after locking")),
        write(
            "PUT",
            measurement + "/status-override",
            object().add("status", "RED").add("reason", "after locking")),
        write("DELETE", measurement + "/status-override", null),
        write("PUT", "/actions/" + action + "/updates/" + quarter, object().add("progress", 90)),
        write(
            "PUT",
            "/finance/" + quarter + "/revenue/GF",
            object()
                .add("name", "General Fund")
                .add("amountsIn", "THOUSANDS")
                .add("originalBudget", 1)
                .add("forecastOutturn", 2)),
        write(
            "PUT",
            "/finance/" + quarter + "/capital/HRA",
            object()
                .add("name", "HRA")
                .add("amountsIn", "THOUSANDS")
                .add("approvedBudget", 1)
                .add("carriedForward", 1)
                .add("approvedInYear", 1)
                .add("slippage", 0)
                .add("likelyOutturn", 3)),
        write("PUT", "/finance/" + quarter + "/savings", object().add("savings", Api.array())),
        write(
            "PUT",
            "/absence/" + quarter + "/units/" + unit,
            object().add("longTermDays", 1).add("shortTermDays", 1).add("fte", 10)),
        write(
            "PUT",
            "/absence/" + quarter + "/council",
            object()
                .add("longTermDays", 1)
                .add("shortTermDays", 1)
                .add("totalDays", 2)
                .add("fte", 10)
                .add("daysPerFte", 0.2)),
        write(
            "PUT",
            "/absence/" + quarter + "/reasons",
            object()
                .add(
                    "reasons",
                    Api.array().add(object().add("reason", "after locking").add("percent", 100)))),
        write(
            "PUT",
            "/contact-centre/months/" + month,
            object().add("received", 1).add("answered", 1)),
        write(
            "PUT",
            "/contact-centre/supplied-totals/" + quarter,
            object().add("totals", object().add("received", 1).add("answered", 1))),
        write("POST", "/periods/" + quarter + "/submissions/" + unit, null),
        write("POST", "/periods/" + quarter + "/submissions/" + unit + "/approval", null),
        write(
            "POST",
            "/periods/" + quarter + "/submissions/" + unit + "/return",
            object().add("reason", "after locking")),
        write("POST", "/periods/" + quarter + "/lock", null));
  }

  private static Write write(String method, String path, JsonObjectBuilder body) {
    String text = body == null ? null : body.build().toString();
    return new Write(method, path, user -> text == null ? as(user) : Api.json(user, text));
  }

  /**
   * A definition not scoped to a period: accepted, but the locked quarter's views stay as they
   * were.
   */
  private List<Write> definitionChanges() {
    String other = unique("IND");
    String otherAction = unique("ACT");
    return List.of(
        write(
            "PUT",
            "/indicators/" + indicator,
            indicatorBody("LOWER_IS_BETTER", object().add("type", "ABSOLUTE").add("amount", 0))),
        write("PUT", "/indicators/" + indicator + "/targets/" + year, object().add("value", 1)),
        write("PUT", "/actions/" + action, actionBody("2000-01-31")),
        write(
            "POST",
            "/indicators",
            indicatorBody("HIGHER_IS_BETTER", object().add("type", "ABSOLUTE").add("amount", 0))
                .add("code", other)),
        write("POST", "/actions", actionBody("2000-01-31").add("code", otherAction)),
        write(
            "PUT", "/indicators/" + indicator + "/measurements/" + open, object().add("value", 1)));
  }

  @Test
  void everyWriteIntoALockedOrPublishedQuarterIsRefusedAndNoDefinitionChangeMovesIt() {
    lock(locked);
    assertEveryWriteRefusedAndViewsKept("LOCKED");
    request().post("/periods/" + locked + "/publish").then().statusCode(200);
    assertEveryWriteRefusedAndViewsKept("PUBLISHED");
    problem(
        json(object().add("label", "Relabelled after publication"))
            .put("/periods/" + locked)
            .then(),
        409,
        "period");
  }

  private void assertEveryWriteRefusedAndViewsKept(String state) {
    Map<String, String> before = views(locked);
    for (Write w : writesInto(locked)) {
      int status = w.as().apply(ADMIN).request(w.method(), w.path()).then().extract().statusCode();
      assertThat(status)
          .as(w.method() + " " + w.path() + " into a " + state + " quarter")
          .isEqualTo(409);
    }
    for (Write w : definitionChanges()) {
      int status = w.as().apply(ADMIN).request(w.method(), w.path()).then().extract().statusCode();
      assertThat(status).as(w.method() + " " + w.path()).isBetween(200, 201);
    }
    assertThat(views(locked)).as("the " + state + " quarter's views").isEqualTo(before);
  }
}
