package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Summary counts over the sample council, which the test server loads at start. */
class SummaryIT {
  private static JsonPath summary(String... scope) {
    var request = request().queryParam("period", "2018-19-Q2");
    for (int i = 0; i < scope.length; i += 2) {
      request = request.queryParam(scope[i], scope[i + 1]);
    }
    return request.get("/summary").then().statusCode(200).extract().jsonPath();
  }

  private static void assertPartsAddUp(JsonPath s) {
    assertThat(
            s.getInt("greenPlus")
                + s.getInt("green")
                + s.getInt("amber")
                + s.getInt("red")
                + s.getInt("missing")
                + s.getInt("dataOnly"))
        .isEqualTo(s.getInt("total"));
    assertThat(s.getInt("onTrack")).isEqualTo(s.getInt("greenPlus") + s.getInt("green"));
    assertThat(s.getInt("judged")).isEqualTo(s.getInt("total") - s.getInt("dataOnly"));
  }

  @Test
  void wholeCouncilCountsCoverTheSampleIndicatorsAndAddUp() {
    JsonPath s = summary();
    assertThat(s.getInt("total")).isGreaterThanOrEqualTo(41);
    assertPartsAddUp(s);
    assertThat(s.getString("text")).matches("\\d+ of \\d+ indicators on track \\(\\d+%\\)");
  }

  @Test
  void priorityScopeCountsOnlyThatPriority() {
    // Homes and Communities: 9 dashboard indicators and two narrative ones; HC-PI-03 is the
    // amber and HC-PI-05 the red, as printed.
    JsonPath s = summary("priority", "HC");
    assertThat(s.getInt("total")).isEqualTo(11);
    assertThat(s.getInt("amber")).isEqualTo(1);
    assertThat(s.getInt("red")).isEqualTo(1);
    assertThat(s.getInt("dataOnly")).isEqualTo(2);
    assertThat(s.getInt("green")).isEqualTo(7);
    assertPartsAddUp(s);
  }

  @Test
  void businessUnitScopeCountsOnlyThatUnit() {
    JsonPath s = summary("businessUnit", "PLANNING");
    assertThat(s.getInt("total")).isEqualTo(4);
    assertThat(s.getInt("green")).isEqualTo(4);
    assertThat(s.getInt("onTrackPercent")).isEqualTo(100);
  }

  @Test
  void badScopeIsRefused() {
    problem(request().get("/summary").then(), 400, "period");
    problem(request().queryParam("period", "2018/19 Q2").get("/summary").then(), 400, "period");
    problem(request().queryParam("period", "2999-00-Q2").get("/summary").then(), 404, "period");
    problem(
        request()
            .queryParam("period", "2018-19-Q2")
            .queryParam("priority", "NOPE-X")
            .get("/summary")
            .then(),
        404,
        "priority");
  }
}
