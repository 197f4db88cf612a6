package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.ADMIN;
import static org.councilperformance.it.Api.APPROVER;
import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.stringOrNull;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Delivery-plan actions: definition, updates per period, computed status, and who may do what. */
class ActionIT {
  /** Ends 30 June 2019, long past, so statuses are judged as of that day. */
  private static final String Q1 = "2019-20-Q1";

  @BeforeAll
  static void periods() {
    Api.ensurePeriod(Q1);
  }

  /** Creates an action of a unit; returns its code. */
  private static String newAction(String unit, String start, String due) {
    String code = unique("ACT");
    json(object()
            .add("code", code)
            .add("title", "Roll out the new housing system")
            .add("businessUnit", stringOrNull(unit))
            .add("owner", "Head of Housing")
            .add("startDate", stringOrNull(start))
            .add("dueDate", stringOrNull(due)))
        .post("/actions")
        .then()
        .statusCode(201);
    return code;
  }

  private static JsonPath status(String code, String period) {
    return request()
        .queryParam("period", period)
        .get("/actions/" + code + "/status")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void createsReadsAndRevisesAnAction() {
    String code = unique("ACT");
    String priority = Api.newPriority();
    json(object()
            .add("code", code)
            .add("title", "Adopt the Local Plan")
            .add("description", "Examination and adoption")
            .add("priority", priority)
            .add("businessUnit", "PLANNING")
            .add("owner", "Head of Planning")
            .add("startDate", "2019-04-01")
            .add("dueDate", "2020-03-31"))
        .post("/actions")
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/actions/" + code))
        .body("priority", equalTo(priority))
        .body("businessUnit", equalTo("PLANNING"))
        .body("dueDate", equalTo("2020-03-31"));
    json(object()
            .add("title", "Adopt the Local Plan")
            .add("priority", priority)
            .add("businessUnit", "PLANNING")
            .add("startDate", "2019-04-01")
            .add("dueDate", "2020-03-31")
            .add("revisedDueDate", "2020-09-30"))
        .put("/actions/" + code)
        .then()
        .statusCode(200)
        .body("revisedDueDate", equalTo("2020-09-30"))
        .body("owner", nullValue());
    as(VIEWER).get("/actions/" + code).then().statusCode(200).body("code", equalTo(code));
    problem(
        json(object().add("code", "OTHER").add("title", "x")).put("/actions/" + code).then(),
        422,
        "code");
    problem(
        json(object().add("code", code).add("title", "again")).post("/actions").then(),
        409,
        "code");
  }

  @Test
  void statusIsComputedAsOfThePeriodEndFromTheLatestUpdate() {
    String code = newAction("HOUSING", null, "2019-06-30");
    json(EDITOR, object().add("progress", 90).add("commentary", "Testing done"))
        .put("/actions/" + code + "/updates/" + Q1)
        .then()
        .statusCode(200)
        .body("progress", equalTo(90))
        .body("enteredBy", equalTo(EDITOR));
    JsonPath due = status(code, Q1);
    assertThat(due.getString("asOf")).isEqualTo("2019-06-30");
    assertThat(due.getString("status")).isEqualTo("WARNING"); // due that very day
    assertThat(due.getString("rag")).isEqualTo("AMBER");
    assertThat(due.getString("commentary")).isEqualTo("Testing done");
    assertThat(due.getString("statusRule")).contains("30 days");

    // Q2 has no update of its own: progress carries forward, commentary does not.
    Api.ensurePeriod("2019-20-Q2");
    JsonPath later = status(code, "2019-20-Q2");
    assertThat(later.getString("status")).isEqualTo("OVERDUE");
    assertThat(later.getInt("progress")).isEqualTo(90);
    assertThat(later.getString("commentary")).isNull();
  }

  @Test
  void anOwnerClosesAnActionWithAReason() {
    String code = newAction("HOUSING", "2019-04-01", "2019-05-31");
    problem(
        json(EDITOR, object().add("progress", 40).add("closure", "CANCELLED"))
            .put("/actions/" + code + "/updates/" + Q1)
            .then(),
        422,
        "closureReason");
    json(
            EDITOR,
            object()
                .add("progress", 40)
                .add("closure", "CANCELLED")
                .add("closureReason", "Superseded by the new strategy"))
        .put("/actions/" + code + "/updates/" + Q1)
        .then()
        .statusCode(200);
    JsonPath cancelled = status(code, Q1);
    assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.getString("rag")).isNull();
    assertThat(cancelled.getString("closureReason")).isEqualTo("Superseded by the new strategy");
  }

