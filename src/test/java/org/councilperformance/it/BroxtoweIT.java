package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;

import io.restassured.path.json.JsonPath;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broxtowe BC's 2019/20 Q1 support-service indicators, entered through the API as a council would:
 * outturns of the two earlier years, data-only measures, and measures the report gave no figure
 * for. Broxtowe printed only annual targets; this test profiles each flat across the quarter.
 */
class BroxtoweIT {
  private static final String Q1 = "2019-20-Q1";
  private static final Map<String, String> CODES = new HashMap<>();
  private static final Map<String, String> PRIORITIES = new HashMap<>();
  private static final Map<String, String> TASKS = new HashMap<>();

  @BeforeAll
  static void enterTheCouncilsFigures() throws Exception {
    for (String period : List.of("2017-18", "2018-19", "2019-20", Q1)) {
      Api.ensurePeriod(period);
    }
    JsonObject report;
    try (InputStream in =
            BroxtoweIT.class.getResourceAsStream("/fixtures/broxtowe-2019-20-q1.json");
        JsonReader reader = Json.createReader(in)) {
      report = reader.readObject();
    }
    int planId =
        json(object().add("name", unique("Broxtowe")).add("startYear", 2019).add("endYear", 2019))
            .post("/plans")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (JsonValue v : report.getJsonArray("indicators")) {
      JsonObject row = v.asJsonObject();
      enter(row, priority(planId, row.getString("priority")));
    }
    for (JsonValue v : report.getJsonArray("actions")) {
      JsonObject row = v.asJsonObject();
      enterTask(row, priority(planId, row.getString("priority")));
    }
  }

  private static String priority(int planId, String name) {
    return PRIORITIES.computeIfAbsent(
        name,
        n -> {
          String code = unique("BRX");
          json(object().add("code", code).add("planId", planId).add("name", n))
              .post("/priorities")
              .then()
              .statusCode(201);
          return code;
        });
  }

  /** A key task with its due date, and its Q1 progress, note and printed status. */
  private static void enterTask(JsonObject row, String priority) {
    String code = unique("BRX") + "-" + row.getString("code");
    TASKS.put(row.getString("code"), code);
    json(object()
            .add("code", code)
            .add("title", row.getString("title"))
            .add("description", text(row, "description"))
            .add("priority", priority)
            .add("owner", text(row, "serviceArea"))
            .add("dueDate", row.get("dueDate")))
        .post("/actions")
        .then()
        .statusCode(201);
    json(object()
            .add("progress", row.getInt("progressPercent"))
            .add("commentary", text(row, "comments"))
            .add("reportedStatus", row.getString("status")))
        .put("/actions/" + code + "/updates/" + Q1)
        .then()
        .statusCode(200);
  }

  private static void enter(JsonObject row, String priority) {
    String code = unique("BRX") + "-" + row.getString("code");
    CODES.put(row.getString("code"), code);
    String polarity =
        switch (text(row, "polarity")) {
          case "higher is better" -> "HIGHER_IS_BETTER";
          case "lower is better" -> "LOWER_IS_BETTER";
          default -> "DATA_ONLY";
        };
    json(object()
            .add("code", code)
            .add("name", row.getString("name"))
            .add("unit", row.getString("unit").toUpperCase())
            .add("polarity", polarity)
            .add("priorities", array().add(priority)))
        .post("/indicators")
        .then()
        .statusCode(201);

    BigDecimal annual = number(row, "annualTarget");
    if (annual != null) {
      putTarget(code, "2019-20", annual);
      putTarget(code, Q1, annual);
    }
    JsonObject outturns = row.getJsonObject("previousOutturns");
    for (String year : List.of("2017-18", "2018-19")) {
      BigDecimal outturn = number(outturns, "Outturn " + year.replace('-', '/'));
      if (outturn != null) {
        json(object().add("value", outturn))
            .put("/indicators/" + code + "/measurements/" + year)
            .then()
            .statusCode(200);
      }
    }
    BigDecimal actual = number(row, "actual");
    JsonObjectBuilder measurement =
        actual == null
            ? object().add("missingReason", "Not reported in Q1")
            : object().add("value", actual);
    // Pentana's "Unknown" is none of the product's statuses, so it is not recorded.
    String printed = text(row, "status");
    if (!printed.equals("unknown")) {
      measurement.add("reportedStatus", printed);
    }
    json(measurement.add("commentary", text(row, "note")))
        .put("/indicators/" + code + "/measurements/" + Q1)
        .then()
        .statusCode(200);
  }

  private static void putTarget(String code, String period, BigDecimal value) {
    json(object().add("value", value))
        .put("/indicators/" + code + "/targets/" + period)
        .then()
        .statusCode(200);
  }

