package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;

import org.junit.jupiter.api.Test;

/**
 * The audit events a council's log collector reads (docs/operations.md#security-log), found in the
 * server's own messages.log: who, from where, what to, and how it went, never a secret (issue 20,
 * item 5).
 */
class SecurityLogIT {
  private static final String PASSWORD = "a secret nobody logs 7f3a";

  private static String newViewer() {
    String username = Api.unique("audited");
    json(object()
            .add("username", username)
            .add("displayName", "Audited person")
            .add("role", "VIEWER")
            .add("password", PASSWORD))
        .post("/users")
        .then()
        .statusCode(201);
    return username;
  }

  @Test
  void aBadSignInAGoodOneATokenAndTheSignOutAreEachOneLineAndNoSecretIsLogged() {
    String username = newViewer();
    SignInHardeningIT.signIn(username, PASSWORD + " wrong").statusCode(401);
    var signedIn = SignInHardeningIT.signIn(username, PASSWORD).statusCode(200).extract();
    Api.BrowserSession session =
        new Api.BrowserSession(signedIn.cookies(), signedIn.path("csrfToken"));
    var token =
        session.change(object().add("name", "audited")).post("/tokens").then().statusCode(201);
    String secret = token.extract().path("token");
    int id = token.extract().path("id");
    session
        .request()
        .header("X-CSRF-Token", session.csrfToken())
        .delete("/tokens/" + id)
        .then()
        .statusCode(200);
    session.request().header("X-CSRF-Token", session.csrfToken()).delete("/session");

    String who = "user=\"" + username + "\" address=\"127.0.0.1\"";
    // messages.log marks a WARNING " W " and an INFO " I " before the message
    assertThat(ServerLog.securityLine(who, "event=sign-in outcome=failure"))
        .contains(" W event=sign-in", "reason=wrong-password");
    assertThat(ServerLog.securityLine(who, "event=sign-in outcome=success"))
        .contains(" I event=sign-in");
    assertThat(ServerLog.securityLine(who, "event=token-created outcome=success"))
        .contains("token=" + id);
    assertThat(ServerLog.securityLine(who, "event=token-revoked outcome=success"))
        .contains("token=" + id);
    assertThat(ServerLog.securityLine(who, "event=sign-out outcome=success")).isNotEmpty();
    assertThat(ServerLog.after(username)).doesNotContain(PASSWORD, secret);
  }

  @Test
  void lockingPublishingAndReopeningAPeriodNameTheAdminAndThePeriod() {
    String quarter = Api.freshQuarter();
    Api.request().post("/periods/" + quarter + "/lock").then().statusCode(200);
    Api.request().post("/periods/" + quarter + "/publish").then().statusCode(200);
    json(object().add("reason", "a late correction"))
        .post("/periods/" + quarter + "/reopen")
        .then()
        .statusCode(200);

    for (String event : new String[] {"period-locked", "period-published", "period-reopened"}) {
      assertThat(ServerLog.securityLine("target=\"" + quarter + "\"", "event=" + event))
          .contains("outcome=success user=\"admin\" address=\"127.0.0.1\"");
    }
  }

  @Test
  void aRoleChangeSaysTheRoleBeforeAndAfter() {
    String username = newViewer();
    json(object().add("displayName", "Audited person").add("role", "ADMIN"))
        .put("/users/" + username)
        .then()
        .statusCode(200);

    assertThat(ServerLog.securityLine("target=\"" + username + "\"", "event=user-changed"))
        .contains(
            "outcome=success user=\"admin\"",
            "role=ADMIN",
            "previous-role=VIEWER",
            "password-set=false");
    assertThat(ServerLog.securityLine("target=\"" + username + "\"", "event=user-created"))
        .contains("role=VIEWER", "password-set=true");
  }
}
