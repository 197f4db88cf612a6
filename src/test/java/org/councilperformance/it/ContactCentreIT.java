package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.APPROVER;
import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The contact-centre appendix: months, the quarter's table, supplied totals, findings, access. */
class ContactCentreIT {
  private static final String APPENDIX = "contact centre";

  /** A fresh first quarter whose quarter a year before is fresh too: [this year's, last year's]. */
  private static String[] freshQuarters() {
    while (true) {
      String quarter = Api.freshQuarter();
      int start = Integer.parseInt(quarter.substring(0, 4));
      String lastYear = String.format("%d-%02d-Q1", start - 1, start % 100);
      int status =
          json(object().add("code", lastYear)).post("/periods").then().extract().statusCode();
      if (status == 201) {
        return new String[] {quarter, lastYear};
      }
    }
  }

  /** April, May and June of a fresh first quarter's year. */
  private static String month(String quarter, int month) {
    return quarter.substring(0, 4) + String.format("-%02d", month);
  }

  /** A month's six counts, as the council's table prints them. */
  private static JsonObjectBuilder calls(
      long received,
      long answered,
      long answeredWithin30s,
      long answeredWithin60s,
      long abandoned,
      long rejected) {
    return object()
        .add("received", received)
        .add("answered", answered)
        .add("answeredWithin30s", answeredWithin30s)
        .add("answeredWithin60s", answeredWithin60s)
        .add("abandoned", abandoned)
        .add("rejected", rejected);
  }

  private static void put(String month, JsonObjectBuilder body) {
    json(body).put("/contact-centre/months/" + month).then().statusCode(200);
  }

  private static List<Map<String, Object>> contactCentreFindings(String period) {
    return request()
        .queryParam("period", period)
        .get("/data-quality")
        .then()
        .statusCode(200)
        .extract()
        .path("findAll { it.appendix == '" + APPENDIX + "' }");
  }

  @Test
  void recordsAMonthBesideLastYearsWithComputedPercentages() {
    String[] q = freshQuarters();
    String april = month(q[0], 4);
    String lastApril = month(q[1], 4);
    put(lastApril, calls(9040, 6843, 2663, 3014, 2072, 118));

    json(calls(10338, 6877, 2045, 2379, 3231, 230)
            .add("suppliedChange", object().add("received", 1298).add("abandoned", 1159)))
        .put("/contact-centre/months/" + april)
        .then()
        .statusCode(200)
        .body("month", equalTo(april))
        .body("period", equalTo(q[0]))
        .body("thisYear.received", equalTo(10338))
        .body("thisYear.rejected", equalTo(230))
        .body("thisYear.abandonedPercent", equalTo(31.3f)) // 3,231 ÷ 10,338
        .body("thisYear.answeredWithin30sPercent", equalTo(29.7f)) // 2,045 ÷ 6,877
        .body("thisYear.answeredWithin60sPercent", equalTo(34.6f))
        .body("lastYearMonth", equalTo(lastApril))
        .body("lastYear.received", equalTo(9040))
        .body("lastYear.abandonedPercent", equalTo(22.9f))
        .body("change.received", equalTo(1298))
        .body("change.answeredWithin30s", equalTo(-618))
        .body("change.abandonedPercent", equalTo(8.3f)) // percentage points
        .body("suppliedChange.received", equalTo(1298))
        .body("suppliedChange.answered", nullValue())
        .body("warnings", empty());

    request()
        .get("/contact-centre/months/" + april)
        .then()
        .statusCode(200)
        .body("thisYear.answered", equalTo(6877))
        .body("suppliedChange.abandoned", equalTo(1159));

    // Entering the month again replaces it; counts not given are unknown.
    json(object().add("received", 10000).add("answered", 7000))
        .put("/contact-centre/months/" + april)
        .then()
        .statusCode(200)
        .body("thisYear.received", equalTo(10000))
        .body("thisYear.abandoned", nullValue())
        .body("thisYear.abandonedPercent", nullValue())
        .body("thisYear.answeredWithin30sPercent", nullValue())
        .body("suppliedChange", nullValue());
  }

