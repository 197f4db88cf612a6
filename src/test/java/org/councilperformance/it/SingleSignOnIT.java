package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on with OpenID Connect against a stand-in identity provider: the tests' server is
 * configured for it (pom.xml, test-server-start); the run command's server is not.
 */
class SingleSignOnIT {
  private static final String BROWSER_ACCEPTS = "text/html,application/xhtml+xml,*/*;q=0.8";

  private static StandInIdentityProvider idp;

  @BeforeAll
  static void startIdentityProvider() throws Exception {
    idp = new StandInIdentityProvider(Integer.getInteger("sso.test.port", 9095));
  }

  @AfterAll
  static void stopIdentityProvider() {
    idp.close();
  }

  /** What the browser holds after GET /api/session/sso: where to go and its binding cookie. */
  private record Begun(URI authorizationRequest, Map<String, String> cookies) {
    /** The callback address with this sign-in's state and the given answer of the provider. */
    URI callbackWith(String answer) {
      Map<String, String> query = StandInIdentityProvider.parse(authorizationRequest.getRawQuery());
      return URI.create(query.get("redirect_uri") + "?state=" + query.get("state") + "&" + answer);
    }
  }

  private static Begun begin() {
    ExtractableResponse<Response> response = beginResponse();
    return new Begun(URI.create(response.header("Location")), response.cookies());
  }

  private static ExtractableResponse<Response> beginResponse() {
    return anonymous()
        .config(
            RestAssuredConfig.config()
                .redirect(RedirectConfig.redirectConfig().followRedirects(false)))
        .get("/session/sso")
        .then()
        .statusCode(303)
        .extract();
  }

  /** The browser arriving back from the provider at the callback address. */
  private static ValidatableResponse callback(URI callback, Map<String, String> cookies) {
    assertThat(callback.getPath()).isEqualTo(Api.CONTEXT_PATH + "/api/session/sso/callback");
    return anonymous()
        .accept(BROWSER_ACCEPTS)
        .cookies(cookies)
        .queryParams(StandInIdentityProvider.parse(callback.getRawQuery()))
        .get("/session/sso/callback")
        .then();
  }

  @Test
  void sendsTheBrowserToTheProviderWithStateNonceAndPkce() {
    ExtractableResponse<Response> response = beginResponse();
    URI location = URI.create(response.header("Location"));
    assertThat(location.toString()).startsWith(idp.issuer() + "/authorize?");
    Map<String, String> query = StandInIdentityProvider.parse(location.getRawQuery());
    assertThat(query)
        .containsEntry("response_type", "code")
        .containsEntry("client_id", StandInIdentityProvider.CLIENT_ID)
        .containsEntry("redirect_uri", Api.BASE_URL + "/api/session/sso/callback")
        .containsEntry("code_challenge_method", "S256")
        .containsKeys("state", "nonce", "code_challenge");
    assertThat(query.get("scope")).contains("openid");
    String binding = response.header("Set-Cookie");
    assertThat(binding)
        .contains("cp_sso=")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax")
        .contains("Path=" + Api.CONTEXT_PATH + "/api/session/sso/callback");
  }

  @Test
  void signsInAsTheCouncilAccountTheProviderVouchesFor() {
    Begun begun = begin();
    URI back = idp.approve(begun.authorizationRequest(), Api.EDITOR);
    ExtractableResponse<Response> signedIn =
        callback(back, begun.cookies())
            .statusCode(200)
            .contentType(containsString("text/html"))
            .body(containsString("Signed in as housing.editor"))
            .body(containsString("url=" + Api.CONTEXT_PATH + "/portal/"))
            .extract();
    Map<String, String> session = signedIn.cookies();
    assertThat(session).containsKey(Api.SESSION_COOKIE);

    anonymous()
        .cookies(session)
        .get("/session")
        .then()
        .statusCode(200)
        .body("username", equalTo(Api.EDITOR))
        .body("role", equalTo("EDITOR"))
        .body("businessUnits[0]", equalTo("HOUSING"))
        .body("csrfToken", notNullValue());
  }

  @Test
  void aSessionFromSingleSignOnChangesThingsOnlyWithItsCsrfToken() {
    Begun begun = begin();
    Map<String, String> session =
        callback(idp.approve(begun.authorizationRequest(), Api.VIEWER), begun.cookies())
            .statusCode(200)
            .extract()
            .cookies();
    String csrf = anonymous().cookies(session).get("/session").then().extract().path("csrfToken");
    anonymous()
        .cookies(session)
        .contentType("application/json")
        .body("{\"name\": \"no csrf\"}")
        .post("/tokens")
        .then()
        .statusCode(403);
    anonymous()
        .cookies(session)
        .header("X-CSRF-Token", csrf)
        .contentType("application/json")
        .body("{\"name\": \"sso token\"}")
        .post("/tokens")
        .then()
        .statusCode(201);
  }

