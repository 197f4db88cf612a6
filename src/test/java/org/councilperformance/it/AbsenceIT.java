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

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The sickness-absence appendix: entry, computed figures, findings, access and locking. */
class AbsenceIT {
  private static final String Q2 = "2018-19-Q2";

  /** A line that adds up: 30 + 12.5 = 42.5 days over 20 FTE = 2.125, printed 2.13. */
  private static final String GOOD_LINE =
      """
      {"longTermDays": 30, "shortTermDays": 12.50, "fte": 20.0, "totalDays": 42.50,
       "daysPerFte": 2.13, "longTermReturned": 2, "longTermStillOff": 1,
       "returnToWorkPercent": 80}""";

  /** Reads decimals exactly as the server wrote them. */
  private static JsonPath exact(ValidatableResponse response) {
    return JsonPath.from(response.extract().asString())
        .using(
            JsonPathConfig.jsonPathConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
  }

  private static JsonPath absence(String period) {
    return exact(request().queryParam("period", period).get("/absence").then().statusCode(200));
  }

  private static String line(String quarter, String unit) {
    return "/absence/" + quarter + "/units/" + unit;
  }

  @Test
  void theSampleCouncilsQ2AppendixIsComputedFromItsTable() {
    JsonPath q2 = absence(Q2);
    assertThat(q2.getList("lines")).hasSize(9);
    assertThat(q2.getString("lines.find { it.businessUnit == 'COMMUNITY' }.daysPerFte"))
        .isEqualTo("2.96");
    assertThat(q2.getString("lines.find { it.businessUnit == 'COMMUNITY' }.statedDaysPerFte"))
        .isEqualTo("2.9");
    assertThat(q2.getString("council.days")).isEqualTo("1043.29");
    assertThat(q2.getString("council.fte")).isEqualTo("451.59");
    assertThat(q2.getString("council.daysPerFte")).isEqualTo("2.31");
    assertThat(q2.getString("council.longTermPercent")).isEqualTo("73.56");
    assertThat(q2.getString("council.stated.daysPerFte")).isEqualTo("2.24");
    assertThat(q2.getString("council.stated.projectedDaysPerFte")).isEqualTo("9.26");
    assertThat(q2.getInt("council.longTermReturned")).isEqualTo(27);
    assertThat(q2.getInt("council.longTermStillOff")).isEqualTo(10);
    assertThat(q2.getString("council.returnToWorkPercent")).isEqualTo("76");
    assertThat(q2.getList("yearToDate.quarters")).containsExactly("2018-19-Q1", Q2);
    assertThat(q2.getString("yearToDate.daysPerFte")).isEqualTo("4.7");
    assertThat(q2.getString("yearToDate.projectedDaysPerFte")).isEqualTo("9.4");
    assertThat(q2.getString("rollingTwelveMonths.daysPerFte")).isNull();
    assertThat(q2.getString("target.daysPerFte")).isEqualTo("8.0");
    assertThat(q2.getBoolean("target.meetsTarget")).isFalse();
    assertThat(q2.getList("reasons")).hasSize(15);
    assertThat(q2.getString("reasonsTotal")).isEqualTo("100.00");
  }

  @Test
  void theDataQualityReportNamesTheSampleCouncilsAbsenceSlipsAndNothingThatAddsUp() {
    JsonPath report =
        exact(request().queryParam("period", Q2).get("/data-quality").then().statusCode(200));
    List<Map<String, Object>> absence = report.getList("findAll { it.appendix == 'absence' }");
    assertThat(absence)
        .extracting(f -> (String) f.get("where"))
        .containsExactlyInAnyOrder(
            "2018-19-Q2 Community Services days per FTE",
            "2018-19-Q2 Customer Services days per FTE",
            "2018-19-Q2 Housing Services days per FTE",
            "2018-19-Q2 HR&OD days per FTE",
            "2018-19-Q2 Legal & Support Services days per FTE",
            "2018-19-Q2 Reg & Planning days per FTE",
            "2018-19-Q2 council long-term days",
            "2018-19-Q2 council short-term days",
            "2018-19-Q2 council total days",
            "2018-19-Q2 council days per FTE",
            "2018-19-Q2 council projected annual days per FTE");
    assertThat(
            report.getString(
                "find { it.where == '2018-19-Q2 Community Services days per FTE' }.message"))
        .isEqualTo(
            "2018-19-Q2 Community Services days per FTE: supplied 2.9 but days lost ÷ FTE gives"
                + " 3.0");
    assertThat(report.getString("find { it.where == '2018-19-Q2 council days per FTE' }.stated"))
        .isEqualTo("2.24");
    assertThat(report.getString("find { it.where == '2018-19-Q2 council total days' }.computed"))
        .isEqualTo("878.75");
  }

  @Test
  void aLineIsEnteredWithItsComputedFiguresAndKeptAsPrinted() {
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    JsonPath answer = exact(json(GOOD_LINE).put(line(quarter, unit)).then().statusCode(200));
    assertThat(answer.getString("period")).isEqualTo(quarter);
    assertThat(answer.getString("line.businessUnit")).isEqualTo(unit);
    assertThat(answer.getString("line.days")).isEqualTo("42.50");
    assertThat(answer.getString("line.fte")).isEqualTo("20.0");
    assertThat(answer.getString("line.daysPerFte")).isEqualTo("2.13");
    assertThat(answer.getString("line.longTermPercent")).isEqualTo("70.59");
    assertThat(answer.getString("line.statedTotalDays")).isEqualTo("42.50");
    assertThat(answer.getList("warnings")).isEmpty();

    JsonPath appendix = absence(quarter);
    assertThat(appendix.getList("lines.businessUnit")).containsExactly(unit);
    assertThat(appendix.getString("council.daysPerFte")).isEqualTo("2.13");
    // Q1 alone: projected × 4; no target for a year that was never set up.
    assertThat(appendix.getString("yearToDate.projectedDaysPerFte")).isEqualTo("8.5");
    assertThat(appendix.getString("target")).isNull();
    assertThat(appendix.getList("findings")).isEmpty();
  }

  @Test
  void figuresThatDoNotAddUpAreWarningsNotErrorsAndStayAsSupplied() {
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    JsonPath answer =
        exact(
            json("{\"longTermDays\": 30, \"shortTermDays\": 12.5, \"fte\": 20, \"totalDays\": 45,"
                    + " \"daysPerFte\": 2.0}")
                .put(line(quarter, unit))
                .then()
                .statusCode(200));
    assertThat(answer.getList("warnings.check"))
        .containsExactly("long-term + short-term days", "days lost ÷ FTE");
    assertThat(answer.getString("line.statedTotalDays")).isEqualTo("45");
    assertThat(answer.getString("line.statedDaysPerFte")).isEqualTo("2.0");
    assertThat(answer.getString("line.days")).isEqualTo("42.5");

    JsonPath council =
        exact(
            json("{\"longTermDays\": 33, \"totalDays\": 42.5, \"fte\": 20, \"daysPerFte\": 2.2,"
                    + " \"projectedDaysPerFte\": 8.6, \"returnToWorkPercent\": 90}")
                .put("/absence/" + quarter + "/council")
                .then()
                .statusCode(200));
    assertThat(council.getList("warnings.where"))
        .containsExactly(
            quarter + " council long-term days",
            quarter + " council days per FTE",
            quarter + " council projected annual days per FTE");
    assertThat(council.getString("council.stated.daysPerFte")).isEqualTo("2.2");

    JsonPath reasons =
        exact(
            json("{\"reasons\": [{\"reason\": \"Cold and Flu\", \"percent\": 60.00},"
                    + " {\"reason\": \"Back pain\", \"percent\": 39.90}]}")
                .put("/absence/" + quarter + "/reasons")
                .then()
                .statusCode(200));
    assertThat(reasons.getString("reasonsTotal")).isEqualTo("99.90");
    assertThat(reasons.getList("warnings.check")).containsExactly("shares sum to 100% ± 0.01");

    assertThat(absence(quarter).getList("findings")).hasSize(6);
    JsonPath report =
        exact(request().queryParam("period", quarter).get("/data-quality").then().statusCode(200));
    assertThat(report.getList("findAll { it.appendix == 'absence' }")).hasSize(6);
  }

  @Test
  void theTargetIsSetPerYear() {
    String quarter = Api.freshQuarter();
    String year = quarter.substring(0, 7);
    Api.ensurePeriod(year);
    String unit = Api.newBusinessUnit();
    json(GOOD_LINE).put(line(quarter, unit)).then().statusCode(200);
    json("{\"daysPerFte\": 8.5}").put("/absence/targets/" + year).then().statusCode(200);
    JsonPath appendix = absence(quarter);
    assertThat(appendix.getString("target.daysPerFte")).isEqualTo("8.5");
    assertThat(appendix.getString("target.projectedDaysPerFte")).isEqualTo("8.5");
    assertThat(appendix.getBoolean("target.meetsTarget")).isTrue();
    problem(json("{\"daysPerFte\": 0}").put("/absence/targets/" + year).then(), 422, "daysPerFte");
    problem(json("{\"daysPerFte\": 8}").put("/absence/targets/" + quarter).then(), 422, "year");
    problem(json("{\"daysPerFte\": 8}").put("/absence/targets/2018").then(), 400, "year");
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"longTermDays\": -1, \"shortTermDays\": 1, \"fte\": 2}|422|longTermDays",
        "{\"longTermDays\": 1, \"shortTermDays\": -0.5, \"fte\": 2}|422|shortTermDays",
        "{\"longTermDays\": 1, \"fte\": 2}|422|shortTermDays",
        "{\"longTermDays\": 1, \"shortTermDays\": 1, \"fte\": 0}|422|fte",
        "{\"longTermDays\": 1, \"shortTermDays\": 1, \"fte\": -2}|422|fte",
        "{\"longTermDays\": 1, \"shortTermDays\": 1}|422|fte",
        "{\"longTermDays\": 1, \"shortTermDays\": 1, \"fte\": 2, \"totalDays\": -2}|422|totalDays",
        "{\"longTermDays\": 1, \"shortTermDays\": 1, \"fte\": 2, \"daysPerFte\": -1}|422|daysPerFte",
        "{\"longTermDays\": 1, \"shortTermDays\": 1, \"fte\": 2, \"returnToWorkPercent\": 100.5}|422|returnToWorkPercent",
        "{\"longTermDays\": 1, \"shortTermDays\": 1, \"fte\": 2, \"returnToWorkPercent\": -1}|422|returnToWorkPercent",
        "{\"longTermDays\": 1, \"shortTermDays\": 1, \"fte\": 2, \"longTermReturned\": -1}|422|longTermReturned",
        "{\"longTermDays\": 1, \"shortTermDays\": 1, \"fte\": 2, \"longTermStillOff\": 1.5}|400|longTermStillOff",
        "{\"longTermDays\": \"ten\", \"shortTermDays\": 1, \"fte\": 2}|400|longTermDays",
        "{\"longTermDays\": 1, \"shortTermDays\": 1, \"fte\": \"2\"}|400|fte",
        "{\"longTermDays\": 1, \"shortTermDays\": 1, \"fte\": 2|400|body",
        "[]|400|body"
      })
  void aBadLineIsRefusedNamingTheFieldAndNothingIsSaved(String body, int status, String field) {
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    json(GOOD_LINE).put(line(quarter, unit)).then().statusCode(200);
    problem(json(body).put(line(quarter, unit)).then(), status, field);
    JsonPath appendix = absence(quarter);
    assertThat(appendix.getString("lines[0].longTermDays")).isEqualTo("30");
    assertThat(appendix.getString("lines[0].fte")).isEqualTo("20.0");
    assertThat(appendix.getString("lines[0].returnToWorkPercent")).isEqualTo("80");
  }

