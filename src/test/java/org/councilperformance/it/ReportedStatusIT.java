package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.containsString;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The status a council printed, recorded per indicator and period through the API, shown beside the
 * computed one; a due figure that never came counting as missing; and a body field the request does
 * not have refused rather than dropped (docs/rules.md#indicator-status, docs/api.md#errors).
 */
class ReportedStatusIT {

  private static JsonPath status(String indicator, String quarter) {
    return request()
        .queryParam("period", quarter)
        .get("/indicators/" + indicator + "/status")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The position shows the status that counts beside the one printed, and whether they differ. */
  private static void shows(
      String indicator, String quarter, String status, String printed, boolean differs) {
    JsonPath position = status(indicator, quarter);
    assertThat(position.getString("status")).isEqualTo(status);
    assertThat(position.getString("reportedStatus")).isEqualTo(printed);
    assertThat(position.getBoolean("differsFromReported")).isEqualTo(differs);
  }

  @Test
  void aPrintedStatusIsKeptShownBesideTheComputedOneAndAudited() {
    String quarter = Api.freshQuarter();
    String indicator = Api.newIndicator(Api.newBusinessUnit());
    String measurement = "/indicators/" + indicator + "/measurements/" + quarter;
    json("{\"value\": 100}").put("/indicators/" + indicator + "/targets/" + quarter);
    // 98 against 100 is amber by the rule; the council printed green.
    json(object().add("value", 98).add("reportedStatus", "GREEN"))
        .put(measurement)
        .then()
        .statusCode(200)
        .body("reportedStatus", org.hamcrest.Matchers.equalTo("GREEN"));
    shows(indicator, quarter, "AMBER", "GREEN", true);

    // A later correction of the figure keeps what was printed; the council's words are read too.
    json(object().add("value", 101)).put(measurement).then().statusCode(200);
    shows(indicator, quarter, "GREEN", "GREEN", false);
    json(object().add("value", 101).add("reportedStatus", "green plus"))
        .put(measurement)
        .then()
        .statusCode(200);
    assertThat(status(indicator, quarter).getString("reportedStatus")).isEqualTo("GREEN_PLUS");

    List<Map<String, Object>> history =
        request()
            .get("/indicators/" + indicator + "/history")
            .then()
            .statusCode(200)
            .extract()
            .path("findAll { it.field == 'reportedStatus' }");
    assertThat(history)
        .extracting(c -> c.get("oldValue") + "->" + c.get("newValue"))
        .containsExactly("GREEN->GREEN_PLUS", "null->GREEN");
    assertThat(history).allSatisfy(c -> assertThat(c.get("by")).isEqualTo(Api.ADMIN));
  }

  @Test
  void aPrintedMissingDataRowNeedsNoFigureAndIsMissingWithoutATarget() {
    String quarter = Api.freshQuarter();
    String indicator = Api.newIndicator(Api.newBusinessUnit());
    json(object().add("reportedStatus", "missing data"))
        .put("/indicators/" + indicator + "/measurements/" + quarter)
        .then()
        .statusCode(200)
        .body("reportedStatus", org.hamcrest.Matchers.equalTo("MISSING"));
    shows(indicator, quarter, "MISSING", "MISSING", false);
    // Without a printed status, a figure or a reason is still required.
    problem(
        json(object().add("commentary", "none"))
            .put("/indicators/" + indicator + "/measurements/" + quarter)
            .then(),
        422,
        "value");
  }

  @Test
  void anUnknownPrintedStatusIsRefusedAndALockedPeriodKeepsItsOwn() {
    String quarter = Api.freshQuarter();
    String indicator = Api.newIndicator(Api.newBusinessUnit());
    String measurement = "/indicators/" + indicator + "/measurements/" + quarter;
    problem(
            json(object().add("value", 5).add("reportedStatus", "BLUE")).put(measurement).then(),
            422,
            "reportedStatus")
        .body("detail", containsString("GREEN_PLUS"));
    json(object().add("value", 5).add("reportedStatus", "RED"))
        .put(measurement)
        .then()
        .statusCode(200);

    request().post("/periods/" + quarter + "/lock").then().statusCode(200);
    problem(
        json(object().add("value", 5).add("reportedStatus", "GREEN")).put(measurement).then(),
        409,
        "period");
    assertThat(status(indicator, quarter).getString("reportedStatus")).isEqualTo("RED");
  }

  @Test
  void aMissingMeasureWithNoTargetCountsInTheDenominator() {
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    String onTarget = Api.newIndicator(unit);
    json("{\"value\": 10}").put("/indicators/" + onTarget + "/targets/" + quarter);
    json("{\"value\": 12}").put("/indicators/" + onTarget + "/measurements/" + quarter);
    // No target, and a missing-data reason: missing, not data only.
    String noFigure = Api.newIndicator(unit);
    json("{\"missingReason\": \"not collated\"}")
        .put("/indicators/" + noFigure + "/measurements/" + quarter)
        .then()
        .statusCode(200);
    // No target and nothing entered at all: missing too.
    Api.newIndicator(unit);
    // A figure with no target is still data only.
    String figureOnly = Api.newIndicator(unit);
    json("{\"value\": 3}").put("/indicators/" + figureOnly + "/measurements/" + quarter);

    JsonPath summary =
        request()
            .queryParam("period", quarter)
            .queryParam("businessUnit", unit)
            .get("/summary")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(summary.getInt("total")).isEqualTo(4);
    assertThat(summary.getInt("missing")).isEqualTo(2);
    assertThat(summary.getInt("dataOnly")).isEqualTo(1);
    assertThat(summary.getInt("judged")).isEqualTo(3);
    assertThat(summary.getString("text")).isEqualTo("1 of 3 indicators on track (33%)");
  }

  @Test
  void aFieldTheRequestDoesNotHaveIsRefusedNamingItOnEveryEndpoint() {
    String quarter = Api.freshQuarter();
    String indicator = Api.newIndicator(Api.newBusinessUnit());
    problem(
            json(object().add("value", 5).add("reportedStatuz", "GREEN"))
                .put("/indicators/" + indicator + "/measurements/" + quarter)
                .then(),
            422,
            "reportedStatuz")
        .body("detail", containsString("reportedStatus"));
    request()
        .get("/indicators/" + indicator + "/measurements/" + quarter)
        .then()
        .statusCode(404); // nothing was stored

    problem(
        json(object()
                .add("code", Api.unique("IND"))
                .add("name", "Typo")
                .add("unit", "COUNT")
                .add("polarity", "HIGHER_IS_BETTER")
                .add("tolerance", object().add("type", "ABSOLUTE").add("amout", 2)))
            .post("/indicators")
            .then(),
        422,
        "tolerance.amout");
    problem(
        json(object().add("value", 10).add("comment", "x"))
            .put("/indicators/" + indicator + "/targets/" + quarter)
            .then(),
        422,
        "comment");
  }
}
