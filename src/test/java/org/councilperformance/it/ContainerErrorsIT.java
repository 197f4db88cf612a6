package org.councilperformance.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Errors the servlet container answers itself, and the pages of Liberty's own features, carry the
 * hardening headers and name no IBM class (issue 14, item 8).
 */
class ContainerErrorsIT {
  /** The application's paths. */
  private static RequestSpecification server() {
    return given().baseUri(Api.BASE_URL).urlEncodingEnabled(false);
  }

  /** Liberty's own pages, at the server's root whatever the context root. */
  private static RequestSpecification liberty() {
    return given().baseUri(Api.SERVER_URL).urlEncodingEnabled(false);
  }

  private static ValidatableResponse hardened(ValidatableResponse response) {
    return HardeningIT.hardened(response)
        .header("$WSEP", nullValue())
        .body(not(containsString("com.ibm")))
        .body(not(containsString("SRVE")));
  }

  private static void problem(ValidatableResponse response, int status) {
    hardened(response)
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status));
  }

  @Test
  void aPathOutsideTheApiIsAProblem() {
    problem(server().get("/nope").then(), 404);
    problem(server().get("/WEB-INF/web.xml").then(), 404);
    problem(server().get("/container-error").then(), 404);
  }

  @Test
  void aMethodTheApiDoesNotKnowIsAProblem() {
    problem(Api.request().request("TRACE", "/periods").then(), 405);
    problem(Api.request().delete("/periods").then(), 405);
  }

  @Test
  void errorsOfLibertysOwnPagesNameNoInternals() {
    hardened(liberty().put("/health/nope").then().statusCode(404));
    hardened(liberty().put("/openapi").then().statusCode(405));
    hardened(server().request("TRACE", "/nope").then().statusCode(403));
  }

  @Test
  void libertysOwnPagesCarryTheHeaders() {
    hardened(liberty().get("/health").then().statusCode(200));
    hardened(liberty().get("/health/ready").then().statusCode(200));
    hardened(liberty().get("/openapi").then().statusCode(200));
  }

  @Test
  void aMalformedEscapeIsRefusedBeforeTheAppWithTheHeaders() throws IOException {
    // Liberty refuses it before any application sees it, with its own one-line text
    // (docs/api.md#errors); it still carries the headers and no class name or stack.
    for (String target : List.of("/%", "/api/%zz")) {
      String answer = raw("GET " + Api.CONTEXT_PATH + target + " HTTP/1.1");
      assertThat(answer)
          .startsWith("HTTP/1.1 400 ")
          .contains(
              "Content-Security-Policy: default-src 'none'",
              "X-Content-Type-Options: nosniff",
              "X-Frame-Options: DENY",
              "Cache-Control: no-store")
          .doesNotContain("com.ibm", "SRVE", "\tat ");
    }
  }

  /** A request as written, which no HTTP client library would send. */
  private static String raw(String requestLine) throws IOException {
    URI base = URI.create(Api.BASE_URL);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestLine + "\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
