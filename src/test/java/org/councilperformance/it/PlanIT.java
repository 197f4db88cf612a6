package org.councilperformance.it;

import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

class PlanIT {
  private static int createPlan(String name) {
    return json(object()
            .add("name", name)
            .add("startYear", 2024)
            .add("endYear", 2027)
            .add("description", "Our plan"))
        .post("/plans")
        .then()
        .statusCode(201)
        .body("name", equalTo(name))
        .extract()
        .path("id");
  }

  @Test
  void createsReadsListsAndUpdatesAPlan() {
    String name = unique("Corporate Plan");
    int id = createPlan(name);
    request().get("/plans/" + id).then().statusCode(200).body("startYear", equalTo(2024));
    request().get("/plans").then().statusCode(200).body("name", hasItem(name));
    json(object().add("name", name).add("startYear", 2024).add("endYear", 2028))
        .put("/plans/" + id)
        .then()
        .statusCode(200)
        .body("endYear", equalTo(2028));
  }

  @Test
  void badInputNamesTheField() {
    problem(
        json(object().add("startYear", 2024).add("endYear", 2027)).post("/plans").then(),
        422,
        "name");
    problem(
        json(object().add("name", unique("P")).add("startYear", 2024).add("endYear", 2020))
            .post("/plans")
            .then(),
        422,
        "endYear");
    problem(
        json(object().add("name", "x").add("startYear", "soon").add("endYear", 2027))
            .post("/plans")
            .then(),
        400,
        "startYear");
    problem(json("not json").post("/plans").then(), 400, "body");
    problem(request().contentType("application/json").post("/plans").then(), 400, "body");
  }

  @Test
  void badUpdateChangesNothing() {
    String name = unique("Plan");
    int id = createPlan(name);
    problem(
        json(object().add("name", "other").add("startYear", 2024).add("endYear", 2000))
            .put("/plans/" + id)
            .then(),
        422,
        "endYear");
    request().get("/plans/" + id).then().body("name", equalTo(name)).body("endYear", equalTo(2027));
  }

  @Test
  void duplicateNameIsConflict() {
    String name = unique("Plan");
    createPlan(name);
    problem(
        json(object().add("name", name).add("startYear", 2024).add("endYear", 2027))
            .post("/plans")
            .then(),
        409,
        "name");
  }

  @Test
  void unknownPlanIsNotFound() {
    problem(request().get("/plans/99999999").then(), 404, "id");
    problem(
        json(object().add("name", "x").add("startYear", 2024).add("endYear", 2027))
            .put("/plans/99999999")
            .then(),
        404,
        "id");
  }
}
