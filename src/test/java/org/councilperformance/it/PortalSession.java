package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's portal session driven by hand over HTTP, to post what a page would not let a person
 * post: forged, stale and wrong-role forms.
 */
record PortalSession(Map<String, String> cookies, String csrfToken) {
  private static final Pattern CSRF = Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");
  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([^\"]*)\"");

  /** Signed in through the sign-in form with a demo account's password. */
  static PortalSession of(String username) {
    Response form = RestAssured.given().baseUri(Api.BASE_URL).get("/portal/sign-in");
    Response signedIn =
        RestAssured.given()
            .baseUri(Api.BASE_URL)
            .redirects()
            .follow(false)
            .cookies(form.cookies())
            .contentType(ContentType.URLENC)
            .formParam("csrfToken", token(form.asString()))
            .formParam("username", username)
            .formParam("password", Api.PASSWORDS.get(username))
            .post("/portal/sign-in");
    assertThat(signedIn.statusCode()).isEqualTo(303);
    Map<String, String> cookies = new HashMap<>(form.cookies());
    cookies.putAll(signedIn.cookies());
    String home =
        RestAssured.given().baseUri(Api.BASE_URL).cookies(cookies).get("/portal/").asString();
    return new PortalSession(cookies, token(home));
  }

  private static String token(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF token on the page").isTrue();
    return m.group(1);
  }

  RequestSpecification withoutToken() {
    return RestAssured.given()
        .baseUri(Api.BASE_URL)
        .redirects()
        .follow(false)
        .cookies(cookies)
        .contentType(ContentType.URLENC);
  }

  Response get(String portalPath) {
    return withoutToken().get("/portal" + portalPath);
  }

  Response post(String portalPath, Map<String, String> form) {
    return withoutToken()
        .formParam("csrfToken", csrfToken)
        .formParams(form)
        .post("/portal" + portalPath);
  }

  /** A file upload as a browser sends it (multipart/form-data), with the session's CSRF token. */
  Response upload(String portalPath, String field, String fileName, String content) {
    return RestAssured.given()
        .baseUri(Api.BASE_URL)
        .redirects()
        .follow(false)
        .cookies(cookies)
        .multiPart("csrfToken", csrfToken)
        .multiPart(
            field, fileName, content.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
        .post("/portal" + portalPath);
  }

  /** The version the page's form carries; null when the page has no form. */
  String versionOn(String portalPath) {
    Matcher m = VERSION.matcher(get(portalPath).then().statusCode(200).extract().asString());
    return m.find() ? m.group(1) : null;
  }
}