  private static String text(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof JsonString s ? s.getString() : "";
  }

  private static BigDecimal number(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
  }

  private static JsonPath status(String fixtureCode) {
    return request()
        .queryParam("period", Q1)
        .get("/indicators/" + CODES.get(fixtureCode) + "/status")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void statusesFollowTheRuleWhereverTheCouncilPrintedOtherwise() {
    assertThat(status("BV8").getString("status")).isEqualTo("GREEN"); // 99.5% vs 99%
    assertThat(status("CPLocal_05").getString("status")).isEqualTo("GREEN"); // 0 vs 0, lower
    assertThat(status("LALocal_04").getString("status")).isEqualTo("AMBER"); // 98 vs 100, within 5%
    // Printed green: one Ombudsman complaint upheld against a target of none. With a relative
    // tolerance a zero target has no amber band.
    assertThat(status("LALocal_07").getString("status")).isEqualTo("RED");
    // Printed amber although the report gives no Q1 figure.
    JsonPath electors = status("LALocal_08");
    assertThat(electors.getString("status")).isEqualTo("MISSING");
    assertThat(electors.getString("missingReason")).isEqualTo("Not reported in Q1");
  }

  @Test
  void dataOnlyMeasuresHaveNoStatusEvenWithATarget() {
    JsonPath callsHandled = status("CSDData_02");
    assertThat(callsHandled.getString("status")).isEqualTo("DATA_ONLY");
    assertThat(callsHandled.getFloat("actual")).isEqualTo(17857f);
    assertThat(status("CSDData_03").getString("status")).isEqualTo("DATA_ONLY");
    // A data-only measure with no figure is simply not reported.
    assertThat(status("LALocal_14").getString("status")).isEqualTo("DATA_ONLY");
  }

  @Test
  void aMeasureWithNoTargetAndNoFigureIsMissingThoughPrintedGreen() {
    // Broxtowe printed green for land charges with neither a target nor a Q1 figure: a due
    // figure that never came counts against (docs/rules.md#indicator-status).
    JsonPath landCharges = status("LALocal_13");
    assertThat(landCharges.getString("status")).isEqualTo("MISSING");
    assertThat(landCharges.getString("reportedStatus")).isEqualTo("GREEN");
    assertThat(landCharges.getBoolean("differsFromReported")).isTrue();
  }

  @Test
  void indicatorsShowTheComputedStatusBesideThePrintedOne() {
    Map<String, String> codeToFixture = new HashMap<>();
    CODES.forEach((fixture, code) -> codeToFixture.put(code, fixture));
    List<Map<String, Object>> positions =
        request()
            .queryParam("period", Q1)
            .get("/indicators")
            .then()
            .statusCode(200)
            .extract()
            .path("findAll { it.code.startsWith('BRX-') }");
    Map<String, Map<String, Object>> byFixtureCode = new HashMap<>();
    positions.stream()
        .filter(p -> codeToFixture.containsKey(p.get("code")))
        .forEach(p -> byFixtureCode.put(codeToFixture.get(p.get("code")), p));
    assertThat(byFixtureCode).hasSize(26);

    // Printed green: 1 complaint against a target of 0 has no amber band.
    assertThat(byFixtureCode.get("LALocal_07"))
        .containsEntry("reportedStatus", "GREEN")
        .containsEntry("status", "RED")
        .containsEntry("differsFromReported", true);
    // Printed amber with no Q1 figure.
    assertThat(byFixtureCode.get("LALocal_08"))
        .containsEntry("reportedStatus", "AMBER")
        .containsEntry("status", "MISSING")
        .containsEntry("differsFromReported", true);
    // Where the council and the rule agree, nothing is flagged; "Data Only" is read as printed.
    assertThat(byFixtureCode.get("BV8"))
        .containsEntry("reportedStatus", "GREEN")
        .containsEntry("differsFromReported", false);
    assertThat(byFixtureCode.get("CSDData_02"))
        .containsEntry("reportedStatus", "DATA_ONLY")
        .containsEntry("differsFromReported", false);
    // "Unknown" was not recorded.
    assertThat(byFixtureCode.get("LALocal_14").get("reportedStatus")).isNull();
    assertThat(byFixtureCode.get("LALocal_14")).containsEntry("differsFromReported", false);

    assertThat(
            byFixtureCode.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue().get("differsFromReported")))
                .map(Map.Entry::getKey)
                .sorted()
                .toList())
        .contains("LALocal_07", "LALocal_08", "LALocal_13");
  }

  @Test
  void outturnsOfEarlierYearsAreKeptInPeriodOrder() {
    List<Map<String, Object>> measurements =
        request()
            .get("/indicators/" + CODES.get("BV12") + "/measurements")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    assertThat(measurements)
        .extracting(m -> m.get("period") + "=" + m.get("value"))
        .containsExactly("2017-18=13.6", "2018-19=8.7", "2019-20-Q1=9.3");
    // The 2018/19 outturn of LALocal_13 was not given, so only 2017/18 and Q1 are stored.
    List<String> periods =
        request()
            .get("/indicators/" + CODES.get("LALocal_13") + "/measurements")
            .then()
            .extract()
            .path("period");
    assertThat(periods).containsExactly("2017-18", Q1);
  }

  @Test
  void summaryPerPriorityAddsUp() {
    JsonPath revenues =
        request()
            .queryParam("period", Q1)
            .queryParam("priority", PRIORITIES.get("Revenues, Benefits and Customer Services"))
            .get("/summary")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(revenues.getInt("total")).isEqualTo(7);
    assertThat(revenues.getInt("green")).isEqualTo(4);
    assertThat(revenues.getInt("red")).isEqualTo(1); // HB overpayments recovered 8.9% vs 10.6%
    assertThat(revenues.getInt("dataOnly")).isEqualTo(2);
    assertThat(revenues.getString("text")).isEqualTo("4 of 5 indicators on track (80%)");

    JsonPath ict =
        request()
            .queryParam("period", Q1)
            .queryParam("priority", PRIORITIES.get("ICT and Business Transformation"))
            .get("/summary")
            .then()
            .extract()
            .jsonPath();
    assertThat(ict.getInt("total")).isEqualTo(4);
    assertThat(ict.getInt("green")).isEqualTo(2);
    assertThat(ict.getInt("missing")).isEqualTo(1);
    assertThat(ict.getInt("red")).isEqualTo(1);
  }

  @Test
  void tasksShowTheComputedStatusBesideThePrintedOne() {
    List<Map<String, Object>> tasks =
        request()
            .queryParam("period", Q1)
            .get("/actions")
            .then()
            .statusCode(200)
            .extract()
            .path("findAll { it.code.startsWith('BRX-') }");
    Map<String, Map<String, Object>> byFixtureCode = new HashMap<>();
    TASKS.forEach(
        (fixture, code) ->
            byFixtureCode.put(
                fixture,
                tasks.stream().filter(t -> code.equals(t.get("code"))).findFirst().orElseThrow()));
    assertThat(byFixtureCode).hasSize(23);

    // Printed "Overdue" on the very day it fell due (30 June 2019, the end of Q1): not overdue yet.
    Map<String, Object> software = byFixtureCode.get("FP1922_02");
    assertThat(software)
        .containsEntry("reportedStatus", "Overdue")
        .containsEntry("computedStatus", "WARNING")
        .containsEntry("status", "WARNING")
        .containsEntry("differsFromReported", true)
        .containsEntry("asOf", "2019-06-30");
    // Printed "Overdue" eight months before its due date.
    assertThat(byFixtureCode.get("DEM1922_01"))
        .containsEntry("computedStatus", "IN_PROGRESS")
        .containsEntry("differsFromReported", true);
    // Where the council and the rule agree, nothing is flagged.
    assertThat(byFixtureCode.get("FP1922_01"))
        .containsEntry("computedStatus", "COMPLETED")
        .containsEntry("reportedStatus", "Completed")
        .containsEntry("differsFromReported", false);
    assertThat(byFixtureCode.get("RBCS1620_03"))
        .containsEntry("computedStatus", "IN_PROGRESS")
        .containsEntry("differsFromReported", false);
    // 0% done, printed In Progress.
    assertThat(byFixtureCode.get("DEM1518_01")).containsEntry("computedStatus", "NOT_STARTED");

    assertThat(
            byFixtureCode.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue().get("differsFromReported")))
                .map(Map.Entry::getKey)
                .sorted()
                .toList())
        .containsExactly(
            "CP1620_03",
            "DEM1518_01",
            "DEM1922_01",
            "FP1922_02",
            "FP1922_03",
            "IT1920_01",
            "IT1920_02",
            "IT1920_17",
            "RBCS1620_05");
  }

  @Test
  void actionCountsPerPriority() {
    JsonPath resources =
        request()
            .queryParam("period", Q1)
            .queryParam("priority", PRIORITIES.get("Resources"))
            .get("/summary")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // 12 tasks: FP1922_02 warns (due that day); the rest are completed or in progress.
    assertThat(resources.getInt("actions.total")).isEqualTo(12);
    assertThat(resources.getInt("actions.green")).isEqualTo(11);
    assertThat(resources.getInt("actions.amber")).isEqualTo(1);
    assertThat(resources.getInt("actions.red")).isEqualTo(0);
    assertThat(resources.getString("actions.text")).isEqualTo("11 of 12 actions on track (92%)");
  }
}
