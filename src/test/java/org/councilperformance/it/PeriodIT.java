package org.councilperformance.it;

import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class PeriodIT {
  private static final int FIRST_YEAR = 2200;
  private static final int LAST_YEAR = 2998;

  /**
   * A financial year far in the future that no period is in yet. The test database may be one that
   * earlier runs left periods in (an external MariaDB), so the year is one the API does not list,
   * looked for from a random start so that two runs at once are unlikely to pick the same. Never
   * 2999-00: {@link #unknownPeriodIsNotFound} needs it absent.
   */
  private static String freshYear() {
    Set<String> taken =
        new HashSet<>(
            request()
                .get("/periods")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("financialYear", String.class));
    int first = ThreadLocalRandom.current().nextInt(FIRST_YEAR, LAST_YEAR + 1);
    for (int i = 0; i <= LAST_YEAR - FIRST_YEAR; i++) {
      int start = FIRST_YEAR + (first - FIRST_YEAR + i) % (LAST_YEAR - FIRST_YEAR + 1);
      String year = String.format("%d-%02d", start, (start + 1) % 100);
      if (!taken.contains(year)) {
        return year;
      }
    }
    throw new AssertionError(
        "every financial year from " + FIRST_YEAR + " to " + LAST_YEAR + " has a period");
  }

  @Test
  void createsReadsListsAndRelabelsAQuarter() {
    String year = freshYear();
    String quarter = year + "-Q3";
    json(object().add("code", quarter))
        .post("/periods")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/periods/" + quarter))
        .body("type", equalTo("QUARTER"))
        .body("quarter", equalTo(3))
        .body("financialYear", equalTo(year))
        .body("startDate", equalTo(year.substring(0, 4) + "-10-01"))
        .body("endDate", equalTo(year.substring(0, 4) + "-12-31"));

    request().get("/periods/" + quarter).then().statusCode(200).body("code", equalTo(quarter));
    request().get("/periods").then().statusCode(200).body("code", hasItem(quarter));

    json(object().add("label", "Q3 (autumn)"))
        .put("/periods/" + quarter)
        .then()
        .statusCode(200)
        .body("label", equalTo("Q3 (autumn)"));
    request().get("/periods/" + quarter).then().body("label", equalTo("Q3 (autumn)"));
  }

  @Test
  void malformedCodeIsBadRequestNamingTheField() {
    problem(json(object().add("code", "2018-20")).post("/periods").then(), 400, "code");
    problem(json(object().add("code", "2018-19-Q5")).post("/periods").then(), 400, "code");
    problem(request().get("/periods/2018-Q2").then(), 400, "code");
  }

  @Test
  void missingCodeIsUnprocessable() {
    String tooLong = "x".repeat(101);
    problem(
        json(object().add("label", tooLong)).put("/periods/" + "2018-19-Q2").then(), 422, "label");
    problem(json(object().add("label", "no code")).post("/periods").then(), 422, "code");
  }

  @Test
  void duplicateIsConflict() {
    String year = freshYear();
    json(object().add("code", year)).post("/periods").then().statusCode(201);
    problem(json(object().add("code", year)).post("/periods").then(), 409, "code");
  }

  @Test
  void unknownPeriodIsNotFound() {
    problem(request().get("/periods/2999-00-Q1").then(), 404, "code");
    problem(json(object().add("label", "x")).put("/periods/2999-00-Q2").then(), 404, "code");
  }

  @Test
  void malformedJsonIsBadRequest() {
    problem(json("{\"code\": ").post("/periods").then(), 400, "body");
  }
}