  @Test
  void refusesACallbackWithoutTheBrowsersBindingCookie() {
    Begun begun = begin();
    URI back = idp.approve(begun.authorizationRequest(), Api.EDITOR);
    problem(callback(back, Map.of()), 401, null).body("detail", containsString("another browser"));
  }

  @Test
  void refusesAStateUsedTwice() {
    Begun begun = begin();
    URI back = idp.approve(begun.authorizationRequest(), Api.EDITOR);
    callback(back, begun.cookies()).statusCode(200);
    problem(callback(back, begun.cookies()), 401, null)
        .body("detail", containsString("unknown or has expired"));
  }

  @Test
  void refusesAnIdTokenSignedWithAnotherKey() throws Exception {
    assertIdTokenRefused(StandInIdentityProvider.newKey(), claims -> claims);
  }

  @Test
  void refusesAnIdTokenMeantForAnotherApplication() {
    assertIdTokenRefused(idp.signingKey(), claims -> claims.audience("some-other-app"));
  }

  @Test
  void refusesAnIdTokenFromAnotherSignIn() {
    assertIdTokenRefused(idp.signingKey(), claims -> claims.claim("nonce", "x"));
  }

  @Test
  void refusesAnExpiredIdToken() {
    assertIdTokenRefused(
        idp.signingKey(),
        claims -> claims.expirationTime(new Date(System.currentTimeMillis() - 3_600_000)));
  }

  /** An admin's sign-in whose ID token is forged or altered must start no session. */
  private static void assertIdTokenRefused(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> alter) {
    Begun begun = begin();
    URI back = idp.approve(begun.authorizationRequest(), Api.ADMIN, key, alter);
    Map<String, String> cookies =
        problem(callback(back, begun.cookies()), 401, null)
            .body("detail", containsString("did not pass its checks"))
            .extract()
            .cookies();
    anonymous().cookies(cookies).get("/session").then().statusCode(401);
  }

  @Test
  void refusesAPersonWithNoCouncilAccount() {
    Begun begun = begin();
    URI back = idp.approve(begun.authorizationRequest(), "stranger@example.org");
    problem(callback(back, begun.cookies()), 403, null)
        .body("detail", containsString("'stranger@example.org' has no account"));
  }

  @Test
  void reportsTheProvidersOwnRefusal() {
    Begun begun = begin();
    URI back =
        begun.callbackWith(
            "error=access_denied&error_description=AADSTS50105%3A+not+assigned+to+this+app");
    problem(callback(back, begun.cookies()), 401, null)
        .body("detail", containsString("AADSTS50105"));
  }

  @Test
  void refusesACodeTheProviderDoesNotKnow() {
    Begun begun = begin();
    problem(callback(begun.callbackWith("code=made-up"), begun.cookies()), 401, null)
        .body("detail", containsString("AADSTS70008"));
  }

  @Test
  void aUserMadeWithoutAPasswordSignsInOnlyThroughSingleSignOn() {
    String username = Api.unique("sso.user") + "@council.example";
    Api.json(
            Api.object()
                .add("username", username)
                .add("displayName", "SSO User")
                .add("role", "VIEWER"))
        .post("/users")
        .then()
        .statusCode(201);
    for (String guess : new String[] {"", "null", "password123456"}) {
      anonymous()
          .contentType("application/json")
          .body(Api.object().add("username", username).add("password", guess).build().toString())
          .post("/session")
          .then()
          .statusCode(org.hamcrest.Matchers.oneOf(400, 401, 422));
    }
    Begun begun = begin();
    Map<String, String> session =
        callback(idp.approve(begun.authorizationRequest(), username), begun.cookies())
            .statusCode(200)
            .extract()
            .cookies();
    anonymous()
        .cookies(session)
        .get("/session")
        .then()
        .statusCode(200)
        .body("username", equalTo(username))
        .body("role", equalTo("VIEWER"));
  }

  @Test
  void passwordSignInKeepsWorkingBesideSingleSignOn() {
    assertThat(Api.signIn(Api.APPROVER).csrfToken()).isNotBlank();
  }
}
