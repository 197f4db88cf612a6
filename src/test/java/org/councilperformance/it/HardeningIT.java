package org.councilperformance.it;

import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

class HardeningIT {
  private static void hardened(ValidatableResponse response) {
    response
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
}
