package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Direction of travel, cumulative profiles and year-end forecasts through the API. */
class TrendIT {
  private static final String Q2 = "2018-19-Q2";
  private static String unit;

  @BeforeAll
  static void periods() {
    for (String p : List.of("2017-18-Q2", "2018-19", "2018-19-Q1", Q2)) {
      Api.ensurePeriod(p);
    }
    unit = Api.newBusinessUnit();
  }

  private static String indicator(String polarity, String aggregation) {
    String code = unique("TR");
    json(object()
            .add("code", code)
            .add("name", "Trend test")
            .add("unit", "COUNT")
            .add("polarity", polarity)
            .add("aggregation", aggregation)
            .add("businessUnit", unit))
        .post("/indicators")
        .then()
        .statusCode(201);
    return code;
  }

  private static void actual(String code, String period, String value) {
    json(object().add("value", new BigDecimal(value)))
        .put("/indicators/" + code + "/measurements/" + period)
        .then()
        .statusCode(200);
  }

  private static void target(String code, String period, String value) {
    json(object().add("value", new BigDecimal(value)))
        .put("/indicators/" + code + "/targets/" + period)
        .then()
        .statusCode(200);
  }

  private static JsonPath trend(String code) {
    return as(VIEWER)
        .queryParam("period", Q2)
        .get("/indicators/" + code + "/trend")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aSnapshotImprovesOnBothComparisonsAndKeepsItsPositionToTheYearEnd() {
    String arrears = indicator("LOWER_IS_BETTER", "SNAPSHOT");
    actual(arrears, "2017-18-Q2", "2.5");
    actual(arrears, "2018-19-Q1", "2.4");
    actual(arrears, Q2, "2.19");
    target(arrears, "2018-19", "2.51");
    JsonPath t = trend(arrears);
    assertThat(t.getString("previousPeriod")).isEqualTo("2018-19-Q1");
    assertThat(t.getString("sincePrevious")).isEqualTo("IMPROVING");
    assertThat(t.getString("lastYearPeriod")).isEqualTo("2017-18-Q2");
    assertThat(t.getString("sinceLastYear")).isEqualTo("IMPROVING");
    assertThat(t.getFloat("forecast")).isEqualTo(2.19f);
    assertThat(t.getString("forecastMethod")).contains("latest position");
    assertThat(t.getString("forecastStatus")).isEqualTo("GREEN");
    assertThat(t.getString("profiledTarget")).isNull();
  }

  @Test
  void aCumulativeTotalIsProfiledAndForecastInAStraightLine() {
    String homes = indicator("HIGHER_IS_BETTER", "CUMULATIVE_YEAR_TO_DATE");
    actual(homes, "2018-19-Q1", "30");
    actual(homes, Q2, "45");
    target(homes, "2018-19", "100");
    JsonPath t = trend(homes);
    // 45 by Q2 is 22.5 a quarter against 30 in Q1.
    assertThat(t.getString("sincePrevious")).isEqualTo("WORSENING");
    assertThat(t.getString("sinceLastYear")).isNull(); // nothing last year
    assertThat(t.getFloat("profiledTarget")).isEqualTo(50f);
    assertThat(t.getString("statusAgainstProfile")).isEqualTo("RED");
    assertThat(t.getFloat("forecast")).isEqualTo(90f);
    assertThat(t.getString("forecastStatus")).isEqualTo("RED");
  }

  @Test
  void listsTrendsInScopeAndCountsForecastStatuses() {
    String onTrack = indicator("HIGHER_IS_BETTER", "SNAPSHOT");
    actual(onTrack, Q2, "99");
    target(onTrack, "2018-19", "95");
    String noTarget = indicator("HIGHER_IS_BETTER", "SNAPSHOT");
    actual(noTarget, Q2, "10");
    List<Map<String, Object>> trends =
        request()
            .queryParam("period", Q2)
            .queryParam("businessUnit", unit)
            .get("/trends")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    assertThat(trends).extracting(t -> t.get("code")).contains(onTrack, noTarget);
    Map<String, Object> forecastCounts =
        request()
            .queryParam("period", Q2)
            .queryParam("businessUnit", unit)
            .get("/summary")
            .then()
            .statusCode(200)
            .extract()
            .path("forecast");
    int withForecast = (int) trends.stream().filter(t -> t.get("forecastStatus") != null).count();
    assertThat(forecastCounts.get("total")).isEqualTo(withForecast);
    assertThat((int) forecastCounts.get("green")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void badRequestsAreRefused() {
    String code = indicator("HIGHER_IS_BETTER", "SNAPSHOT");
    problem(
        request().get("/indicators/" + code + "/trend?period=2018-19-Q5").then(), 400, "period");
    problem(request().get("/indicators/" + code + "/trend").then(), 400, "period");
    problem(request().get("/indicators/NO-SUCH/trend?period=" + Q2).then(), 404, "code");
    problem(request().get("/trends?period=" + Q2 + "&priority=NO-SUCH").then(), 404, "priority");
    anonymous().get("/trends?period=" + Q2).then().statusCode(401);
  }
}
