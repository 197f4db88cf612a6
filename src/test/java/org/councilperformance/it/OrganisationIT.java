package org.councilperformance.it;

import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

class OrganisationIT {
  private static String directorate() {
    String code = unique("DIR");
    json(object().add("code", code).add("name", "Place").add("head", "Strategic Director"))
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
    json(object().add("name", "Place and Growth"))
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
    json(object().add("code", unit).add("name", "Housing").add("directorate", first))
        .post("/business-units")
        .then()
        .statusCode(201)
        .body("directorate", equalTo(first));
    request().get("/business-units").then().statusCode(200).body("code", hasItem(unit));
    json(object().add("name", "Housing Services").add("directorate", second))
        .put("/business-units/" + unit)
        .then()
        .statusCode(200)
        .body("directorate", equalTo(second));
    request().get("/business-units/" + unit).then().body("name", equalTo("Housing Services"));
  }

  @Test
  void badInputNamesTheField() {
    String directorate = directorate();
    problem(
        json(object().add("head", "x")).put("/directorates/" + directorate).then(), 422, "name");
    String unit = unique("BU");
    json(object().add("code", unit).add("name", "x").add("directorate", directorate))
        .post("/business-units")
        .then()
        .statusCode(201);
    problem(
        json(object().add("name", "x").add("directorate", "NOPE-X"))
            .put("/business-units/" + unit)
            .then(),
        404,
        "directorate");
    request().get("/business-units/" + unit).then().body("directorate", equalTo(directorate));
    problem(json(object().add("code", unique("DIR"))).post("/directorates").then(), 422, "name");
    problem(
        json(object().add("code", unique("BU")).add("name", "x")).post("/business-units").then(),
        422,
        "directorate");
    problem(json("[1, 2]").post("/directorates").then(), 400, "body");
  }

  @Test
  void unknownThingsAreNotFound() {
    problem(request().get("/directorates/NOPE-X").then(), 404, "code");
    problem(request().get("/business-units/NOPE-X").then(), 404, "code");
    problem(json(object().add("name", "x")).put("/directorates/NOPE-X").then(), 404, "code");
    problem(
        json(object().add("name", "x").add("directorate", "NOPE-X"))
            .put("/business-units/NOPE-X")
            .then(),
        404,
        "code");
    problem(
        json(object().add("code", unique("BU")).add("name", "x").add("directorate", "NOPE-X"))
            .post("/business-units")
            .then(),
        404,
        "directorate");
  }

  @Test
  void duplicatesAreConflicts() {
    String code = directorate();
    problem(
        json(object().add("code", code).add("name", "again")).post("/directorates").then(),
        409,
        "code");
    String unit = unique("BU");
    String body =
        object().add("code", unit).add("name", "x").add("directorate", code).build().toString();
    json(body).post("/business-units").then().statusCode(201);
    problem(json(body).post("/business-units").then(), 409, "code");
  }
}