  @Test
  void figuresThatDoNotHangTogetherAreSavedWithWarnings() {
    String quarter = Api.freshQuarter();
    String may = month(quarter, 5);
    json(calls(100, 120, 90, 80, 5, 0))
        .put("/contact-centre/months/" + may)
        .then()
        .statusCode(200)
        .body("thisYear.answered", equalTo(120))
        .body(
            "warnings.check",
            contains(
                "calls received ≥ calls answered",
                "calls answered within 60 s ≥ calls answered within 30 s"))
        .body("warnings[0].stated", equalTo(100))
        .body("warnings[0].computed", equalTo(120))
        .body("warnings[0].appendix", equalTo(APPENDIX));

    assertThat(contactCentreFindings(quarter))
        .extracting(f -> f.get("where") + ": " + f.get("check"))
        .containsExactly(
            monthName(may) + ": calls received ≥ calls answered",
            monthName(may) + ": calls answered within 60 s ≥ calls answered within 30 s");
  }

  private static String monthName(String month) {
    return java.time.YearMonth.parse(month)
            .getMonth()
            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
        + " "
        + month.substring(0, 4);
  }

  @Test
  void theQuarterTotalsItsMonthsAndChecksWhatWasSupplied() {
    String[] q = freshQuarters();
    put(month(q[1], 4), calls(9040, 6843, 2663, 3014, 2072, 118));
    put(month(q[1], 5), calls(9532, 6691, 1700, 2011, 2748, 93));
    put(month(q[1], 6), calls(8658, 6687, 2663, 2960, 1876, 92));
    put(month(q[0], 4), calls(10338, 6877, 2045, 2379, 3231, 230));
    put(month(q[0], 5), calls(8951, 7179, 4035, 4444, 1326, 18));

    JsonPath part =
        request()
            .queryParam("period", q[0])
            .get("/contact-centre")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(part.getList("months.month"))
        .containsExactly(month(q[0], 4), month(q[0], 5), month(q[0], 6));
    assertThat(part.getInt("total.monthsReported")).isEqualTo(2);
    assertThat(part.getInt("total.thisYear.received")).isEqualTo(19289);
    assertThat(part.<Object>get("total.change")).isNull(); // not until all three months are in
    assertThat(part.<Object>get("months[2].thisYear")).isNull();
    assertThat(part.getInt("months[2].lastYear.received")).isEqualTo(8658);

    put(month(q[0], 6), calls(7779, 6535, 3937, 3319, 1241, 0)); // 60 s < 30 s
    // Supplied: a right total, a wrong one (abandoned 5,789 for 5,798), and the narrative's 21%.
    json(object()
            .add("totals", object().add("received", 27068).add("abandoned", 5789))
            .add("lastYearTotals", object().add("received", 27230))
            .add("change", object().add("received", -162))
            .add("percentages", object().add("abandoned", 21).add("answeredWithin30s", 49))
            .add("lastYearPercentages", object().add("abandoned", 25).add("answeredWithin30s", 35)))
        .put("/contact-centre/supplied-totals/" + q[0])
        .then()
        .statusCode(200)
        .body("period", equalTo(q[0]))
        .body("totals.received", equalTo(27068))
        .body("totals.answered", nullValue())
        .body("percentages.abandoned", equalTo(21))
        .body("warnings", hasSize(1))
        .body("warnings[0].where", equalTo(q[0] + " total calls abandoned"))
        .body("warnings[0].stated", equalTo(5789))
        .body("warnings[0].computed", equalTo(5798))
        .body("warnings[0].difference", equalTo(-9));

    request()
        .queryParam("period", q[0])
        .get("/contact-centre")
        .then()
        .statusCode(200)
        .body("period", equalTo(q[0]))
        .body("lastYearPeriod", equalTo(q[1]))
        .body("total.monthsReported", equalTo(3))
        .body("total.thisYear.received", equalTo(27068))
        .body("total.thisYear.abandonedPercent", equalTo(21.4f))
        .body("total.thisYear.answeredWithin30sPercent", equalTo(48.6f))
        .body("total.lastYear.abandonedPercent", equalTo(24.6f))
        .body("total.change.received", equalTo(-162))
        .body("total.change.abandonedPercent", equalTo(-3.2f))
        .body("supplied.lastYearPercentages.abandoned", equalTo(25))
        .body(
            "findings.where", contains(monthName(month(q[0], 6)), q[0] + " total calls abandoned"));

    assertThat(contactCentreFindings(q[0])).hasSize(2);
    request()
        .get("/contact-centre/supplied-totals/" + q[0])
        .then()
        .statusCode(200)
        .body("lastYearTotals.received", equalTo(27230));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"received": -1, "answered": 0}                                          | 422 | received
          {"received": 1, "answered": -1}                                          | 422 | answered
          {"received": 1, "answered": 1, "answeredWithin30s": -1}                  | 422 | answeredWithin30s
          {"received": 1, "answered": 1, "answeredWithin60s": -1}                  | 422 | answeredWithin60s
          {"received": 1, "answered": 1, "abandoned": -1}                          | 422 | abandoned
          {"received": 1, "answered": 1, "rejected": -1}                           | 422 | rejected
          {"answered": 1}                                                          | 422 | received
          {"received": 1}                                                          | 422 | answered
          {"received": "ten", "answered": 1}                                       | 400 | received
          {"received": 1.5, "answered": 1}                                         | 400 | received
          {"received": 1, "answered": true}                                        | 400 | answered
          {"received": 1, "answered": 1, "answeredWithin30s": "5"}                 | 400 | answeredWithin30s
          {"received": 1, "answered": 1, "answeredWithin60s": [5]}                 | 400 | answeredWithin60s
          {"received": 1, "answered": 1, "abandoned": 0.5}                         | 400 | abandoned
          {"received": 1, "answered": 1, "rejected": {}}                           | 400 | rejected
          {"received": 1, "answered": 1, "suppliedChange": 5}                      | 400 | suppliedChange
          {"received": 1, "answered": 1, "suppliedChange": {"received": "+5"}}     | 400 | suppliedChange.received
          {"received": 1, "answered": 1                                            | 400 | body
          []                                                                       | 400 | body
          """)
  void badInputIsRefusedNamingTheFieldAndNothingIsSaved(String body, int status, String field) {
    String month = month(Api.freshQuarter(), 6);
    problem(json(body).put("/contact-centre/months/" + month).then(), status, field);
    problem(request().get("/contact-centre/months/" + month).then(), 404, "month");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2018-13", "2018-00", "2018-9", "July", "2018-07-01"})
  void aMalformedMonthIsRefused(String month) {
    problem(
        json(calls(1, 1, 1, 1, 0, 0)).put("/contact-centre/months/" + month).then(), 400, "month");
    problem(request().get("/contact-centre/months/" + month).then(), 400, "month");
  }

  @Test
  void aMonthWhoseQuarterIsNotSetUpIsNotFound() {
    problem(
        json(calls(1, 1, 1, 1, 0, 0)).put("/contact-centre/months/1901-05").then(), 404, "month");
    problem(
        json(object().add("totals", object().add("received", 1)))
            .put("/contact-centre/supplied-totals/1901-02-Q1")
            .then(),
        404,
        "period");
  }

  @Test
  void suppliedTotalsAreCheckedForTypeAndSign() {
    String quarter = Api.freshQuarter();
    problem(
        json(object().add("totals", object().add("received", -5)))
            .put("/contact-centre/supplied-totals/" + quarter)
            .then(),
        422,
        "totals.received");
    problem(
        json(object().add("lastYearTotals", object().add("rejected", -1)))
            .put("/contact-centre/supplied-totals/" + quarter)
            .then(),
        422,
        "lastYearTotals.rejected");
    problem(
        json(object().add("percentages", object().add("abandoned", "21%")))
            .put("/contact-centre/supplied-totals/" + quarter)
            .then(),
        400,
        "percentages.abandoned");
    problem(request().get("/contact-centre/supplied-totals/" + quarter).then(), 404, "period");
    // A change may be negative; a percentage over 100 is kept and found, not refused.
    json(object()
            .add("change", object().add("received", -162))
            .add("percentages", object().add("abandoned", 140)))
        .put("/contact-centre/supplied-totals/" + quarter)
        .then()
        .statusCode(200)
        .body("change.received", equalTo(-162))
        .body("warnings.check", contains("% abandoned in 0–100"));
  }

  @Test
  void theTableIsKeptPerQuarter() {
    problem(request().queryParam("period", "2018-19").get("/contact-centre").then(), 422, "period");
    problem(request().queryParam("period", "2018-Q2").get("/contact-centre").then(), 400, "period");
    problem(request().get("/contact-centre").then(), 400, "period");
    problem(
        request().queryParam("period", "1901-02-Q1").get("/contact-centre").then(), 404, "period");
    problem(json("{}").put("/contact-centre/supplied-totals/2018-19").then(), 422, "period");
  }

  @Test
  void aLockedQuarterRefusesChanges() {
    String quarter = Api.freshQuarter();
    String april = month(quarter, 4);
    put(april, calls(10, 8, 5, 6, 2, 0));
    request().post("/periods/" + quarter + "/lock").then().statusCode(200);
    problem(
        json(calls(11, 8, 5, 6, 2, 0)).put("/contact-centre/months/" + april).then(),
        409,
        "period");
    problem(
        json(calls(11, 8, 5, 6, 2, 0)).put("/contact-centre/months/" + month(quarter, 5)).then(),
        409,
        "period");
    problem(
        json(object().add("totals", object().add("received", 10)))
            .put("/contact-centre/supplied-totals/" + quarter)
            .then(),
        409,
        "period");
    request()
        .get("/contact-centre/months/" + april)
        .then()
        .statusCode(200)
        .body("thisYear.received", equalTo(10));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {EDITOR, APPROVER, VIEWER})
  void onlyAdminsChangeTheFiguresButEveryoneReadsThem(String role) {
    problem(
        json(role, calls(1, 1, 1, 1, 0, 0)).put("/contact-centre/months/2018-07").then(),
        403,
        null);
    problem(
        json(role, object().add("totals", object().add("received", 1)))
            .put("/contact-centre/supplied-totals/2018-19-Q2")
            .then(),
        403,
        null);
    as(role)
        .queryParam("period", "2018-19-Q2")
        .get("/contact-centre")
        .then()
        .statusCode(200)
        .body("total.thisYear.received", equalTo(27068));
    as(role).get("/contact-centre/months/2018-07").then().statusCode(200);
    as(role).get("/contact-centre/supplied-totals/2018-19-Q2").then().statusCode(200);
  }

  @Test
  void anonymousCallersAreRefused() {
    problem(
        anonymous().queryParam("period", "2018-19-Q2").get("/contact-centre").then(), 401, null);
    problem(anonymous().get("/contact-centre/months/2018-07").then(), 401, null);
    problem(
        anonymous()
            .contentType(ContentType.JSON)
            .body(calls(1, 1, 1, 1, 0, 0).build().toString())
            .put("/contact-centre/months/2018-07")
            .then(),
        401,
        null);
    problem(
        anonymous()
            .contentType(ContentType.JSON)
            .body("{}")
            .put("/contact-centre/supplied-totals/2018-19-Q2")
            .then(),
        401,
        null);
  }

  @Test
  void theSampleCouncilsOnlySlipIsSeptembersCallsWithinSixtySeconds() {
    assertThat(contactCentreFindings("2018-19-Q2"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f)
                  .containsEntry("where", "September 2018")
                  .containsEntry("check", "calls answered within 60 s ≥ calls answered within 30 s")
                  .containsEntry("stated", 3319)
                  .containsEntry("computed", 3937)
                  .containsEntry("difference", -618);
            });
    assertThat(contactCentreFindings("2018-19")).hasSize(1);
    assertThat(contactCentreFindings("2017-18-Q2")).isEmpty();
  }

  @Test
  void theSampleCouncilsTableAsComputed() {
    request()
        .queryParam("period", "2018-19-Q2")
        .get("/contact-centre")
        .then()
        .statusCode(200)
        .body("lastYearPeriod", equalTo("2017-18-Q2"))
        .body("months.name", contains("July 2018", "August 2018", "September 2018"))
        .body("months[2].thisYear.answeredWithin30s", equalTo(3937))
        .body("months[2].lastYear.received", equalTo(8658))
        .body("months[2].change.received", equalTo(-879))
        .body("months[2].suppliedChange.received", equalTo(-879))
        .body("months[2].warnings", hasSize(1))
        .body("total.thisYear.received", equalTo(27068))
        .body("total.lastYear.received", equalTo(27230))
        .body("total.change.answered", equalTo(370))
        // the narrative's "from 25% to 21%" and "from 35% to 49%"
        .body("total.thisYear.abandonedPercent", equalTo(21.4f))
        .body("total.lastYear.abandonedPercent", equalTo(24.6f))
        .body("total.thisYear.answeredWithin30sPercent", equalTo(48.6f))
        .body("total.lastYear.answeredWithin30sPercent", equalTo(34.7f))
        .body("supplied.percentages.abandoned", equalTo(21))
        .body("supplied.lastYearPercentages.answeredWithin30s", equalTo(35))
        .body("supplied.totals.rejected", equalTo(248))
        .body("supplied.warnings", empty())
        .body("findings", hasSize(1));
  }
}
