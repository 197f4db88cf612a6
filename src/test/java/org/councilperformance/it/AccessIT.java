package org.councilperformance.it;

import static org.councilperformance.it.Api.ADMIN;
import static org.councilperformance.it.Api.APPROVER;
import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may do what, with the sample council's demo accounts: an admin; an editor of HOUSING; an
 * approver of HOUSING and CUSTOMER; a viewer.
 */
class AccessIT {
  private static final String QUARTER = "2018-19-Q2";
  private static String housingIndicator;
  private static String customerIndicator;

  @BeforeAll
  static void indicatorsOfTwoUnits() {
    housingIndicator = Api.newIndicator("HOUSING");
    customerIndicator = Api.newIndicator("CUSTOMER");
  }

  private static String measurement(String code) {
    return "/indicators/" + code + "/measurements/" + QUARTER;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/plans",
        "/priorities",
        "/directorates",
        "/business-units",
        "/periods",
        "/indicators?period=2018-19-Q2",
        "/indicators/HC-PI-01",
        "/indicators/HC-PI-01/targets",
        "/indicators/HC-PI-01/measurements",
        "/indicators/HC-PI-01/history",
        "/indicators/HC-PI-01/status?period=2018-19-Q2",
        "/summary?period=2018-19-Q2",
        "/tokens",
        "/session"
      })
  void anonymousReadsAreRefusedWith401(String path) {
    problem(anonymous().get(path).then(), 401, null);
  }

  @Test
  void anonymousWritesAreRefusedWith401AndChangeNothing() {
    String untouched = Api.newIndicator("HOUSING");
    problem(
        anonymous()
            .contentType(ContentType.JSON)
            .body("{\"value\": 1}")
            .put(measurement(untouched))
            .then(),
        401,
        null);
    problem(
        anonymous()
            .contentType(ContentType.JSON)
            .body("{\"code\": \"2040-41\"}")
            .post("/periods")
            .then(),
        401,
        null);
    as(ADMIN).get("/indicators/" + untouched + "/measurements").then().body("size()", equalTo(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {ADMIN, EDITOR, APPROVER, VIEWER})
  void everyRoleReadsEverything(String user) {
    as(user).queryParam("period", QUARTER).get("/summary").then().statusCode(200);
    as(user).queryParam("period", QUARTER).get("/indicators").then().statusCode(200);
    as(user).get("/indicators/VFM-PI-01/history").then().statusCode(200);
  }

  @Test
  void aViewerChangesNothing() {
    problem(json(VIEWER, "{\"value\": 5}").put(measurement(housingIndicator)).then(), 403, null);
    problem(
        json(VIEWER, "{\"value\": 5}")
            .put("/indicators/" + housingIndicator + "/targets/" + QUARTER)
            .then(),
        403,
        null);
    problem(
        json(VIEWER, "{\"name\": \"x\", \"startYear\": 2024, \"endYear\": 2025}")
            .post("/plans")
            .then(),
        403,
        null);
    problem(
        json(VIEWER, "{\"status\": \"GREEN\", \"reason\": \"x\"}")
            .put(measurement(housingIndicator) + "/status-override")
            .then(),
        403,
        null);
  }

  @Test
  void anEditorEntersFiguresForTheirOwnUnitOnly() {
    json(EDITOR, "{\"value\": 7, \"commentary\": \"Housing's own figure\"}")
        .put(measurement(housingIndicator))
        .then()
        .statusCode(200)
        .body("enteredBy", equalTo(EDITOR));
    json(EDITOR, "{\"value\": 10}")
        .put("/indicators/" + housingIndicator + "/targets/" + QUARTER)
        .then()
        .statusCode(200);

    problem(json(EDITOR, "{\"value\": 7}").put(measurement(customerIndicator)).then(), 403, "code");
    problem(
        json(EDITOR, "{\"value\": 7}")
            .put("/indicators/" + customerIndicator + "/targets/" + QUARTER)
            .then(),
        403,
        "code");
    as(ADMIN)
        .get("/indicators/" + customerIndicator + "/measurements")
        .then()
        .body("size()", equalTo(0));
  }

  @Test
  void onlyAnAdminManagesPlansIndicatorsPeriodsAndOverrides() {
    for (String user : List.of(EDITOR, APPROVER)) {
      problem(
          json(user, "{\"name\": \"x\", \"startYear\": 2024, \"endYear\": 2025}")
              .post("/plans")
              .then(),
          403,
          null);
      problem(json(user, "{\"code\": \"2041-42\"}").post("/periods").then(), 403, null);
      problem(
          json(user, "{\"code\": \"X\", \"name\": \"x\"}").post("/directorates").then(), 403, null);
      problem(
          json(user, "{\"name\": \"x\", \"unit\": \"COUNT\", \"polarity\": \"HIGHER_IS_BETTER\"}")
              .put("/indicators/" + housingIndicator)
              .then(),
          403,
          null);
      problem(
          json(user, "{\"status\": \"GREEN\", \"reason\": \"x\"}")
              .put(measurement(housingIndicator) + "/status-override")
              .then(),
          403,
          null);
    }
    problem(json(APPROVER, "{\"value\": 1}").put(measurement(housingIndicator)).then(), 403, null);
  }

  @Test
  void anEditorsTokenCarriesTheirRightsUntilRevoked() {
    Api.BrowserSession session = Api.signIn(EDITOR);
    var created =
        session
            .change("{\"name\": \"housing system feed\"}")
            .post("/tokens")
            .then()
            .statusCode(201)
            .extract();
    String token = created.path("token");
    int id = created.path("id");
    org.assertj.core.api.Assertions.assertThat(token).startsWith("cpt_");

    anonymous()
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON)
        .body("{\"value\": 8, \"commentary\": \"from the housing system\"}")
        .put(measurement(housingIndicator))
        .then()
        .statusCode(200)
        .body("enteredBy", equalTo(EDITOR));
    session
        .request()
        .get("/tokens")
        .then()
        .statusCode(200)
        .body("find { it.id == %d }.token".formatted(id), nullValue())
        .body("find { it.id == %d }.name".formatted(id), equalTo("housing system feed"));

    session
        .change("")
        .delete("/tokens/" + id)
        .then()
        .statusCode(200)
        .body("revokedAt", notNullValue());
    problem(
        anonymous()
            .header("Authorization", "Bearer " + token)
            .contentType(ContentType.JSON)
            .body("{\"value\": 9}")
            .put(measurement(housingIndicator))
            .then(),
        401,
        null);
    as(ADMIN)
        .get("/indicators/" + housingIndicator + "/measurements")
        .then()
        .body("[0].value", equalTo(8));
  }

  @Test
  void browserChangesNeedTheSessionsCsrfToken() {
    Api.BrowserSession session = Api.signIn(ADMIN);
    problem(
        session
            .request()
            .contentType(ContentType.JSON)
            .body("{\"name\": \"no csrf\"}")
            .post("/tokens")
            .then(),
        403,
        "X-CSRF-Token");
    problem(
        session
            .request()
            .header("X-CSRF-Token", "forged")
            .contentType(ContentType.JSON)
            .body("{\"name\": \"forged\"}")
            .post("/tokens")
            .then(),
        403,
        "X-CSRF-Token");
    session.change("{\"name\": \"with csrf\"}").post("/tokens").then().statusCode(201);
    session.request().get("/session").then().statusCode(200).body("username", equalTo(ADMIN));
    session
        .request()
        .header("X-CSRF-Token", session.csrfToken())
        .delete("/session")
        .then()
        .statusCode(204);
    problem(session.request().get("/session").then(), 401, null);
  }

  @Test
  void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    problem(
        anonymous()
            .contentType(ContentType.JSON)
            .body(object().add("username", VIEWER).add("password", "wrong").build().toString())
            .post("/session")
            .then(),
        401,
        null);
    problem(
        anonymous()
            .contentType(ContentType.JSON)
            .body(
                object().add("username", "nobody-here").add("password", "wrong").build().toString())
            .post("/session")
            .then(),
        401,
        null);
    problem(
        anonymous()
            .contentType(ContentType.JSON)
            .body(object().add("username", "x").build().toString())
            .post("/session")
            .then(),
        422,
        "password");
    // The right password still works (and resets the failure count).
    Api.signIn(VIEWER);
  }

  @Test
  void sessionCookieIsTheApplicationsOwnHttpOnlyLaxAndForItsContextRootOnly() {
    anonymous()
        .contentType(ContentType.JSON)
        .body(
            object()
                .add("username", VIEWER)
                .add("password", Api.PASSWORDS.get(VIEWER))
                .build()
                .toString())
        .post("/session")
        .then()
        .statusCode(200)
        .header("Set-Cookie", startsWith(Api.SESSION_COOKIE + "="))
        .header(
            "Set-Cookie",
            org.hamcrest.Matchers.containsString("Path=" + Api.SESSION_COOKIE_PATH + ";"))
        .header("Set-Cookie", org.hamcrest.Matchers.containsString("HttpOnly"))
        .header("Set-Cookie", org.hamcrest.Matchers.containsString("SameSite=Lax"));
  }
}