  @Test
  void badInputNamesTheFieldAndSavesNothing() {
    String code = unique("ACT");
    Supplier<JsonObjectBuilder> valid =
        () ->
            object()
                .add("code", code)
                .add("title", "t")
                .add("startDate", "2019-04-01")
                .add("dueDate", "2019-06-30");
    problem(json(valid.get().add("dueDate", "2019-04-31")).post("/actions").then(), 400, "dueDate");
    problem(json(valid.get().add("dueDate", "2019-03-31")).post("/actions").then(), 422, "dueDate");
    problem(json(valid.get().add("priority", "NO-SUCH")).post("/actions").then(), 404, "priority");
    problem(
        json(valid.get().add("businessUnit", "NO-SUCH")).post("/actions").then(),
        404,
        "businessUnit");
    problem(json(valid.get().add("title", " ")).post("/actions").then(), 422, "title");
    problem(json(valid.get().add("startDate", 20190401)).post("/actions").then(), 400, "startDate");
    problem(json(object().add("title", "no code")).post("/actions").then(), 422, "code");
    problem(json("{\"code\": ").post("/actions").then(), 400, "body");
    request().get("/actions/" + code).then().statusCode(404);

    String action = newAction("HOUSING", null, "2019-06-30");
    String update = "/actions/" + action + "/updates/" + Q1;
    json(object().add("progress", 30).add("commentary", "kept")).put(update).then().statusCode(200);
    problem(json(object().add("progress", 101)).put(update).then(), 422, "progress");
    problem(json(object().add("progress", -1)).put(update).then(), 422, "progress");
    problem(
        json(object().add("progress", new BigDecimal("50.5"))).put(update).then(), 400, "progress");
    problem(
        json(object().add("closure", "DONE").add("closureReason", "x")).put(update).then(),
        400,
        "closure");
    problem(
        json(object().add("progress", 40)).put("/actions/" + action + "/updates/2019-20-Q7").then(),
        400,
        "period");
    problem(
        json(object().add("progress", 40)).put("/actions/NO-SUCH/updates/" + Q1).then(),
        404,
        "code");
    request()
        .get("/actions/" + action + "/updates")
        .then()
        .statusCode(200)
        .body("[0].progress", equalTo(30))
        .body("[0].commentary", equalTo("kept"));
  }

  @Test
  void onlyAdminsDefineActionsAndEditorsUpdateOnlyTheirOwnUnits() {
    String housing = newAction("HOUSING", null, "2019-12-31");
    String customer = newAction("CUSTOMER", null, "2019-12-31");
    String body = object().add("code", unique("ACT")).add("title", "t").build().toString();
    problem(
        anonymous().contentType("application/json").body(body).post("/actions").then(), 401, null);
    anonymous().get("/actions?period=" + Q1).then().statusCode(401);
    for (String role : new String[] {EDITOR, APPROVER, VIEWER}) {
      problem(json(role, body).post("/actions").then(), 403, null);
      problem(json(role, object().add("title", "t")).put("/actions/" + housing).then(), 403, null);
      as(role).get("/actions?period=" + Q1).then().statusCode(200);
    }
    String update = object().add("progress", 10).build().toString();
    json(EDITOR, update).put("/actions/" + housing + "/updates/" + Q1).then().statusCode(200);
    problem(
        json(EDITOR, update).put("/actions/" + customer + "/updates/" + Q1).then(), 403, "code");
    problem(json(APPROVER, update).put("/actions/" + housing + "/updates/" + Q1).then(), 403, null);
    problem(json(VIEWER, update).put("/actions/" + housing + "/updates/" + Q1).then(), 403, null);
    json(ADMIN, update).put("/actions/" + customer + "/updates/" + Q1).then().statusCode(200);
  }

  @Test
  void aLockedPeriodRefusesUpdatesAndKeepsTheFigures() {
    String quarter = Api.freshQuarter();
    String action = newAction("HOUSING", null, null);
    String update = "/actions/" + action + "/updates/" + quarter;
    json(EDITOR, object().add("progress", 20).add("commentary", "before"))
        .put(update)
        .then()
        .statusCode(200);
    request().post("/periods/" + quarter + "/lock").then().statusCode(200);
    problem(json(EDITOR, object().add("progress", 80)).put(update).then(), 409, "period");
    request()
        .get("/actions/" + action + "/updates")
        .then()
        .body("[0].progress", equalTo(20))
        .body("[0].commentary", equalTo("before"));
  }

  @Test
  void listsActionsInScopeForAPeriod() {
    String housing = newAction("HOUSING", null, "2019-06-29");
    json(object().add("progress", 50))
        .put("/actions/" + housing + "/updates/" + Q1)
        .then()
        .statusCode(200);
    JsonPath list =
        request()
            .queryParam("period", Q1)
            .queryParam("businessUnit", "HOUSING")
            .get("/actions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(list.getList("businessUnit", String.class)).containsOnly("HOUSING");
    assertThat(list.getString("find { it.code == '" + housing + "' }.status")).isEqualTo("OVERDUE");
    // An action starting after the quarter, with no update, is not in the quarter's list.
    String later = newAction("HOUSING", "2019-07-01", "2019-12-31");
    assertThat(list.getList("code", String.class)).doesNotContain(later);
    assertThat(
            request()
                .queryParam("period", Q1)
                .queryParam("businessUnit", "HOUSING")
                .get("/actions")
                .then()
                .extract()
                .jsonPath()
                .getList("code", String.class))
        .contains(housing)
        .doesNotContain(later);
    problem(request().get("/actions?period=2019-20-Q9").then(), 400, "period");
    problem(request().get("/actions?period=" + Q1 + "&priority=NOPE").then(), 404, "priority");
  }
}
