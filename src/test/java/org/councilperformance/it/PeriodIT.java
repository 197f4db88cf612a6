package org.councilperformance.it;

import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class PeriodIT {
  /** A financial year far in the future that no other test or run uses. */
  private static String freshYear() {
    int start = ThreadLocalRandom.current().nextInt(2200, 2900);
    return String.format("%d-%02d", start, (start + 1) % 100);
  }

  @Test
  void createsReadsListsAndRelabelsAQuarter() {
    String year = freshYear();
    String quarter = year + "-Q3";
    json("{\"code\": \"%s\"}".formatted(quarter))
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

    json("{\"label\": \"Q3 (autumn)\"}")
        .put("/periods/" + quarter)
        .then()
        .statusCode(200)
        .body("label", equalTo("Q3 (autumn)"));
    request().get("/periods/" + quarter).then().body("label", equalTo("Q3 (autumn)"));
  }

  @Test
  void malformedCodeIsBadRequestNamingTheField() {
    problem(json("{\"code\": \"2018-20\"}").post("/periods").then(), 400, "code");
    problem(json("{\"code\": \"2018-19-Q5\"}").post("/periods").then(), 400, "code");
    problem(request().get("/periods/2018-Q2").then(), 400, "code");
  }

  @Test
  void missingCodeIsUnprocessable() {
    String tooLong = "x".repeat(101);
    problem(
        json("{\"label\": \"%s\"}".formatted(tooLong)).put("/periods/" + "2018-19-Q2").then(),
        422,
        "label");
    problem(json("{\"label\": \"no code\"}").post("/periods").then(), 422, "code");
  }

  @Test
  void duplicateIsConflict() {
    String year = freshYear();
    json("{\"code\": \"%s\"}".formatted(year)).post("/periods").then().statusCode(201);
    problem(json("{\"code\": \"%s\"}".formatted(year)).post("/periods").then(), 409, "code");
  }

  @Test
  void unknownPeriodIsNotFound() {
    problem(request().get("/periods/2999-00-Q1").then(), 404, "code");
    problem(json("{\"label\": \"x\"}").put("/periods/2999-00-Q2").then(), 404, "code");
  }

  @Test
  void malformedJsonIsBadRequest() {
    problem(json("{\"code\": ").post("/periods").then(), 400, "body");
  }
}