  @Test
  void badCouncilFiguresAndReasonsAreRefusedNamingTheField() {
    String quarter = Api.freshQuarter();
    String council = "/absence/" + quarter + "/council";
    String reasons = "/absence/" + quarter + "/reasons";
    problem(json("{\"fte\": 0}").put(council).then(), 422, "fte");
    problem(json("{\"totalDays\": -3}").put(council).then(), 422, "totalDays");
    problem(json("{\"returnToWorkPercent\": 101}").put(council).then(), 422, "returnToWorkPercent");
    problem(
        json("{\"projectedDaysPerFte\": \"9\"}").put(council).then(), 400, "projectedDaysPerFte");
    problem(
        json("{\"reasons\": [{\"reason\": \"Flu\", \"percent\": 120}]}").put(reasons).then(),
        422,
        "reasons[0].percent");
    problem(
        json("{\"reasons\": [{\"reason\": \"Flu\", \"percent\": 50}, {\"percent\": 50}]}")
            .put(reasons)
            .then(),
        422,
        "reasons[1].reason");
    problem(
        json("{\"reasons\": [{\"reason\": \"Flu\", \"percent\": \"50%\"}]}").put(reasons).then(),
        400,
        "reasons[0].percent");
    problem(json("{\"reasons\": \"Flu\"}").put(reasons).then(), 400, "reasons");
    problem(json("{}").put(reasons).then(), 422, "reasons");
    JsonPath appendix = absence(quarter);
    assertThat(appendix.getString("council.stated")).isNull();
    assertThat(appendix.getList("reasons")).isEmpty();
  }

