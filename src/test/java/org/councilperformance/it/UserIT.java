package org.councilperformance.it;

import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
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
    json(object()
            .add("username", username)
            .add("displayName", "Head of Planning")
            .add("role", "EDITOR")
            .add("businessUnits", array().add("PLANNING"))
            .add("password", password))
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
    json(object()
            .add("displayName", "Head of Planning and Infrastructure")
            .add("role", "APPROVER")
            .add("businessUnits", array().add("PLANNING").add("ECONDEV")))
        .put("/users/" + username)
        .then()
        .statusCode(200)
        .body("role", equalTo("APPROVER"))
        .body("businessUnits", contains("ECONDEV", "PLANNING"));

    anonymous()
        .contentType(ContentType.JSON)
        .body(
            object()
                .add("username", username)
                .add("password", "a-long-password-1")
                .build()
                .toString())
        .post("/session")
        .then()
        .statusCode(200)
        .body("role", equalTo("APPROVER"));
  }

  @Test
  void badInputNamesTheField() {
    problem(
        json(object()
                .add("username", "x1")
                .add("displayName", "X")
                .add("role", "EDITOR")
                .add("password", "short"))
            .post("/users")
            .then(),
        422,
        "password");
    problem(
        json(object()
                .add("username", unique("u"))
                .add("displayName", "X")
                .add("password", "a-long-password-1"))
            .post("/users")
            .then(),
        422,
        "role");
    problem(
        json(object()
                .add("username", unique("u"))
                .add("displayName", "X")
                .add("role", "EDITOR")
                .add("businessUnits", array().add("NOPE-X"))
                .add("password", "a-long-password-1"))
            .post("/users")
            .then(),
        404,
        "businessUnits");
    problem(
        json(object()
                .add("username", "admin")
                .add("displayName", "X")
                .add("role", "VIEWER")
                .add("password", "a-long-password-1"))
            .post("/users")
            .then(),
        409,
        "username");
    problem(
        json(object().add("username", "someone-else").add("displayName", "X").add("role", "VIEWER"))
            .put("/users/" + VIEWER)
            .then(),
        422,
        "username");
  }

  @Test
  void unknownUserIsNotFound() {
    problem(request().get("/users/nobody-here").then(), 404, "username");
    problem(
        json(object().add("displayName", "X").add("role", "VIEWER"))
            .put("/users/nobody-here")
            .then(),
        404,
        "username");
  }

  @Test
  void onlyAdminsSeeOrChangeUsers() {
    problem(as(VIEWER).get("/users").then(), 403, null);
    problem(as(EDITOR).get("/users/" + EDITOR).then(), 403, null);
    problem(
        json(EDITOR, object().add("displayName", "Boss").add("role", "ADMIN"))
            .put("/users/" + EDITOR)
            .then(),
        403,
        null);
    problem(anonymous().get("/users").then(), 401, null);
    as(EDITOR).get("/session").then().statusCode(200).body("role", equalTo("EDITOR"));
  }
}
