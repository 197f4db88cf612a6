package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each period lists and counts only its set: the indicators and actions reported in it
 * (docs/rules.md#the-set-of-a-period). Each test has two consecutive financial years of its own,
 * far in the future, and a business unit of its own.
 */
class ReportedPeriodsIT {
  private String unit;
  private String year1;
  private String year2;

  @BeforeEach
  void twoFreshYears() {
    unit = Api.newBusinessUnit();
    List<String> years = Api.freshYears(2);
    year1 = years.get(0);
    year2 = years.get(1);
    for (String period : List.of(year1, year1 + "-Q4", year2)) {
      Api.ensurePeriod(period);
    }
  }

  private JsonObjectBuilder indicatorBody(String name) {
    return object()
        .add("name", name)
        .add("unit", "COUNT")
        .add("polarity", "HIGHER_IS_BETTER")
        .add("businessUnit", unit);
  }

  private String indicator(JsonObjectBuilder body) {
    String code = unique("IND");
    json(body.add("code", code)).post("/indicators").then().statusCode(201);
    return code;
  }

  /** A target of 100 and the given actual for the period. */
  private void figures(String indicator, String period, int actual) {
    json(object().add("value", 100))
        .put("/indicators/" + indicator + "/targets/" + period)
        .then()
        .statusCode(200);
    json(object().add("value", actual).add("commentary", "as reported"))
        .put("/indicators/" + indicator + "/measurements/" + period)
        .then()
        .statusCode(200);
  }

  private String action(JsonObjectBuilder body) {
    String code = unique("ACT");
    json(body.add("code", code).add("title", "Deliver " + code).add("businessUnit", unit))
        .post("/actions")
        .then()
        .statusCode(201);
    return code;
  }

  private List<String> codes(String path, String period) {
    return request()
        .queryParam("period", period)
        .queryParam("businessUnit", unit)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .path("code");
  }

  private JsonPath summary(String period) {
    return request()
        .queryParam("period", period)
        .queryParam("businessUnit", unit)
        .get("/summary")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private String pack(String period) {
    return Documents.xlsx(
            Documents.pack("period=" + period + "&businessUnit=" + unit + "&format=xlsx"))
        .toString();
  }

  @Test
  void anIndicatorRetiredAtTheEndOfYearOneCountsInYearOneAndNotInYearTwo() {
    String continuing = indicator(indicatorBody("Continuing measure"));
    String retiredName = "Retired measure " + unique("R");
    String retired = indicator(indicatorBody(retiredName).add("reportedTo", year1));
    request()
        .get("/indicators/" + retired)
        .then()
        .statusCode(200)
        .body("reportedFrom", nullValue())
        .body("reportedTo", equalTo(year1));
    for (String period : List.of(year1 + "-Q1", year1 + "-Q4", year2 + "-Q1")) {
      figures(continuing, period, 100);
      figures(retired, period, 50); // RED wherever it counts
    }

    for (String period : List.of(year1 + "-Q1", year1 + "-Q4")) {
      assertThat(codes("/indicators", period)).containsExactlyInAnyOrder(continuing, retired);
      assertThat(summary(period).getInt("total")).isEqualTo(2);
      assertThat(summary(period).getInt("red")).isEqualTo(1);
      assertThat(codes("/exceptions", period)).containsExactly(retired);
      assertThat(codes("/trends", period)).containsExactlyInAnyOrder(continuing, retired);
    }
    assertThat(pack(year1 + "-Q4")).contains(retiredName);

    String nextYear = year2 + "-Q1";
    assertThat(codes("/indicators", nextYear)).containsExactly(continuing);
    JsonPath counts = summary(nextYear);
    assertThat(counts.getInt("total")).isEqualTo(1);
    assertThat(counts.getInt("red")).isZero();
    assertThat(counts.getInt("onTrackPercent")).isEqualTo(100);
    assertThat(codes("/exceptions", nextYear)).isEmpty();
    assertThat(codes("/trends", nextYear)).containsExactly(continuing);
    assertThat(pack(nextYear)).doesNotContain(retiredName).contains("Continuing measure");
    // Retiring is not deleting: the indicator and its figures are still there.
    request().get("/indicators/" + retired + "/measurements").then().statusCode(200);
  }

  @Test
  void retiringByUpdateKeepsEarlierPeriodsAndUnretiringBringsItBack() {
    String code = indicator(indicatorBody("Dropped from the plan"));
    figures(code, year1 + "-Q1", 100);
    figures(code, year2 + "-Q1", 100);
    json(indicatorBody("Dropped from the plan").add("reportedTo", year1 + "-Q4"))
        .put("/indicators/" + code)
        .then()
        .statusCode(200)
        .body("reportedTo", equalTo(year1 + "-Q4"));
    assertThat(codes("/indicators", year1 + "-Q1")).containsExactly(code);
    assertThat(codes("/indicators", year2 + "-Q1")).isEmpty();
    // A body without the field leaves the end open again: a PUT sends the whole definition.
    json(indicatorBody("Dropped from the plan"))
        .put("/indicators/" + code)
        .then()
        .statusCode(200)
        .body("reportedTo", nullValue());
    assertThat(codes("/indicators", year2 + "-Q1")).containsExactly(code);
  }

  @Test
  void anActionAddedInYearTwoDoesNotCountInYearOneAndLastYearsActionsLeaveYearTwo() {
    String added = action(object().add("reportedFrom", year2));
    String lastYears = action(object().add("reportedTo", year1));
    for (String period : List.of(year1 + "-Q1", year2 + "-Q1")) {
      for (String action : List.of(added, lastYears)) {
        json(object().add("progress", 40))
            .put("/actions/" + action + "/updates/" + period)
            .then()
            .statusCode(200);
      }
    }
    request()
        .get("/actions/" + added)
        .then()
        .statusCode(200)
        .body("reportedFrom", equalTo(year2))
        .body("reportedTo", nullValue());

    assertThat(codes("/actions", year1 + "-Q1")).containsExactly(lastYears);
    assertThat(summary(year1 + "-Q1").getInt("actions.total")).isEqualTo(1);
    assertThat(codes("/actions", year2 + "-Q1")).containsExactly(added);
    assertThat(summary(year2 + "-Q1").getInt("actions.total")).isEqualTo(1);
    assertThat(pack(year2 + "-Q1")).contains("Deliver " + added).doesNotContain(lastYears);
  }

  @Test
  void aContinuingMeasureComparesWithLastYearAcrossTheYears() {
    String code =
        indicator(indicatorBody("Continuing").add("reportedFrom", year1).add("reportedTo", year2));
    figures(code, year1 + "-Q1", 80);
    figures(code, year1 + "-Q4", 95);
    figures(code, year2 + "-Q1", 90);
    JsonPath trend =
        request()
            .queryParam("period", year2 + "-Q1")
            .get("/indicators/" + code + "/trend")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(trend.getString("sinceLastYear")).isEqualTo("IMPROVING"); // 80 → 90
    assertThat(trend.getString("sincePrevious")).isEqualTo("WORSENING"); // 95 → 90
  }

  @Test
  void aLockedPeriodKeepsListingWhatItWasLockedWith() {
    String quarter = year1 + "-Q1";
    String code = indicator(indicatorBody("Moved to next year's set"));
    String act = action(object());
    figures(code, quarter, 100);
    request().post("/periods/" + quarter + "/lock").then().statusCode(200);

    // Afterwards both are moved out of year one: the open Q4 drops them, the locked Q1 does not.
    json(indicatorBody("Moved to next year's set").add("reportedFrom", year2))
        .put("/indicators/" + code)
        .then()
        .statusCode(200);
    json(object()
            .add("title", "Deliver " + act)
            .add("businessUnit", unit)
            .add("reportedFrom", year2))
        .put("/actions/" + act)
        .then()
        .statusCode(200);
    assertThat(codes("/indicators", quarter)).containsExactly(code);
    assertThat(codes("/actions", quarter)).containsExactly(act);
    assertThat(summary(quarter).getInt("total")).isEqualTo(1);
    assertThat(codes("/indicators", year1 + "-Q4")).isEmpty();
    assertThat(codes("/actions", year1 + "-Q4")).isEmpty();
  }

  @Test
  void badReportedPeriodsAreRefusedNamingTheField() {
    problem(
        json(indicatorBody("Backwards")
                .add("code", unique("IND"))
                .add("reportedFrom", year2)
                .add("reportedTo", year1 + "-Q4"))
            .post("/indicators")
            .then(),
        422,
        "reportedTo");
    problem(
        json(indicatorBody("Not set up").add("code", unique("IND")).add("reportedFrom", "1901-02"))
            .post("/indicators")
            .then(),
        404,
        "reportedFrom");
    problem(
        json(indicatorBody("Not a period").add("code", unique("IND")).add("reportedTo", "2019/20"))
            .post("/indicators")
            .then(),
        400,
        "reportedTo");
    String act = action(object());
    problem(
        json(object()
                .add("title", "Backwards")
                .add("reportedFrom", year2 + "-Q1")
                .add("reportedTo", year1))
            .put("/actions/" + act)
            .then(),
        422,
        "reportedTo");
    problem(
        json(object().add("title", "Not set up").add("reportedTo", "1901-02-Q3"))
            .put("/actions/" + act)
            .then(),
        404,
        "reportedTo");
    request()
        .get("/actions/" + act)
        .then()
        .statusCode(200)
        .body("title", equalTo("Deliver " + act))
        .body("reportedFrom", nullValue())
        .body("reportedTo", nullValue());
  }
}
