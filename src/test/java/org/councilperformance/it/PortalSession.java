package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A portal session signed in through the sign-in form and driven without a browser, to post what a
 * page would not let a person post: forged, replayed, stale or of the wrong role. Every answer's
 * cookies are kept, as a browser keeps them.
 */
final class PortalSession {
  private final Map<String, String> cookies = new HashMap<>();
  private String csrfToken;

  private PortalSession() {}

  /** Signed in as one of the sample council's people ({@link Api#PASSWORDS}). */
  static PortalSession of(String username) {
    return signIn(username, Api.PASSWORDS.get(username));
  }

  static PortalSession signIn(String username, String password) {
    PortalSession s = new PortalSession();
    String token = token(s.page("/sign-in"));
    Response answer = s.post("/sign-in", Map.of("username", username, "password", password), token);
    assertThat(answer.statusCode()).as("signed in as " + username).isEqualTo(303);
    // Home, or where it sends this person (a viewer's is the council overview): every signed-in
    // page carries the token in its sign-out form.
    Response home = s.get("/");
    for (int hop = 0; hop < 5 && home.statusCode() / 100 == 3; hop++) {
      home = s.kept(s.withoutToken().get(Api.absolute(home.header("Location"))));
    }
    s.csrfToken = token(Jsoup.parse(home.body().asString()));
    return s;
  }

  String csrfToken() {
    return csrfToken;
  }

  /** A request carrying the session's cookies, not following redirects; no token. */
  RequestSpecification withoutToken() {
    return RestAssured.given().baseUri(Api.BASE_URL).redirects().follow(false).cookies(cookies);
  }

  Response get(String portalPath) {
    return kept(withoutToken().get("/portal" + portalPath));
  }

  Document page(String portalPath) {
    return Jsoup.parse(get(portalPath).body().asString());
  }

  /** Posts the form with the session's CSRF token. */
  Response post(String portalPath, Map<String, String> form) {
    return post(portalPath, form, csrfToken);
  }

  /** Posts the form with this token; null sends none. */
  Response post(String portalPath, Map<String, String> form, String token) {
    RequestSpecification request = withoutToken().contentType(ContentType.URLENC);
    form.forEach(request::formParam);
    if (token != null) {
      request.formParam("csrfToken", token);
    }
    return kept(request.post("/portal" + portalPath));
  }

  Response postWithoutToken(String portalPath, Map<String, String> form) {
    return post(portalPath, form, null);
  }

  /** Posts a file as a form's file field does (multipart), with the session's token. */
  Response upload(String portalPath, String field, String fileName, byte[] bytes) {
    return kept(
        withoutToken()
            .multiPart("csrfToken", csrfToken)
            .multiPart(field, fileName, bytes, "application/octet-stream")
            .post("/portal" + portalPath));
  }

  /** A CSV file's text posted as a form's file field does. */
  Response upload(String portalPath, String field, String fileName, String content) {
    return upload(
        portalPath, field, fileName, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The version the page's form carries; null when the page has no form with one. */
  String versionOn(String portalPath) {
    Response page = get(portalPath);
    assertThat(page.statusCode()).as(portalPath).isEqualTo(200);
    Element field = Jsoup.parse(page.body().asString()).selectFirst("main input[name=version]");
    return field == null ? null : field.attr("value");
  }

  private Response kept(Response answer) {
    cookies.putAll(answer.cookies());
    return answer;
  }

  private static String token(Document page) {
    Element field = page.selectFirst("input[name=csrfToken]");
    assertThat(field).as("a CSRF token on the page").isNotNull();
    return field.attr("value");
  }
}
