package org.councilperformance.it;

import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.stringOrNull;
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
    planId = Api.newPlan();
  }

  private String create(String parent) {
    String code = unique("P");
    json(object()
            .add("code", code)
            .add("planId", planId)
            .add("name", "Homes")
            .add("type", "PRIORITY")
            .add("parent", stringOrNull(parent)))
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
    json(object().add("name", "Affordable homes").add("type", "PROGRAMME").add("parent", parent))
        .put("/priorities/" + child)
        .then()
        .statusCode(200)
        .body("name", equalTo("Affordable homes"))
        .body("type", equalTo("PROGRAMME"))
        .body("parent", equalTo(parent));
    // Again, now that the parent is already known to the child as a lazy reference.
    json(object().add("name", "Affordable homes").add("type", "PROGRAMME").add("parent", parent))
        .put("/priorities/" + child)
        .then()
        .statusCode(200)
        .body("parent", equalTo(parent));
    json(object().add("name", "Affordable homes"))
        .put("/priorities/" + child)
        .then()
        .statusCode(200)
        .body("parent", nullValue());
  }

  @Test
  void badInputNamesTheField() {
    problem(
        json(object().add("type", "THEME")).put("/priorities/" + create(null)).then(), 422, "name");
    problem(
        json(object().add("code", unique("P")).add("name", "x")).post("/priorities").then(),
        422,
        "planId");
    problem(
        json(object().add("code", "has space").add("planId", planId).add("name", "x"))
            .post("/priorities")
            .then(),
        422,
        "code");
    problem(
        json(object()
                .add("code", unique("P"))
                .add("planId", planId)
                .add("name", "x")
                .add("type", "WISH"))
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
        json(object().add("name", "loop").add("parent", child)).put("/priorities/" + parent).then(),
        422,
        "parent");
  }

  @Test
  void unknownReferencesAreNotFound() {
    problem(
        json(object().add("code", unique("P")).add("planId", 99999999).add("name", "x"))
            .post("/priorities")
            .then(),
        404,
        "planId");
    problem(
        json(object()
                .add("code", unique("P"))
                .add("planId", planId)
                .add("name", "x")
                .add("parent", "NOPE-X"))
            .post("/priorities")
            .then(),
        404,
        "parent");
    problem(request().get("/priorities/NOPE-X").then(), 404, "code");
    problem(json(object().add("name", "x")).put("/priorities/NOPE-X").then(), 404, "code");
    problem(request().queryParam("plan", 99999999).get("/priorities").then(), 404, "plan");
    problem(request().queryParam("plan", "first").get("/priorities").then(), 400, "plan");
  }

  @Test
  void duplicateCodeIsConflict() {
    String code = create(null);
    problem(
        json(object().add("code", code).add("planId", planId).add("name", "x"))
            .post("/priorities")
            .then(),
        409,
        "code");
  }
}
