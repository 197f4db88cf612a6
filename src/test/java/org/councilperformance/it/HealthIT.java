package org.councilperformance.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

class HealthIT {
  @Test
  void readyWhenTheDatabaseAnswers() {
    given()
        .baseUri(Api.SERVER_URL)
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("database"));
  }

  @Test
  void openApiDescribesTheApi() {
    given()
        .baseUri(Api.SERVER_URL)
        .get("/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/indicators/{code}/measurements/{period}"))
        .body(containsString("/api/summary"));
  }

  @Test
  void unknownPathIsProblemJsonNotAStackTrace() {
    Api.problem(Api.request().get("/no-such-thing").then(), 404, null);
  }
}
