package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.councilperformance.it.TestLibraries.TestSet;
import org.junit.jupiter.api.Test;

/**
 * The standard measure libraries (docs/libraries.md). The official TSM set is imported by one test
 * only; the upgrade and the clash use test-only sets of their own (TestLibraries), so each run
 * tries them afresh even on a reused test database.
 */
class LibraryIT {
  /** A new plan's priority, returning its code. */
  static String newPriority() {
    int plan =
        json(object().add("name", unique("Plan")).add("startYear", 2024).add("endYear", 2027))
            .post("/plans")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String code = unique("PR");
    json(object()
            .add("code", code)
            .add("planId", plan)
            .add("name", "Homes")
            .add("type", "PRIORITY"))
        .post("/priorities")
        .then()
        .statusCode(201);
    return code;
  }

  private static JsonObjectBuilder importing(String priority, String unit) {
    return object()
        .add("priority", priority)
        .add("businessUnit", unit)
        .add("owner", "Head of Housing");
  }

  @Test
  void aCouncilAddsThe22TenantSatisfactionMeasuresToItsPlanInOneRequest() {
    String priority = newPriority();
    String unit = Api.newBusinessUnit();
    List<String> imported =
        request().get("/libraries/tsm/2023-04").then().extract().path("measures.indicator");
    if (imported.stream().allMatch(Objects::isNull)) {
      json(importing(priority, unit))
          .post("/libraries/tsm/2023-04/import")
          .then()
          .statusCode(201)
          .header("Location", endsWith("/api/libraries/tsm/2023-04"))
          .body("created", hasSize(22))
          .body("created", hasItems("TSM-TP01", "TSM-TP12", "TSM-BS05", "TSM-RP02", "TSM-NM01"))
          .body("updated", empty())
          .body("unchanged", empty());
      request()
          .get("/indicators/TSM-TP01")
          .then()
          .body("businessUnit", equalTo(unit))
          .body("owner", equalTo("Head of Housing"))
          .body("priorities", contains(priority));
    } else {
      // A test database an earlier run left: that run imported all 22, or it would have failed.
      assertThat(imported).hasSize(22).doesNotContainNull();
    }

    request()
        .get("/indicators/TSM-TP01")
        .then()
        .statusCode(200)
        .body("name", equalTo("Overall satisfaction"))
        .body("definition", containsString("satisfied with the overall service"))
        .body("unit", equalTo("PERCENT"))
        .body("polarity", equalTo("HIGHER_IS_BETTER"))
        .body("frequency", equalTo("ANNUAL"))
        .body("tags", contains("Tenant Satisfaction Measures"));
    request()
        .get("/indicators/TSM-CH01")
        .then()
        .statusCode(200)
        .body("unit", equalTo("RATE_PER_1000"))
        .body("polarity", equalTo("DATA_ONLY"));
    request()
        .get("/indicators/TSM-RP01")
        .then()
        .statusCode(200)
        .body("polarity", equalTo("LOWER_IS_BETTER"));

    // The same version again creates nothing, moves nothing, and says so.
    List<String> before = request().get("/indicators/TSM-TP01").then().extract().path("priorities");
    json(importing(newPriority(), unit))
        .post("/libraries/tsm/2023-04/import")
        .then()
        .statusCode(200)
        .body("created", empty())
        .body("unchanged", hasSize(22));
    assertThat(
            request().get("/indicators/TSM-TP01").then().extract().<List<String>>path("priorities"))
        .isEqualTo(before);

    request()
        .get("/libraries/tsm/2023-04")
        .then()
        .statusCode(200)
        .body("source.publisher", equalTo("Regulator of Social Housing"))
        .body("measures", hasSize(22))
        .body("measures.find { it.code == 'TP01' }.indicator", equalTo("TSM-TP01"))
        .body("measures.find { it.code == 'TP01' }.importedVersion", equalTo("2023-04"));
  }

