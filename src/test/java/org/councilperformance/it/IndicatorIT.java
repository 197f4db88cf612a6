package org.councilperformance.it;

import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IndicatorIT {
  private static final String QUARTER = "2030-31-Q2";
  private static final String YEAR = "2030-31";
  private String unit;
  private String priority;
  private String code;

  @BeforeAll
  static void periods() {
    Api.ensurePeriod(YEAR);
    Api.ensurePeriod(QUARTER);
  }

  @BeforeEach
  void indicator() {
    unit = Api.newBusinessUnit();
    priority = Api.newPriority();
    code = unique("KPI");
    json(object()
            .add("code", code)
            .add("name", "Average re-let time")
            .add("definition", "Days from void to let")
            .add("unit", "DAYS")
            .add("polarity", "LOWER_IS_BETTER")
            .add("tolerance", object().add("type", "ABSOLUTE").add("amount", 2))
            .add("greenPlusMargin", object().add("type", "RELATIVE_PERCENT").add("amount", 10))
            .add("owner", "Head of Housing")
            .add("businessUnit", unit)
            .add("priorities", array().add(priority))
            .add("tags", array().add("RSH TSM").add("local")))
        .post("/indicators")
        .then()
        .statusCode(201)
        .body(
            "statusRule",
            equalTo(
                "lower is better; amber up to 2 above target; green plus at 10% below target or more"))
        .body("tolerance.amount", equalTo(2))
        .body("frequency", equalTo("QUARTERLY"))
        .body("tags", contains("RSH TSM", "local"));
  }

  private void target(String period, String value) {
    json(object().add("value", new BigDecimal(value)))
        .put("/indicators/" + code + "/targets/" + period)
        .then()
        .statusCode(200);
  }

  private void actual(String value, String commentary) {
    json(object().add("value", new BigDecimal(value)).add("commentary", commentary))
        .put("/indicators/" + code + "/measurements/" + QUARTER)
        .then()
        .statusCode(200);
  }

  private JsonPath status() {
    return request()
        .queryParam("period", QUARTER)
        .get("/indicators/" + code + "/status")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void readsAndRevisesTheDefinition() {
    request().get("/indicators/" + code).then().statusCode(200).body("businessUnit", equalTo(unit));
    json("""
            {"name": "Average re-let time (days)", "unit": "DAYS", "polarity": "LOWER_IS_BETTER",
             "aggregation": "ROLLING_12_MONTHS"}
            """)
        .put("/indicators/" + code)
        .then()
        .statusCode(200)
        .body("name", equalTo("Average re-let time (days)"))
        .body("aggregation", equalTo("ROLLING_12_MONTHS"))
        .body("tolerance.type", equalTo("RELATIVE_PERCENT"))
        .body("tolerance.amount", equalTo(5))
        .body("greenPlusMargin", nullValue())
        .body("businessUnit", nullValue())
        .body("priorities", hasSize(0));
  }

  @Test
  void statusFollowsTargetAndActual() {
    target(QUARTER, "28");
    target(YEAR, "27");
    request()
        .get("/indicators/" + code + "/targets")
        .then()
        .statusCode(200)
        .body("period", contains(YEAR, QUARTER))
        .body("value", contains(27, 28));
    org.assertj.core.api.Assertions.assertThat(status().getString("status")).isEqualTo("MISSING");

    actual("30", "Two long-term voids");
    JsonPath amber = status();
    org.assertj.core.api.Assertions.assertThat(amber.getString("status")).isEqualTo("AMBER");
    org.assertj.core.api.Assertions.assertThat(amber.getString("commentary"))
        .isEqualTo("Two long-term voids");
    org.assertj.core.api.Assertions.assertThat(amber.getString("enteredBy")).isEqualTo(Api.ADMIN);

    actual("30.5", "Worse");
    org.assertj.core.api.Assertions.assertThat(status().getString("status")).isEqualTo("RED");
    actual("25.2", "Better than ever");
    org.assertj.core.api.Assertions.assertThat(status().getString("status"))
        .isEqualTo("GREEN_PLUS");

    request()
        .get("/indicators/" + code + "/measurements")
        .then()
        .statusCode(200)
        .body("period", contains(QUARTER))
        .body("value", contains(25.2f));

    request()
        .queryParam("period", QUARTER)
        .queryParam("businessUnit", unit)
        .get("/indicators")
        .then()
        .statusCode(200)
        .body("code", contains(code))
        .body("[0].target", equalTo(28))
        .body("[0].actual", equalTo(25.2f))
        .body("[0].status", equalTo("GREEN_PLUS"))
        .body("[0].statusRule", notNullValue())
        .body("[0].reportedStatus", nullValue());

    Map<String, Object> summary =
        request()
            .queryParam("period", QUARTER)
            .queryParam("priority", priority)
            .get("/summary")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    org.assertj.core.api.Assertions.assertThat(summary)
        .containsEntry("total", 1)
        .containsEntry("greenPlus", 1)
        .containsEntry("onTrack", 1)
        .containsEntry("onTrackPercent", 100);
  }

  @Test
  void missingDataNeedsAReasonAndCountsAsMissing() {
    target(QUARTER, "28");
    json(object().add("missingReason", "Housing system migration"))
        .put("/indicators/" + code + "/measurements/" + QUARTER)
        .then()
        .statusCode(200)
        .body("value", nullValue())
        .body("missingReason", equalTo("Housing system migration"));
    org.assertj.core.api.Assertions.assertThat(status().getString("status")).isEqualTo("MISSING");
  }

  @Test
  void adminOverrideIsShownAndCanBeCleared() {
    target(QUARTER, "28");
    actual("35", "Contractor failure");
    json(object().add("status", "AMBER").add("reason", "Contractor replaced; recovery agreed"))
        .put("/indicators/" + code + "/measurements/" + QUARTER + "/status-override")
        .then()
        .statusCode(200)
        .body("override.status", equalTo("AMBER"));
    JsonPath overridden = status();
    org.assertj.core.api.Assertions.assertThat(overridden.getString("status")).isEqualTo("AMBER");
    org.assertj.core.api.Assertions.assertThat(overridden.getString("computedStatus"))
        .isEqualTo("RED");
    org.assertj.core.api.Assertions.assertThat(overridden.getString("override.reason"))
        .isEqualTo("Contractor replaced; recovery agreed");

    request()
        .delete("/indicators/" + code + "/measurements/" + QUARTER + "/status-override")
        .then()
        .statusCode(200)
        .body("override", nullValue());
    org.assertj.core.api.Assertions.assertThat(status().getString("status")).isEqualTo("RED");
  }

  @Test
  void badMeasurementsAreRefusedAndLoseNothing() {
    target(QUARTER, "28");
    actual("26", "On track");
    String path = "/indicators/" + code + "/measurements/" + QUARTER;
    problem(json(object().add("value", "twenty")).put(path).then(), 400, "value");
    problem(json(object().add("commentary", "forgot the figure")).put(path).then(), 422, "value");
    problem(
        json(object().add("value", 1).add("missingReason", "both")).put(path).then(),
        422,
        "missingReason");
    problem(json("{\"value\": 1").put(path).then(), 400, "body");
    request()
        .get("/indicators/" + code + "/measurements")
        .then()
        .body("value", contains(26))
        .body("commentary", contains("On track"));
  }

  @Test
  void badTargetsAndOverridesAreRefused() {
    String targets = "/indicators/" + code + "/targets/";
    problem(json(object().addNull("value")).put(targets + QUARTER).then(), 422, "value");
    problem(
        json(object().add("value", array().add(1))).put(targets + QUARTER).then(), 400, "value");
    problem(json(object().add("value", 1)).put(targets + "2030-Q2").then(), 400, "period");
    problem(json(object().add("value", 1)).put(targets + "2999-00-Q1").then(), 404, "period");
    request().get("/indicators/" + code + "/targets").then().body("", hasSize(0));

    String override = "/indicators/" + code + "/measurements/" + QUARTER + "/status-override";
    problem(json(object().add("status", "GREEN")).put(override).then(), 422, "reason");
    problem(
        json(object().add("status", "PURPLE").add("reason", "x")).put(override).then(),
        400,
        "status");
    problem(
        json(object().add("status", "GREEN").add("reason", "x")).put(override).then(),
        404,
        "period");
  }

  /** A valid definition of a new indicator, to which tests add or in which they replace a field. */
  private static JsonObjectBuilder rentCollected(String code) {
    return object()
        .add("code", code)
        .add("name", "Rent collected")
        .add("unit", "PERCENT")
        .add("polarity", "HIGHER_IS_BETTER");
  }

  @Test
  void badIndicatorDefinitionsNameTheField() {
    problem(
        json(rentCollected(unique("K")).add("unit", "FURLONGS")).post("/indicators").then(),
        400,
        "unit");
    problem(
        json(rentCollected(unique("K"))
                .add("tolerance", object().add("type", "ABSOLUTE").add("amount", -1)))
            .post("/indicators")
            .then(),
        422,
        "tolerance.amount");
    problem(
        json(rentCollected(unique("K")).add("tolerance", object().add("amount", 1)))
            .post("/indicators")
            .then(),
        422,
        "tolerance.type");
    problem(
        json(rentCollected(unique("K")).add("businessUnit", "NOPE-X")).post("/indicators").then(),
        404,
        "businessUnit");
    problem(
        json(rentCollected(unique("K")).add("priorities", array().add("NOPE-X")))
            .post("/indicators")
            .then(),
        404,
        "priorities");
    problem(
        json(object().add("name", "x").add("unit", "PERCENT").add("polarity", "HIGHER_IS_BETTER"))
            .post("/indicators")
            .then(),
        422,
        "code");
    problem(json(rentCollected(code)).post("/indicators").then(), 409, "code");
    request().get("/indicators/" + code).then().body("name", equalTo("Average re-let time"));
  }

  @Test
  void historyShowsEveryChangeNewestFirstWithOldAndNewValues() {
    target(QUARTER, "28");
    actual("30", "Two long-term voids");
    actual("30.5", "Two long-term voids");
    json(object().add("status", "AMBER").add("reason", "Recovery agreed"))
        .put("/indicators/" + code + "/measurements/" + QUARTER + "/status-override")
        .then()
        .statusCode(200);
    List<Map<String, Object>> history =
        request().get("/indicators/" + code + "/history").then().statusCode(200).extract().path("");
    org.assertj.core.api.Assertions.assertThat(history)
        .extracting(c -> c.get("field") + ":" + c.get("oldValue") + "->" + c.get("newValue"))
        .containsExactly(
            "statusOverride:null->AMBER",
            "overrideReason:null->Recovery agreed",
            "actual:30->30.5",
            "actual:null->30",
            "commentary:null->Two long-term voids",
            "target:null->28");
    org.assertj.core.api.Assertions.assertThat(history)
        .allSatisfy(
            c -> {
              org.assertj.core.api.Assertions.assertThat(c.get("by")).isEqualTo(Api.ADMIN);
              org.assertj.core.api.Assertions.assertThat(c.get("period")).isEqualTo(QUARTER);
              org.assertj.core.api.Assertions.assertThat(c.get("at")).isNotNull();
            });
    problem(request().get("/indicators/NOPE-X/history").then(), 404, "code");
    request().delete("/indicators/" + code + "/history").then().statusCode(405);
  }

  @Test
  void theCodeNeverChanges() {
    problem(
        json(object()
                .add("code", "OTHER-1")
                .add("name", "x")
                .add("unit", "DAYS")
                .add("polarity", "LOWER_IS_BETTER"))
            .put("/indicators/" + code)
            .then(),
        422,
        "code");
    json(object()
            .add("code", code)
            .add("name", "Re-let time")
            .add("unit", "DAYS")
            .add("polarity", "LOWER_IS_BETTER"))
        .put("/indicators/" + code)
        .then()
        .statusCode(200)
        .body("name", equalTo("Re-let time"));
  }

  @Test
  void unknownIndicatorOrPeriodIsNotFound() {
    problem(request().get("/indicators/NOPE-X").then(), 404, "code");
    problem(request().get("/indicators/NOPE-X/targets").then(), 404, "code");
    problem(request().get("/indicators/NOPE-X/measurements").then(), 404, "code");
    problem(
        json(object().add("value", 1)).put("/indicators/NOPE-X/measurements/" + QUARTER).then(),
        404,
        "code");
    problem(
        json(object().add("name", "x").add("unit", "PERCENT").add("polarity", "HIGHER_IS_BETTER"))
            .put("/indicators/NOPE-X")
            .then(),
        404,
        "code");
    problem(
        request().queryParam("period", QUARTER).get("/indicators/NOPE-X/status").then(),
        404,
        "code");
    problem(request().get("/indicators/" + code + "/status").then(), 400, "period");
    problem(
        request()
            .delete("/indicators/" + code + "/measurements/" + QUARTER + "/status-override")
            .then(),
        404,
        "period");
    problem(
        request().delete("/indicators/NOPE-X/measurements/" + QUARTER + "/status-override").then(),
        404,
        "code");
    problem(
        json(object().add("value", 1)).put("/indicators/" + code + "/measurements/2999-00").then(),
        404,
        "period");
    problem(request().queryParam("period", "2999-00-Q1").get("/indicators").then(), 404, "period");
  }

  @Test
  void listingNeedsAWellFormedPeriodAndKnownScope() {
    problem(request().get("/indicators").then(), 400, "period");
    problem(request().queryParam("period", "Q2").get("/indicators").then(), 400, "period");
    problem(
        request()
            .queryParam("period", QUARTER)
            .queryParam("priority", "NOPE-X")
            .get("/indicators")
            .then(),
        404,
        "priority");
    problem(
        request()
            .queryParam("period", QUARTER)
            .queryParam("businessUnit", "NOPE-X")
            .get("/indicators")
            .then(),
        404,
        "businessUnit");
  }

  @Test
  void wholeCouncilListIncludesTheNewIndicator() {
    List<String> codes =
        request()
            .queryParam("period", QUARTER)
            .get("/indicators")
            .then()
            .statusCode(200)
            .extract()
            .path("code");
    org.assertj.core.api.Assertions.assertThat(codes).contains(code);
    request()
        .queryParam("period", QUARTER)
        .queryParam("priority", priority)
        .get("/indicators")
        .then()
        .body("code", hasItem(code))
        .body("code", not(hasItem("VFM-PI-01")));
  }
}
