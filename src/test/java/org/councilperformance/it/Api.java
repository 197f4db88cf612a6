package org.councilperformance.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** The running server's API as the integration tests call it. */
final class Api {
  static final String BASE_URL = System.getProperty("app.baseUrl", "http://localhost:9080");

  private Api() {}

  static RequestSpecification request() {
    return given().baseUri(BASE_URL).basePath("/api").accept(ContentType.JSON);
  }

  static RequestSpecification json(String body) {
    return request().contentType(ContentType.JSON).body(body);
  }

  /** A code no earlier run has used: the test database outlives a single run. */
  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Asserts a problem+json answer with the given status naming the given field. */
  static ValidatableResponse problem(ValidatableResponse response, int status, String field) {
    return response
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status))
        .body("field", equalTo(field))
        .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
  }

  /** Creates a period unless an earlier test or run already did. */
  static void ensurePeriod(String code) {
    int status =
        json("{\"code\": \"" + code + "\"}").post("/periods").then().extract().statusCode();
    if (status != 201 && status != 409) {
      throw new AssertionError("could not set up period " + code + ": HTTP " + status);
    }
  }

  /** Creates a directorate and business unit, returning the unit's code. */
  static String newBusinessUnit() {
    String directorate = unique("DIR");
    json("{\"code\": \"%s\", \"name\": \"Directorate %s\"}".formatted(directorate, directorate))
        .post("/directorates")
        .then()
        .statusCode(201);
    String unit = unique("BU");
    json("{\"code\": \"%s\", \"name\": \"Unit %s\", \"directorate\": \"%s\"}"
            .formatted(unit, unit, directorate))
        .post("/business-units")
        .then()
        .statusCode(201);
    return unit;
  }

  /** Creates a plan with one priority, returning the priority's code. */
  static String newPriority() {
    int planId =
        json("{\"name\": \"%s\", \"startYear\": 2024, \"endYear\": 2027}".formatted(unique("Plan")))
            .post("/plans")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String code = unique("PRI");
    json("{\"code\": \"%s\", \"planId\": %d, \"name\": \"Priority %s\"}"
            .formatted(code, planId, code))
        .post("/priorities")
        .then()
        .statusCode(201);
    return code;
  }
}