  @Test
  void aLaterVersionShowsWhatChangedAndImportingItKeepsTheCouncilsOwnFigures() {
    TestSet example = TestLibraries.install("example", "2024-01", "2025-01");
    String set = "/libraries/" + example.set();
    String e1 = "/indicators/" + example.indicator("E1");
    String priority = newPriority();
    String unit = Api.newBusinessUnit();
    String quarter = Api.freshQuarter();
    json(importing(priority, unit)
            .add(
                "measures",
                array()
                    .add(
                        object()
                            .add("code", "E1")
                            .add("owner", "Inspections manager")
                            .add("frequency", "QUARTERLY"))))
        .post(set + "/2024-01/import")
        .then()
        .statusCode(201)
        .body(
            "created",
            contains(example.indicator("E1"), example.indicator("E2"), example.indicator("E3")));
    json(object().add("value", new BigDecimal("95")))
        .put(e1 + "/targets/" + quarter)
        .then()
        .statusCode(200);
    json(object().add("value", new BigDecimal("91.5")).add("commentary", "Two blocks left"))
        .put(e1 + "/measurements/" + quarter)
        .then()
        .statusCode(200);

    request()
        .get(set + "/2025-01/changes?from=2024-01")
        .then()
        .statusCode(200)
        .body("added", contains("E4"))
        .body("removed", contains("E3"))
        .body("changed.code", contains("E1", "E2"))
        .body("changed[0].fields.field", contains("definition"))
        .body("changed[1].fields[0].field", equalTo("polarity"))
        .body("changed[1].fields[0].before", equalTo("LOWER_IS_BETTER"))
        .body("changed[1].fields[0].after", equalTo("DATA_ONLY"));

    json(importing(priority, unit))
        .post(set + "/2025-01/import")
        .then()
        .statusCode(201)
        .body("created", contains(example.indicator("E4")))
        .body("updated.indicator", contains(example.indicator("E1"), example.indicator("E2")))
        .body("updated[0].from", equalTo("2024-01"))
        .body("removed", contains(example.indicator("E3")));

    request()
        .get(e1)
        .then()
        .body("definition", containsString("counting communal parts"))
        .body("owner", equalTo("Inspections manager"))
        .body("frequency", equalTo("QUARTERLY"))
        .body("businessUnit", equalTo(unit));
    request()
        .get("/indicators/" + example.indicator("E2"))
        .then()
        .body("polarity", equalTo("DATA_ONLY"));
    request()
        .get(e1 + "/status?period=" + quarter)
        .then()
        .body("target", equalTo(95))
        .body("actual", equalTo(91.5f))
        .body("commentary", equalTo("Two blocks left"));
    // Removed from the set: reported, kept.
    request().get("/indicators/" + example.indicator("E3")).then().statusCode(200);

    json(importing(priority, unit))
        .post(set + "/2025-01/import")
        .then()
        .statusCode(200)
        .body("created", empty())
        .body("updated", empty());
    problem(json(importing(priority, unit)).post(set + "/2024-01/import").then(), 409, "version");
  }

  @Test
  void aMeasureWhoseCodeTheCouncilAlreadyUsesStopsTheImportNamingIt() {
    TestSet clash = TestLibraries.install("clash", "2024-01");
    json(object()
            .add("code", clash.indicator("C2"))
            .add("name", "The council's own")
            .add("unit", "COUNT")
            .add("polarity", "HIGHER_IS_BETTER"))
        .post("/indicators")
        .then()
        .statusCode(201);
    problem(
            json(importing(newPriority(), Api.newBusinessUnit()))
                .post("/libraries/" + clash.set() + "/2024-01/import")
                .then(),
            409,
            "measures")
        .body("detail", containsString(clash.indicator("C2")));
    request().get("/indicators/" + clash.indicator("C1")).then().statusCode(404);
    request()
        .get("/indicators/" + clash.indicator("C2"))
        .then()
        .body("name", equalTo("The council's own"));
  }

  @Test
  void everyoneReadsTheLibrariesButOnlyAnAdminImports() {
    as(VIEWER)
        .get("/libraries")
        .then()
        .statusCode(200)
        .body("set", hasItems("lof", "tsm"))
        .body("find { it.set == 'lof' }.versions.version", hasItem("2026-02"));
    as(VIEWER).get("/libraries/lof/2026-02").then().statusCode(200).body("measures", hasSize(9));
    TestSet clash = TestLibraries.install("clash", "2024-01");
    String priority = newPriority();
    for (String who : new String[] {EDITOR, VIEWER}) {
      json(who, importing(priority, "HOUSING"))
          .post("/libraries/" + clash.set() + "/2024-01/import")
          .then()
          .statusCode(403);
    }
    request().get("/indicators/" + clash.indicator("C1")).then().statusCode(404);
  }

  @Test
  void badInputNamesTheField() {
    problem(request().get("/libraries/nosuch/2023-04").then(), 404, "set");
    problem(request().get("/libraries/tsm/1999-01").then(), 404, "version");
    problem(request().get("/libraries/tsm/2023-04/changes").then(), 422, "from");
    problem(request().get("/libraries/tsm/2023-04/changes?from=1999-01").then(), 404, "from");
    problem(request().get("/libraries/tsm/2023-04/changes?from=2023-04").then(), 422, "from");
    String priority = newPriority();
    problem(
        json(object().add("businessUnit", "HOUSING")).post("/libraries/tsm/2023-04/import").then(),
        422,
        "priority");
    problem(
        json(object().add("priority", unique("NOPE"))).post("/libraries/tsm/2023-04/import").then(),
        404,
        "priority");
    problem(
        json(importing(priority, unique("NOUNIT"))).post("/libraries/tsm/2023-04/import").then(),
        404,
        "businessUnit");
    problem(
        json(importing(priority, "HOUSING").add("frequency", "WEEKLY"))
            .post("/libraries/tsm/2023-04/import")
            .then(),
        400,
        "frequency");
    problem(
        json(importing(priority, "HOUSING")
                .add("measures", array().add(object().add("code", "ZZ99"))))
            .post("/libraries/tsm/2023-04/import")
            .then(),
        422,
        "measures.ZZ99");
    problem(
        json(importing(priority, "HOUSING").add("colour", "red"))
            .post("/libraries/tsm/2023-04/import")
            .then(),
        422,
        "colour");
    problem(json("[]").post("/libraries/tsm/2023-04/import").then(), 400, "body");
    problem(
        json(importing(priority, "HOUSING")).post("/libraries/nosuch/2023-04/import").then(),
        404,
        "set");
  }
}
