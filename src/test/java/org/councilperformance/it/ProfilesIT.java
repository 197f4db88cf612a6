package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;

import io.restassured.path.json.JsonPath;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A quarter without a target of its own judged against the profiled annual target, seasonal
 * profiles, the cap on a cumulative percentage's forecast, and the officer's own forecast
 * (docs/rules.md#profiles, docs/rules.md#the-councils-own-forecast).
 */
class ProfilesIT {
  private static final String BEHIND = "Two schemes start late; the rest are on site";

  /** A fresh financial year: its code, and the codes of its first and second quarters. */
  private record Year(String code, String q1, String q2) {
    static Year fresh() {
      String q1 = Api.freshQuarter();
      String year = q1.substring(0, q1.length() - 3);
      String q2 = year + "-Q2";
      Api.ensurePeriod(year);
      Api.ensurePeriod(q2);
      return new Year(year, q1, q2);
    }
  }

  private static JsonObjectBuilder indicator(String code, String unit, String aggregation) {
    return object()
        .add("code", code)
        .add("name", "Profiled " + code)
        .add("unit", unit)
        .add("polarity", "HIGHER_IS_BETTER")
        .add("aggregation", aggregation);
  }

  private static String create(JsonObjectBuilder body) {
    return json(body).post("/indicators").then().statusCode(201).extract().path("code");
  }

  private static void put(String path, JsonObjectBuilder body) {
    json(body).put(path).then().statusCode(200);
  }

  private static JsonPath get(String indicator, String what, String period) {
    return request()
        .queryParam("period", period)
        .get("/indicators/" + indicator + "/" + what)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aQuarterWithOnlyAnAnnualTargetIsJudgedAgainstItsProfile() {
    Year year = Year.fresh();
    String homes = create(indicator(Api.unique("IND"), "COUNT", "CUMULATIVE_YEAR_TO_DATE"));
    String arrears = create(indicator(Api.unique("IND"), "COUNT", "SNAPSHOT"));
    put("/indicators/" + homes + "/targets/" + year.code(), object().add("value", 100));
    put("/indicators/" + arrears + "/targets/" + year.code(), object().add("value", 10));
    put(
        "/indicators/" + homes + "/measurements/" + year.q2(),
        object().add("value", 49).add("commentary", "One scheme slipped to Q3"));
    put("/indicators/" + arrears + "/measurements/" + year.q2(), object().add("value", 10));

    // Half the year's 100 homes due by Q2: 49 is within 5% of 50, amber.
    JsonPath cumulative = get(homes, "status", year.q2());
    assertThat(cumulative.getString("target")).isEqualTo("50");
    assertThat(cumulative.getString("targetSource")).isEqualTo("PROFILE");
    assertThat(cumulative.getString("status")).isEqualTo("AMBER");
    // A snapshot is judged against the annual target itself.
    JsonPath snapshot = get(arrears, "status", year.q2());
    assertThat(snapshot.getString("target")).isEqualTo("10");
    assertThat(snapshot.getString("targetSource")).isEqualTo("PROFILE");
    assertThat(snapshot.getString("status")).isEqualTo("GREEN");

    // A quarter target, once set, is what the quarter is judged against.
    put("/indicators/" + homes + "/targets/" + year.q2(), object().add("value", 40));
    JsonPath own = get(homes, "status", year.q2());
    assertThat(own.getString("targetSource")).isEqualTo("PERIOD");
    assertThat(own.getString("status")).isEqualTo("GREEN");
    // The year is judged against its own target.
    put(
        "/indicators/" + arrears + "/measurements/" + year.code(),
        object().add("value", 9).add("commentary", "Short of target")); // red: explained
    JsonPath annual = get(arrears, "status", year.code());
    assertThat(annual.getString("targetSource")).isEqualTo("PERIOD");
    assertThat(annual.getString("status")).isEqualTo("RED");
  }

  @Test
  void aSeasonalProfileSetsTheQuartersShareAndALockedQuarterKeepsIt() {
    Year year = Year.fresh();
    String code = Api.unique("IND");
    JsonObjectBuilder body = indicator(code, "COUNT", "CUMULATIVE_YEAR_TO_DATE");
    problem(
        json(body.add("seasonalProfile", array().add(25).add(25).add(25).add(24.999)))
            .post("/indicators")
            .then(),
        422,
        "seasonalProfile");
    body = indicator(code, "COUNT", "CUMULATIVE_YEAR_TO_DATE");
    create(body.add("seasonalProfile", array().add(10).add(20).add(30).add(40)));
    assertThat(
            request()
                .get("/indicators/" + code)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("seasonalProfile", String.class))
        .containsExactly("10", "20", "30", "40");
    put("/indicators/" + code + "/targets/" + year.code(), object().add("value", 200));
    put("/indicators/" + code + "/measurements/" + year.q2(), object().add("value", 60));

    // 10% + 20% of 200 due by Q2: 60 is on profile, heading for the full 200.
    assertThat(get(code, "status", year.q2()).getString("target")).isEqualTo("60");
    JsonPath trend = get(code, "trend", year.q2());
    assertThat(trend.getString("profiledTarget")).isEqualTo("60");
    assertThat(trend.getString("forecast")).isEqualTo("200");
    assertThat(trend.getString("forecastMethod")).contains("30%");

    request().post("/periods/" + year.q2() + "/lock").then().statusCode(200);
    put(
        "/indicators/" + code,
        indicator(code, "COUNT", "CUMULATIVE_YEAR_TO_DATE")
            .add("seasonalProfile", array().add(40).add(30).add(20).add(10)));
    assertThat(get(code, "status", year.q2()).getString("target")).isEqualTo("60");
  }

  @Test
  void aCumulativePercentageIsNeverForecastAbove100() {
    Year year = Year.fresh();
    String collected = create(indicator(Api.unique("IND"), "PERCENT", "CUMULATIVE_YEAR_TO_DATE"));
    put("/indicators/" + collected + "/targets/" + year.code(), object().add("value", 97));
    // 55% collected by Q2 would be 110% in a straight line.
    put("/indicators/" + collected + "/measurements/" + year.q2(), object().add("value", 55));
    JsonPath trend = get(collected, "trend", year.q2());
    assertThat(trend.getString("forecast")).isEqualTo("100");
    assertThat(trend.getString("forecastMethod")).contains("capped at 100%");
    assertThat(trend.getString("forecastStatus")).isEqualTo("GREEN");
  }

  @Test
  void theOfficersOwnForecastIsKeptShownAuditedAndRefusedOnceLocked() {
    Year year = Year.fresh();
    String homes = create(indicator(Api.unique("IND"), "COUNT", "CUMULATIVE_YEAR_TO_DATE"));
    String measurement = "/indicators/" + homes + "/measurements/" + year.q1();
    put("/indicators/" + homes + "/targets/" + year.code(), object().add("value", 100));
    // 20 is red against the 25 due by Q1: it is explained (docs/rules.md#commentary).
    json(object()
            .add("value", 20)
            .add("commentary", BEHIND)
            .add("ownForecast", 95)
            .add("ownForecastStatus", "amber"))
        .put(measurement)
        .then()
        .statusCode(200)
        .body("ownForecast", org.hamcrest.Matchers.equalTo(95))
        .body("ownForecastStatus", org.hamcrest.Matchers.equalTo("AMBER"));

    JsonPath position = get(homes, "status", year.q1());
    assertThat(position.getString("ownForecast")).isEqualTo("95");
    assertThat(position.getString("ownForecastStatus")).isEqualTo("AMBER");
    // Beside the computed forecast: 20 by Q1 heads for 80, red against 100.
    JsonPath trend = get(homes, "trend", year.q1());
    assertThat(trend.getString("forecast")).isEqualTo("80");
    assertThat(trend.getString("forecastStatus")).isEqualTo("RED");
    assertThat(trend.getString("ownForecast")).isEqualTo("95");
    assertThat(trend.getString("ownForecastStatus")).isEqualTo("AMBER");

    // Left out, it is kept; given, it changes and the change is in the history.
    put(measurement, object().add("value", 21).add("commentary", BEHIND));
    put(measurement, object().add("value", 21).add("commentary", BEHIND).add("ownForecast", 90));
    List<Map<String, Object>> history =
        request()
            .get("/indicators/" + homes + "/history")
            .then()
            .statusCode(200)
            .extract()
            .path("findAll { it.field == 'ownForecast' }");
    assertThat(history)
        .extracting(c -> c.get("oldValue") + "->" + c.get("newValue"))
        .containsExactly("95->90", "null->95");
    problem(
        json(object().add("value", 21).add("commentary", BEHIND).add("ownForecastStatus", "PURPLE"))
            .put(measurement)
            .then(),
        422,
        "ownForecastStatus");

    request().post("/periods/" + year.q1() + "/lock").then().statusCode(200);
    problem(
        json(object().add("value", 21).add("ownForecast", 50)).put(measurement).then(),
        409,
        "period");
    assertThat(get(homes, "status", year.q1()).getString("ownForecast")).isEqualTo("90");
  }
}
