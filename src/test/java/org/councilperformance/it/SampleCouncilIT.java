package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.request;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo council as loaded at start: computed statuses beside the ones the council printed. */
class SampleCouncilIT {
  private static Map<String, Map<String, Object>> byCode() {
    List<Map<String, Object>> items =
        request()
            .queryParam("period", "2018-19-Q2")
            .get("/indicators")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    return items.stream()
        .collect(java.util.stream.Collectors.toMap(i -> (String) i.get("code"), i -> i));
  }

  @Test
  void loadsAllFortyOneIndicatorsWithTheirPrintedStatuses() {
    Map<String, Map<String, Object>> indicators = byCode();
    assertThat(
            indicators.keySet().stream()
                .filter(c -> c.matches("(VFM|HC|BCC|BJ|GF)-PI-\\d\\d|NAR-\\d\\d")))
        .hasSize(41);
    Map<String, Object> rentArrears = indicators.get("HC-PI-01");
    assertThat(rentArrears)
        .containsEntry("target", 2.51f)
        .containsEntry("actual", 2.19f)
        .containsEntry("status", "GREEN")
        .containsEntry("reportedStatus", "GREEN")
        .containsEntry("statusRule", "lower is better; amber up to 5% above target");
  }

  @Test
  void showsBothStatusesWhereTheCouncilPrintedADifferentOne() {
    // New claims took 16.1 days against a 15.9-day target and were printed green.
    Map<String, Object> newClaims = byCode().get("VFM-PI-02");
    assertThat(newClaims)
        .containsEntry("status", "AMBER")
        .containsEntry("reportedStatus", "GREEN")
        .containsEntry("differsFromReported", true);
    // Satisfaction with customer service: printed red, but the report gives no figure.
    assertThat(byCode().get("VFM-PI-15"))
        .containsEntry("status", "MISSING")
        .containsEntry("reportedStatus", "RED")
        .containsEntry("missingReason", "No figure given in the published report");
  }

  @Test
  void annualTargetsAreKeptForTheYear() {
    List<Map<String, Object>> targets =
        request().get("/indicators/HC-PI-09/targets").then().statusCode(200).extract().path("");
    assertThat(targets)
        .extracting(t -> t.get("period") + "=" + t.get("value"))
        .containsExactly("2018-19=100", "2018-19-Q2=25");
  }
}
