package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admins' people page (docs/portal.md#people): everyone who can sign in, and the email address
 * each is reminded at — in a real browser with axe, and wrong roles, bad input, a missing CSRF
 * token and stale forms over HTTP.
 */
class PortalPeopleIT {
  private static Browser browser;

  @BeforeAll
  static void openBrowser() {
    Api.awaitReady();
    browser = Browser.withJavaScript();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  /** A head of service of a new unit, without an email address; their username. */
  private static String personWithoutEmail() {
    String username = unique("head").toLowerCase();
    Api.json(
            Api.object()
                .add("username", username)
                .add("displayName", "Head " + username)
                .add("role", "EDITOR")
                .add(
                    "businessUnits",
                    jakarta.json.Json.createArrayBuilder().add(Api.newBusinessUnit()))
                .add("password", "people-test-pw"))
        .post("/users")
        .then()
        .statusCode(201)
        .body("email", nullValue());
    return username;
  }

  private static String form(String username) {
    return "/admin/people/" + username + "/email";
  }

  private static Map<String, String> email(String address, String version) {
    Map<String, String> answers = new HashMap<>();
    answers.put("email", address);
    answers.put("version", version);
    return answers;
  }

  private static String version(PortalSession session, String username) {
    return session.page(form(username)).selectFirst("input[name=version]").attr("value");
  }

  @Test
  void anAdminAddsAHeadOfServicesEmailAddressSoRemindersReachThem() {
    String username = personWithoutEmail();
    String address = username + "@council.example.org";

    browser.open("/sign-in?next=/portal/admin/people");
    browser.type("username", Api.ADMIN).type("password", Api.PASSWORDS.get(Api.ADMIN));
    browser.press("Sign in");
    assertThat(browser.heading()).isEqualTo("People");
    assertThat(browser.all("nav a")).extracting(e -> e.getText().trim()).contains("People");
    browser.assertAccessible().screenshot("people");

    browser.open(form(username));
    assertThat(browser.heading()).isEqualTo("Email address for reminders");
    browser.type("email", "not an address");
    browser.press("Save email address");
    assertThat(browser.driver.getTitle()).startsWith("Error: ");
    assertThat(browser.find(".govuk-error-summary a").getAttribute("href")).endsWith("#email");
    browser.assertAccessible().screenshot("people-email-error");
    request().get("/users/" + username).then().body("email", nullValue());

    browser.type("email", address);
    browser.press("Save email address");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("reminders now go to " + address);
    request().get("/users/" + username).then().body("email", equalTo(address));

    // Emptied, the person is sent no reminders.
    browser.open(form(username));
    browser.type("email", "");
    browser.press("Save email address");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("has no email address now");
    request().get("/users/" + username).then().body("email", nullValue());
  }

  @Test
  void onlyAdminsOpenThePagesOrPostTheForm() {
    String username = personWithoutEmail();
    for (String who : new String[] {Api.EDITOR, Api.APPROVER, Api.VIEWER}) {
      PortalSession session = PortalSession.of(who);
      assertThat(session.get("/admin/people").statusCode()).as(who).isEqualTo(403);
      assertThat(session.get(form(username)).statusCode()).as(who).isEqualTo(403);
      assertThat(session.post(form(username), email("a@b.example", "0")).statusCode())
          .as(who)
          .isEqualTo(403);
    }
    request().get("/users/" + username).then().body("email", nullValue());
    assertThat(PortalSession.of(Api.ADMIN).get(form("nobody-" + username)).statusCode())
        .isEqualTo(404);
  }

  @Test
  void badInputShowsTheErrorSummaryAndAFormWithoutItsTokenSavesNothing() {
    String username = personWithoutEmail();
    PortalSession admin = PortalSession.of(Api.ADMIN);
    String version = version(admin, username);
    for (String bad : new String[] {"two@a.example, three@b.example", "no-at-sign", "a@b@c"}) {
      Response refused = admin.post(form(username), email(bad, version));
      assertThat(refused.statusCode()).as(bad).isEqualTo(422);
      assertThat(refused.asString()).contains("govuk-error-summary", "href=\"#email\"");
    }
    // A character no document can carry is refused before the page reads the form.
    Response unprintable = admin.post(form(username), email("\u0000@council.example.org", version));
    assertThat(unprintable.statusCode()).isEqualTo(422);
    assertThat(unprintable.asString())
        .contains("Email contains a character that cannot be printed: U+0000");
    assertThat(
            admin
                .withoutToken()
                .formParams(email("ok@council.example.org", version))
                .post("/portal" + form(username))
                .statusCode())
        .isEqualTo(403);
    request().get("/users/" + username).then().body("email", nullValue());
  }

  @Test
  void aStaleFormShowsSomeoneChangedThisAndOneWithoutItsVersionIs428() {
    String username = personWithoutEmail();
    PortalSession admin = PortalSession.of(Api.ADMIN);
    String version = version(admin, username);
    assertThat(admin.post(form(username), email("first@council.example.org", version)).statusCode())
        .isEqualTo(303);
    Response stale = admin.post(form(username), email("second@council.example.org", version));
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.asString())
        .contains(
            "Someone changed this while you were editing",
            "first@council.example.org",
            "second@council.example.org");
    Map<String, String> noVersion = email("third@council.example.org", version);
    noVersion.remove("version");
    assertThat(admin.post(form(username), noVersion).statusCode()).isEqualTo(428);
    request().get("/users/" + username).then().body("email", equalTo("first@council.example.org"));
  }
}