  @Test
  void unknownUnitsPeriodsAndYearsAreRefused() {
    String quarter = Api.freshQuarter();
    problem(json(GOOD_LINE).put(line(quarter, "NO-SUCH-UNIT")).then(), 404, "businessUnit");
    problem(json(GOOD_LINE).put(line("2018-19-Q7", "HOUSING")).then(), 400, "period");
    problem(json(GOOD_LINE).put(line("2999-00-Q1", "HOUSING")).then(), 404, "period");
    problem(json(GOOD_LINE).put(line("2018-19", "HOUSING")).then(), 422, "period");
    problem(request().get("/absence").then(), 400, "period");
    problem(request().queryParam("period", "2018-19").get("/absence").then(), 422, "period");
  }

  @Test
  void aLockedPeriodRefusesAbsenceChangesAndKeepsTheFigures() {
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    json(GOOD_LINE).put(line(quarter, unit)).then().statusCode(200);
    request().post("/periods/" + quarter + "/lock").then().statusCode(200);
    problem(
        json("{\"longTermDays\": 1, \"shortTermDays\": 1, \"fte\": 2}")
            .put(line(quarter, unit))
            .then(),
        409,
        "period");
    problem(json("{\"fte\": 3}").put("/absence/" + quarter + "/council").then(), 409, "period");
    problem(
        json("{\"reasons\": [{\"reason\": \"Flu\", \"percent\": 100}]}")
            .put("/absence/" + quarter + "/reasons")
            .then(),
        409,
        "period");
    JsonPath appendix = absence(quarter);
    assertThat(appendix.getString("lines[0].longTermDays")).isEqualTo("30");
    assertThat(appendix.getString("council.stated")).isNull();
    assertThat(appendix.getList("reasons")).isEmpty();

    String year = quarter.substring(0, 7);
    Api.ensurePeriod(year);
    request().post("/periods/" + year + "/lock").then().statusCode(200);
    problem(json("{\"daysPerFte\": 8}").put("/absence/targets/" + year).then(), 409, "period");
  }

  static Stream<Arguments> nonAdminWrites() {
    List<String> writes =
        List.of(
            "/absence/" + Q2 + "/units/HOUSING",
            "/absence/" + Q2 + "/council",
            "/absence/" + Q2 + "/reasons",
            "/absence/targets/2018-19");
    return Stream.of(EDITOR, APPROVER, VIEWER)
        .flatMap(role -> writes.stream().map(path -> Arguments.of(role, path)));
  }

  /** Absence is corporate: even the Housing editor may not enter Housing's line. */
  @ParameterizedTest(name = "{0} PUT {1} -> 403")
  @MethodSource("nonAdminWrites")
  void onlyAdminsChangeAbsence(String role, String path) {
    problem(as(role).contentType(ContentType.JSON).body(GOOD_LINE).put(path).then(), 403, null);
    problem(anonymous().contentType(ContentType.JSON).body(GOOD_LINE).put(path).then(), 401, null);
    as(role).queryParam("period", Q2).get("/absence").then().statusCode(200);
  }

  @Test
  void readingNeedsASignIn() {
    problem(anonymous().queryParam("period", Q2).get("/absence").then(), 401, null);
  }
}
