package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Sign-in limits, the security log, and a locked account shut out (issue 14, item 7). */
class SignInHardeningIT {
  /** A sign-in attempt with any password, its answer whatever it is. */
  static ValidatableResponse signIn(String username, String password) {
    return anonymous()
        .contentType(ContentType.JSON)
        .body(object().add("username", username).add("password", password).build().toString())
        .post("/session")
        .then();
  }

  @Test
  void moreThanTenSignInsAMinuteForOneUsernameAreRefused429WithRetryAfter() {
    String username = Api.unique("ratelimited");
    for (int i = 0; i < 10; i++) {
      problem(signIn(username, "wrong-" + i), 401, null);
    }
    // One comes back every six seconds and each attempt takes a while (the hash work): a few more
    // may pass before the bucket is empty, never ten.
    int status = 401;
    for (int i = 0; i < 10 && status == 401; i++) {
      status = signIn(username, "wrong").extract().statusCode();
    }
    assertThat(status).isEqualTo(429);
    problem(signIn(username, Api.PASSWORDS.get(Api.VIEWER)), 429, null)
        .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    // another username from the same address is not held up
    problem(signIn(Api.unique("someone-else"), "wrong"), 401, null);
  }

  @Test
  void aLockedAccountsSessionAndTokensStopWorkingAtOnce() {
    String username = Api.unique("tolock");
    String password = "a long enough password";
    json(object()
            .add("username", username)
            .add("displayName", "To be locked")
            .add("role", "VIEWER")
            .add("password", password))
        .post("/users")
        .then()
        .statusCode(201);
    var signedIn = signIn(username, password).statusCode(200).extract();
    Api.BrowserSession session =
        new Api.BrowserSession(signedIn.cookies(), signedIn.path("csrfToken"));
    String token =
        session
            .change(object().add("name", "before the lock"))
            .post("/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    anonymous().header("Authorization", "Bearer " + token).get("/periods").then().statusCode(200);

    for (int i = 0; i < 5; i++) {
      problem(signIn(username, "wrong"), 401, null);
    }

    problem(session.request().get("/session").then(), 401, null);
    problem(
        anonymous().header("Authorization", "Bearer " + token).get("/periods").then(), 401, null);
  }

  @Test
  void everySignInIsOneLineInTheSecurityLogAnUnknownUsersToo() {
    String unknown = Api.unique("nobody");
    problem(signIn(unknown, "wrong"), 401, null);
    Api.signIn(Api.VIEWER);
    String log = ServerLog.after(unknown);
    assertThat(log)
        .contains(
            "council.security",
            "event=sign-in outcome=failure user=\""
                + unknown
                + "\" address=\"127.0.0.1\""
                + " reason=unknown-user");
    assertThat(log).contains("event=sign-in outcome=success user=\"" + Api.VIEWER + "\"");
  }
}
