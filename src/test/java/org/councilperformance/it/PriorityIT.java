package org.councilperformance.it;

import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PriorityIT {
  private int planId;

  @BeforeEach
  void plan() {
    planId =
        json("{\"name\": \"%s\", \"startYear\": 2024, \"endYear\": 2027}".formatted(unique("Plan")))
            .post("/plans")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
  }

  private String create(String parent) {
    String code = unique("P");
    json("{\"code\": \"%s\", \"planId\": %d, \"name\": \"Homes\", \"type\": \"PRIORITY\", \"parent\": %s}"
            .formatted(code, planId, parent == null ? "null" : "\"" + parent + "\""))
        .post("/priorities")
        .then()
        .statusCode(201);
    return code;
  }

  @Test
  void createsNestedPrioritiesAndListsThemByPlan() {
    String parent = create(null);
    String child = create(parent);
    request().get("/priorities/" + child).then().statusCode(200).body("parent", equalTo(parent));
    request()
        .queryParam("plan", planId)
        .get("/priorities")
        .then()
        .statusCode(200)
        .body("code", contains(parent, child));
  }

  @Test
  void updatesNameTypeAndParent() {
    String parent = create(null);
    String child = create(null);
    json("{\"name\": \"Affordable homes\", \"type\": \"PROGRAMME\", \"parent\": \"%s\"}"
            .formatted(parent))
        .put("/priorities/" + child)
        .then()
        .statusCode(200)
        .body("name", equalTo("Affordable homes"))
        .body("type", equalTo("PROGRAMME"))
        .body("parent", equalTo(parent));
    json("{\"name\": \"Affordable homes\"}")
        .put("/priorities/" + child)
        .then()
        .statusCode(200)
        .body("parent", nullValue());
  }

  @Test
  void badInputNamesTheField() {
    problem(json("{\"type\": \"THEME\"}").put("/priorities/" + create(null)).then(), 422, "name");
    problem(
        json("{\"code\": \"%s\", \"name\": \"x\"}".formatted(unique("P")))
            .post("/priorities")
            .then(),
        422,
        "planId");
    problem(
        json("{\"code\": \"has space\", \"planId\": %d, \"name\": \"x\"}".formatted(planId))
            .post("/priorities")
            .then(),
        422,
        "code");
    problem(
        json("{\"code\": \"%s\", \"planId\": %d, \"name\": \"x\", \"type\": \"WISH\"}"
                .formatted(unique("P"), planId))
            .post("/priorities")
            .then(),
        400,
        "type");
  }

  @Test
  void aPriorityCannotSitUnderItself() {
    String parent = create(null);
    String child = create(parent);
    problem(
        json("{\"name\": \"loop\", \"parent\": \"%s\"}".formatted(child))
            .put("/priorities/" + parent)
            .then(),
        422,
        "parent");
  }

  @Test
  void unknownReferencesAreNotFound() {
    problem(
        json("{\"code\": \"%s\", \"planId\": 99999999, \"name\": \"x\"}".formatted(unique("P")))
            .post("/priorities")
            .then(),
        404,
        "planId");
    problem(
        json("{\"code\": \"%s\", \"planId\": %d, \"name\": \"x\", \"parent\": \"NOPE-X\"}"
                .formatted(unique("P"), planId))
            .post("/priorities")
            .then(),
        404,
        "parent");
    problem(request().get("/priorities/NOPE-X").then(), 404, "code");
    problem(json("{\"name\": \"x\"}").put("/priorities/NOPE-X").then(), 404, "code");
    problem(request().queryParam("plan", 99999999).get("/priorities").then(), 404, "plan");
    problem(request().queryParam("plan", "first").get("/priorities").then(), 400, "plan");
  }

  @Test
  void duplicateCodeIsConflict() {
    String code = create(null);
    problem(
        json("{\"code\": \"%s\", \"planId\": %d, \"name\": \"x\"}".formatted(code, planId))
            .post("/priorities")
            .then(),
        409,
        "code");
  }
}
