package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.ADMIN;
import static org.councilperformance.it.Api.APPROVER;
import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quarter workflow, on a quarter of its own so that locking it disturbs no other test. */
class WorkflowIT {
  private String quarter;
  private String indicator;

  @BeforeEach
  void freshQuarterAndHousingIndicator() {
    quarter = Api.freshQuarter();
    indicator = unique("WF");
    json(object()
            .add("code", indicator)
            .add("name", "Workflow test")
            .add("unit", "COUNT")
            .add("polarity", "HIGHER_IS_BETTER")
            .add("businessUnit", "HOUSING"))
        .post("/indicators")
        .then()
        .statusCode(201);
    json(EDITOR, object().add("value", 10).add("commentary", "before sign-off"))
        .put(measurement())
        .then()
        .statusCode(200);
  }

  private String measurement() {
    return "/indicators/" + indicator + "/measurements/" + quarter;
  }

  private String submissions(String unit) {
    return "/periods/" + quarter + "/submissions/" + unit;
  }

  private String stateOf(JsonPath period, String unit) {
    return period.getString("submissions.find { it.businessUnit == '" + unit + "' }.state");
  }

  private JsonPath period() {
    return request().get("/periods/" + quarter).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void unitsSubmitApproversApproveOrReturnWithAReason() {
    JsonPath open = period();
    assertThat(open.getString("state")).isEqualTo("OPEN");
    assertThat(stateOf(open, "HOUSING")).isEqualTo("NOT_SUBMITTED");

    as(EDITOR).post(submissions("HOUSING")).then().statusCode(200);
    assertThat(stateOf(period(), "HOUSING")).isEqualTo("SUBMITTED");
    problem(as(EDITOR).post(submissions("HOUSING")).then(), 409, "businessUnit");
    problem(as(EDITOR).post(submissions("CUSTOMER")).then(), 403, "businessUnit");
    problem(as(VIEWER).post(submissions("HOUSING")).then(), 403, null);

    problem(as(EDITOR).post(submissions("HOUSING") + "/approval").then(), 403, null);
    problem(json(APPROVER, "{}").post(submissions("HOUSING") + "/return").then(), 422, "reason");
    json(APPROVER, "{\"reason\": \"Commentary missing for the red indicator\"}")
        .post(submissions("HOUSING") + "/return")
        .then()
        .statusCode(200);
    JsonPath returned = period();
    assertThat(stateOf(returned, "HOUSING")).isEqualTo("RETURNED");
    assertThat(returned.getString("submissions.find { it.businessUnit == 'HOUSING' }.returnReason"))
        .isEqualTo("Commentary missing for the red indicator");

    as(EDITOR).post(submissions("HOUSING")).then().statusCode(200);
    as(APPROVER).post(submissions("HOUSING") + "/approval").then().statusCode(200);
    assertThat(stateOf(period(), "HOUSING")).isEqualTo("APPROVED");
    // The approver acts for HOUSING and CUSTOMER only.
    as(ADMIN).post(submissions("PLANNING")).then().statusCode(200);
    problem(as(APPROVER).post(submissions("PLANNING") + "/approval").then(), 403, "businessUnit");
    problem(
        request().post("/periods/" + quarter + "/submissions/NOPE-X").then(), 404, "businessUnit");
  }

  @Test
  void aLockedPeriodRefusesEveryChangeUntilReopenedWithAReason() {
    problem(as(APPROVER).post("/periods/" + quarter + "/lock").then(), 403, null);
    request()
        .post("/periods/" + quarter + "/lock")
        .then()
        .statusCode(200)
        .body("state", equalTo("LOCKED"));
    problem(request().post("/periods/" + quarter + "/lock").then(), 409, "period");

    problem(json(EDITOR, "{\"value\": 99}").put(measurement()).then(), 409, "period");
    problem(
        json("{\"value\": 99}").put("/indicators/" + indicator + "/targets/" + quarter).then(),
        409,
        "period");
    problem(
        json("{\"status\": \"RED\", \"reason\": \"x\"}")
            .put(measurement() + "/status-override")
            .then(),
        409,
        "period");
    problem(as(EDITOR).post(submissions("HOUSING")).then(), 409, "period");
    request()
        .get("/indicators/" + indicator + "/measurements")
        .then()
        .body("[0].value", equalTo(10))
        .body("[0].commentary", equalTo("before sign-off"));

    request()
        .post("/periods/" + quarter + "/publish")
        .then()
        .statusCode(200)
        .body("state", equalTo("PUBLISHED"));
    problem(json("{}").post("/periods/" + quarter + "/reopen").then(), 422, "reason");
    problem(
        json(EDITOR, "{\"reason\": \"x\"}").post("/periods/" + quarter + "/reopen").then(),
        403,
        null);
    json("{\"reason\": \"Housing figure was wrong: corrected by the service\"}")
        .post("/periods/" + quarter + "/reopen")
        .then()
        .statusCode(200)
        .body("state", equalTo("OPEN"))
        .body("reopenReason", equalTo("Housing figure was wrong: corrected by the service"));

    json(EDITOR, "{\"value\": 12, \"commentary\": \"corrected\"}")
        .put(measurement())
        .then()
        .statusCode(200);

    List<Map<String, Object>> history =
        request()
            .get("/indicators/" + indicator + "/history")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    assertThat(history)
        .extracting(c -> c.get("field") + ":" + c.get("oldValue") + "->" + c.get("newValue"))
        .containsSubsequence(
            "actual:10->12",
            "periodState:PUBLISHED->OPEN",
            "reopenReason:null->Housing figure was wrong: corrected by the service",
            "periodState:LOCKED->PUBLISHED",
            "periodState:OPEN->LOCKED",
            "actual:null->10");
    assertThat(history.get(0)).containsEntry("by", EDITOR);
  }

  @Test
  void workflowOnAnUnknownPeriodIsNotFound() {
    problem(request().post("/periods/2999-00-Q4/lock").then(), 404, "code");
    problem(request().post("/periods/2999-00-Q4/submissions/HOUSING").then(), 404, "code");
  }
}
