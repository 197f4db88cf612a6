package org.councilperformance.it;

import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

class UserIT {
  private static String createPlanningEditor(String password) {
    String username = unique("editor").toLowerCase();
    json("{\"username\": \"%s\", \"displayName\": \"Head of Planning\", \"role\": \"EDITOR\", \"businessUnits\": [\"PLANNING\"], \"password\": \"%s\"}"
            .formatted(username, password))
        .post("/users")
        .then()
        .statusCode(201)
        .body("businessUnits", contains("PLANNING"))
        .body("$", not(org.hamcrest.Matchers.hasKey("password")));
    return username;
  }

  @Test
  void anAdminCreatesListsReadsAndUpdatesPeopleWhoCanThenSignIn() {
    String username = createPlanningEditor("a-long-password-1");
    request().get("/users").then().statusCode(200).body("username", hasItem(username));
    request().get("/users/" + username).then().statusCode(200).body("role", equalTo("EDITOR"));
    json("{\"displayName\": \"Head of Planning and Infrastructure\", \"role\": \"APPROVER\", \"businessUnits\": [\"PLANNING\", \"ECONDEV\"]}")
        .put("/users/" + username)
        .then()
        .statusCode(200)
        .body("role", equalTo("APPROVER"))
        .body("businessUnits", contains("ECONDEV", "PLANNING"));

    anonymous()
        .contentType(ContentType.JSON)
        .body("{\"username\": \"%s\", \"password\": \"a-long-password-1\"}".formatted(username))
        .post("/session")
        .then()
        .statusCode(200)
        .body("role", equalTo("APPROVER"));
  }

  @Test
  void badInputNamesTheField() {
    problem(
        json("{\"username\": \"x1\", \"displayName\": \"X\", \"role\": \"EDITOR\", \"password\": \"short\"}")
            .post("/users")
            .then(),
        422,
        "password");
    problem(
        json("{\"username\": \"%s\", \"displayName\": \"X\", \"password\": \"a-long-password-1\"}"
                .formatted(unique("u")))
            .post("/users")
            .then(),
        422,
        "role");
    problem(
        json("{\"username\": \"%s\", \"displayName\": \"X\", \"role\": \"EDITOR\", \"businessUnits\": [\"NOPE-X\"], \"password\": \"a-long-password-1\"}"
                .formatted(unique("u")))
            .post("/users")
            .then(),
        404,
        "businessUnits");
    problem(
        json("{\"username\": \"admin\", \"displayName\": \"X\", \"role\": \"VIEWER\", \"password\": \"a-long-password-1\"}")
            .post("/users")
            .then(),
        409,
        "username");
    problem(
        json("{\"username\": \"someone-else\", \"displayName\": \"X\", \"role\": \"VIEWER\"}")
            .put("/users/" + VIEWER)
            .then(),
        422,
        "username");
  }

  @Test
  void unknownUserIsNotFound() {
    problem(request().get("/users/nobody-here").then(), 404, "username");
    problem(
        json("{\"displayName\": \"X\", \"role\": \"VIEWER\"}").put("/users/nobody-here").then(),
        404,
        "username");
  }

  @Test
  void onlyAdminsSeeOrChangeUsers() {
    problem(as(VIEWER).get("/users").then(), 403, null);
    problem(as(EDITOR).get("/users/" + EDITOR).then(), 403, null);
    problem(
        json(EDITOR, "{\"displayName\": \"Boss\", \"role\": \"ADMIN\"}")
            .put("/users/" + EDITOR)
            .then(),
        403,
        null);
    problem(anonymous().get("/users").then(), 401, null);
    as(EDITOR).get("/session").then().statusCode(200).body("role", equalTo("EDITOR"));
  }
}
