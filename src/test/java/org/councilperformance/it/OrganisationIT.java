package org.councilperformance.it;

import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

class OrganisationIT {
  private static String directorate() {
    String code = unique("DIR");
    json("{\"code\": \"%s\", \"name\": \"Place\", \"head\": \"Strategic Director\"}"
            .formatted(code))
        .post("/directorates")
        .then()
        .statusCode(201)
        .body("head", equalTo("Strategic Director"));
    return code;
  }

  @Test
  void directoratesAreCreatedReadListedAndUpdated() {
    String code = directorate();
    request().get("/directorates/" + code).then().statusCode(200).body("name", equalTo("Place"));
    request().get("/directorates").then().statusCode(200).body("code", hasItem(code));
    json("{\"name\": \"Place and Growth\"}")
        .put("/directorates/" + code)
        .then()
        .statusCode(200)
        .body("name", equalTo("Place and Growth"));
  }

  @Test
  void businessUnitsBelongToADirectorateAndCanMove() {
    String first = directorate();
    String second = directorate();
    String unit = unique("BU");
    json("{\"code\": \"%s\", \"name\": \"Housing\", \"directorate\": \"%s\"}"
            .formatted(unit, first))
        .post("/business-units")
        .then()
        .statusCode(201)
        .body("directorate", equalTo(first));
    request().get("/business-units").then().statusCode(200).body("code", hasItem(unit));
    json("{\"name\": \"Housing Services\", \"directorate\": \"%s\"}".formatted(second))
        .put("/business-units/" + unit)
        .then()
        .statusCode(200)
        .body("directorate", equalTo(second));
    request().get("/business-units/" + unit).then().body("name", equalTo("Housing Services"));
  }

  @Test
  void badInputNamesTheField() {
    String directorate = directorate();
    problem(json("{\"head\": \"x\"}").put("/directorates/" + directorate).then(), 422, "name");
    String unit = unique("BU");
    json("{\"code\": \"%s\", \"name\": \"x\", \"directorate\": \"%s\"}"
            .formatted(unit, directorate))
        .post("/business-units")
        .then()
        .statusCode(201);
    problem(
        json("{\"name\": \"x\", \"directorate\": \"NOPE-X\"}")
            .put("/business-units/" + unit)
            .then(),
        404,
        "directorate");
    request().get("/business-units/" + unit).then().body("directorate", equalTo(directorate));
    problem(
        json("{\"code\": \"%s\"}".formatted(unique("DIR"))).post("/directorates").then(),
        422,
        "name");
    problem(
        json("{\"code\": \"%s\", \"name\": \"x\"}".formatted(unique("BU")))
            .post("/business-units")
            .then(),
        422,
        "directorate");
    problem(json("[1, 2]").post("/directorates").then(), 400, "body");
  }

  @Test
  void unknownThingsAreNotFound() {
    problem(request().get("/directorates/NOPE-X").then(), 404, "code");
    problem(request().get("/business-units/NOPE-X").then(), 404, "code");
    problem(json("{\"name\": \"x\"}").put("/directorates/NOPE-X").then(), 404, "code");
    problem(
        json("{\"name\": \"x\", \"directorate\": \"NOPE-X\"}").put("/business-units/NOPE-X").then(),
        404,
        "code");
    problem(
        json("{\"code\": \"%s\", \"name\": \"x\", \"directorate\": \"NOPE-X\"}"
                .formatted(unique("BU")))
            .post("/business-units")
            .then(),
        404,
        "directorate");
  }

  @Test
  void duplicatesAreConflicts() {
    String code = directorate();
    problem(
        json("{\"code\": \"%s\", \"name\": \"again\"}".formatted(code))
            .post("/directorates")
            .then(),
        409,
        "code");
    String unit = unique("BU");
    String body =
        "{\"code\": \"%s\", \"name\": \"x\", \"directorate\": \"%s\"}".formatted(unit, code);
    json(body).post("/business-units").then().statusCode(201);
    problem(json(body).post("/business-units").then(), 409, "code");
  }
}
