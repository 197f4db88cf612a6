package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.APPROVER;
import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The finance appendix and its findings, on the sample council and on fresh figures. */
class FinanceIT {
  private static final String REVENUE =
      """
      {"name": "General Fund", "amountsIn": "THOUSANDS", "originalBudget": 13503,
       "forecastOutturn": 13482, "variance": -20, "netMovement": 20000,
       "comments": [{"text": "Salary savings", "amount": 30000},
                    {"text": "Leisure centre deficit", "amount": -10000}]}
      """;

  private static final String CAPITAL =
      """
      {"name": "General Fund", "amountsIn": "THOUSANDS", "approvedBudget": 3137,
       "carriedForward": 2071, "approvedInYear": 1878, "slippage": 0, "totalBudget": 7086,
       "likelyOutturn": 6764, "variance": -322}
      """;

  private static JsonPath sampleFinance() {
    return as(VIEWER)
        .queryParam("period", "2018-19-Q2")
        .get("/finance")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theSampleCouncilsAccountsAreComputedBesideWhatItPrinted() {
    JsonPath f = sampleFinance();
    assertThat(f.getList("revenue.code")).containsExactly("GF", "HRA", "SE");
    assertThat(f.getInt("revenue.find { it.code == 'GF' }.variance")).isEqualTo(-21);
    assertThat(f.getInt("revenue.find { it.code == 'GF' }.statedVariance")).isEqualTo(-20);
    assertThat(f.getString("revenue.find { it.code == 'GF' }.amountsIn")).isEqualTo("THOUSANDS");
    assertThat(f.getList("revenue.find { it.code == 'HRA' }.comments")).hasSize(8);
    assertThat(f.getInt("capital.totals.approvedInYear")).isEqualTo(1884);
    assertThat(f.getInt("capital.statedTotals.approvedInYear")).isEqualTo(971);
    assertThat(f.getInt("capital.totals.totalBudget")).isEqualTo(18957);
    assertThat(f.getInt("capital.totals.variance")).isEqualTo(-1274);
    assertThat(f.getList("savings")).hasSize(3);
  }

  @Test
  void theSampleCouncilsSlipsAreFindingsAndWhatAddsUpIsNot() {
    List<Map<String, Object>> findings =
        request()
            .queryParam("period", "2018-19-Q2")
            .get("/data-quality")
            .then()
            .statusCode(200)
            .extract()
            .path("findAll { it.appendix == 'finance' }");
    assertThat(findings)
        .extracting(f -> f.get("where"))
        .containsExactlyInAnyOrder(
            "2018-19-Q2 capital, Total, approved in year",
            "2018-19-Q2 General Fund, variance comments",
            "2018-19-Q2 Housing Revenue Account, variance comments");
    Map<String, Object> capital =
        findings.stream()
            .filter(f -> f.get("where").toString().contains("capital"))
            .findFirst()
            .orElseThrow();
    assertThat(capital)
        .containsEntry("stated", 971)
        .containsEntry("computed", 1884)
        .containsEntry("difference", -913);
    // The items under "£309k net increase" add up to £557k; the HRA's to £161k, not £138k.
    assertThat(findings)
        .filteredOn(f -> f.get("where").toString().contains("General Fund"))
        .extracting(f -> f.get("computed"))
        .containsExactly(557000);
  }

  @Test
  void anAdminEntersFiguresAndSeesWarningsNotErrors() {
    String quarter = Api.freshQuarter();
    json(REVENUE)
        .put("/finance/" + quarter + "/revenue/GF")
        .then()
        .statusCode(200)
        .body("saved.variance", equalTo(-21))
        .body("saved.comments[1].effect", equalTo("ADVERSE"))
        .body("warnings", empty());
    // A printed variance that does not follow is kept, and warned about.
    json(REVENUE.replace("\"variance\": -20", "\"variance\": -30"))
        .put("/finance/" + quarter + "/revenue/GF")
        .then()
        .statusCode(200)
        .body("saved.statedVariance", equalTo(-30))
        .body("warnings", hasSize(1))
        .body("warnings[0].computed", equalTo(-21));
    json(CAPITAL.replace("\"slippage\": 0", "\"slippage\": 100"))
        .put("/finance/" + quarter + "/capital/GF")
        .then()
        .statusCode(200)
        .body("saved.totalBudget", equalTo(6986))
        .body("warnings", hasSize(2));
    json("{\"savings\": [{\"description\": \"Senior management restructure\", \"target\": 148000, \"forecast\": 115000}]}")
        .put("/finance/" + quarter + "/savings")
        .then()
        .statusCode(200)
        .body("[0].shortfall", equalTo(-33000));
    request()
        .queryParam("period", quarter)
        .get("/finance")
        .then()
        .body("capital.funds", hasSize(1))
        .body("findings", hasSize(3));
  }

  @Test
  void badInputNamesTheFieldAndSavesNothing() {
    String quarter = Api.freshQuarter();
    String path = "/finance/" + quarter + "/revenue/GF";
    problem(
        json(REVENUE.replace("\"amountsIn\": \"THOUSANDS\", ", "")).put(path).then(),
        422,
        "amountsIn");
    problem(json(REVENUE.replace("THOUSANDS", "MILLIONS")).put(path).then(), 400, "amountsIn");
    problem(json(REVENUE.replace("13503", "\"13,503\"")).put(path).then(), 400, "originalBudget");
    problem(
        json(REVENUE.replace("\"Salary savings\"", "\" \"")).put(path).then(),
        422,
        "comments[0].text");
    problem(
        json(CAPITAL.replace("\"likelyOutturn\": 6764, ", ""))
            .put("/finance/" + quarter + "/capital/GF")
            .then(),
        422,
        "likelyOutturn");
    problem(json(REVENUE).put("/finance/2018-19-Q9/revenue/GF").then(), 400, "period");
    problem(json(REVENUE).put("/finance/2999-00/revenue/GF").then(), 404, "period");
    problem(
        json("{\"savings\": [{\"target\": 1}]}").put("/finance/" + quarter + "/savings").then(),
        422,
        "savings[0].description");
    request().queryParam("period", quarter).get("/finance").then().body("revenue", empty());
  }

  @Test
  void onlyAdminsChangeFinanceAndALockedPeriodRefuses() {
    String quarter = Api.freshQuarter();
    String path = "/finance/" + quarter + "/revenue/GF";
    problem(anonymous().contentType("application/json").body(REVENUE).put(path).then(), 401, null);
    anonymous().get("/finance?period=" + quarter).then().statusCode(401);
    for (String role : List.of(EDITOR, APPROVER, VIEWER)) {
      problem(json(role, REVENUE).put(path).then(), 403, null);
      problem(json(role, CAPITAL).put("/finance/" + quarter + "/capital/GF").then(), 403, null);
      problem(
          json(role, "{\"savings\": []}").put("/finance/" + quarter + "/savings").then(),
          403,
          null);
    }
    json(REVENUE).put(path).then().statusCode(200);
    request().post("/periods/" + quarter + "/lock").then().statusCode(200);
    problem(json(REVENUE.replace("13482", "14000")).put(path).then(), 409, "period");
    request()
        .queryParam("period", quarter)
        .get("/finance")
        .then()
        .body("revenue[0].forecastOutturn", equalTo(13482));
  }
}
