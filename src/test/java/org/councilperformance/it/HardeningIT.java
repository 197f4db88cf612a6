package org.councilperformance.it;

import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

class HardeningIT {
  /** The browser-hardening headers, and no header naming the server (ContainerErrorsIT too). */
  static ValidatableResponse hardened(ValidatableResponse response) {
    return response
        .header("Content-Security-Policy", containsString("default-src 'none'"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("X-Content-Type-Options", equalTo("nosniff"))
        .header("X-Frame-Options", equalTo("DENY"))
        .header("Referrer-Policy", equalTo("no-referrer"))
        .header("Cache-Control", equalTo("no-store"))
        .header("Server", nullValue())
        .header("X-Powered-By", nullValue());
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    hardened(request().get("/periods").then().statusCode(200));
    hardened(request().get("/indicators/NOPE-X").then().statusCode(404));
    hardened(json("{").post("/periods").then().statusCode(400));
  }

  @Test
  void anOversizedBodyIsRefusedBeforeItIsRead() {
    String huge = "{\"code\": \"" + "x".repeat(300 * 1024) + "\"}";
    problem(json(huge).post("/periods").then(), 413, "body");
  }

  @Test
  void aFigureOrTextTheDatabaseCannotHoldExactlyIsRefusedAndNothingIsSaved() {
    String quarter = Api.freshQuarter();
    String path =
        "/indicators/" + Api.newIndicator(Api.newBusinessUnit()) + "/measurements/" + quarter;
    json("{\"value\": 10.5, \"commentary\": \"kept\"}").put(path).then().statusCode(200);
    problem(json("{\"value\": 1E-9}").put(path).then(), 422, "value");
    problem(json("{\"value\": 1e13}").put(path).then(), 422, "value");
    problem(json("{\"value\": 1e99999}").put(path).then(), 422, "value");
    problem(
        json("{\"value\": 1, \"commentary\": \"a\\uFFFEb\"}").put(path).then(), 422, "commentary");
    String tooLong = "x".repeat(65_536);
    problem(
        json("{\"value\": 1, \"commentary\": \"" + tooLong + "\"}").put(path).then(),
        422,
        "commentary");
    problem(json("{\"value\": 1} {\"value\": 2}").put(path).then(), 400, "body");
    request()
        .get(path.substring(0, path.lastIndexOf('/')))
        .then()
        .statusCode(200)
        .body("find { it.period == '" + quarter + "' }.value", equalTo(10.5f))
        .body("find { it.period == '" + quarter + "' }.commentary", equalTo("kept"));
  }

  @Test
  void aDeeplyNestedBodyIsBadJsonEvenForSomeoneNotSignedIn() {
    String deep = "{\"username\": " + "[".repeat(1_000) + "]".repeat(1_000) + "}";
    problem(
        anonymous().contentType("application/json").body(deep).post("/session").then(),
        400,
        "body");
  }
}
