package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Submitting, approving or sending back, and locking a quarter in the portal, in a real browser
 * (docs/portal.md#submitting-and-approving).
 */
class PortalWorkflowIT {
  static final String PASSWORD = "portal-test-password-1";
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

  /** A new account for the unit, returning its username; its password is {@link #PASSWORD}. */
  static String newUser(String role, String unit) {
    String username = unique(role.toLowerCase()).toLowerCase();
    json(object()
            .add("username", username)
            .add("displayName", role.charAt(0) + role.substring(1).toLowerCase() + " " + unit)
            .add("role", role)
            .add("businessUnits", unit == null ? array() : array().add(unit))
            .add("password", PASSWORD))
        .post("/users")
        .then()
        .statusCode(201);
    return username;
  }

  /** A unit with one indicator reported in a fresh quarter, and its editor and director. */
  record Setup(String period, String unit, String indicator, String editor, String approver) {
    static Setup fresh() {
      String period = Api.freshQuarter();
      String unit = Api.newBusinessUnit();
      String indicator = Api.newIndicator(unit);
      return new Setup(period, unit, indicator, newUser("EDITOR", unit), newUser("APPROVER", unit));
    }

    String state() {
      return Api.request()
          .get("/periods/" + period)
          .then()
          .statusCode(200)
          .extract()
          .path("submissions.find { it.businessUnit == '" + unit + "' }.state");
    }
  }

  private static void signIn(Browser browser, String username) {
    browser.driver.manage().deleteAllCookies();
    browser
        .open("/sign-in")
        .type("username", username)
        .type("password", Api.PASSWORDS.getOrDefault(username, PASSWORD))
        .press("Sign in");
    assertThat(browser.heading()).isEqualTo("Your quarter");
  }

  @Test
  void aReturnIsSubmittedSentBackResubmittedApprovedAndLocked() {
    Setup s = Setup.fresh();
    signIn(browser, s.editor());
    browser.open("/?period=" + s.period());
    browser.press("Check and submit Unit " + s.unit());
    assertThat(browser.heading()).isEqualTo("Check and submit Unit " + s.unit());
    assertThat(browser.find("main").getText())
        .contains("1 thing is still missing")
        .contains(s.indicator() + " Test indicator: no figure entered");
    browser.assertAccessible().screenshot("submit-check");
    // The figure goes in (the entry page has its own tests); the check page sees it at once.
    json(object().add("value", 12).add("commentary", "on plan"))
        .put("/indicators/" + s.indicator() + "/measurements/" + s.period())
        .then()
        .statusCode(200);
    browser.driver.navigate().refresh();
    assertThat(browser.find("main").getText())
        .doesNotContain("thing is still missing")
        .contains("Every indicator has a figure or a reason");
    browser.press("Submit return");
    assertThat(browser.path()).isEqualTo("/portal/");
    assertThat(browser.find(".govuk-notification-banner").getText())
        .contains("You submitted the return of Unit " + s.unit());
    assertThat(s.state()).isEqualTo("SUBMITTED");

    signIn(browser, s.approver());
    browser.open("/approvals");
    browser.assertAccessible().screenshot("approvals");
    browser.find("a[href$='/approvals/" + s.period() + "/" + s.unit() + "']").click();
    assertThat(browser.heading()).isEqualTo("Review Unit " + s.unit());
    browser.assertAccessible().screenshot("approval-review");
    browser.press("Send back to the service");
    assertThat(browser.driver.getTitle()).startsWith("Error: Review");
    assertThat(browser.find(".govuk-error-summary a").getAttribute("href")).endsWith("#reason");
    assertThat(browser.find("#reason-error").getText()).contains("needs a reason");
    browser.assertAccessible();
    browser
        .type("reason", "The figure looks a month out of date")
        .press("Send back to the service");
    assertThat(browser.find(".govuk-notification-banner").getText()).contains("You sent back");
    assertThat(s.state()).isEqualTo("RETURNED");

    signIn(browser, s.editor());
    browser.open("/?period=" + s.period());
    assertThat(browser.find("main").getText())
        .contains("Returned")
        .contains("Returned because: The figure looks a month out of date");
    browser.press("Check and submit Unit " + s.unit()).press("Submit return");
    assertThat(s.state()).isEqualTo("SUBMITTED");

    signIn(browser, s.approver());
    browser.open("/approvals/" + s.period() + "/" + s.unit()).press("Approve return");
    assertThat(browser.find(".govuk-notification-banner").getText()).contains("You approved");
    assertThat(s.state()).isEqualTo("APPROVED");

    signIn(browser, Api.ADMIN);
    browser.open("/admin/periods");
    browser.assertAccessible();
    browser.find("a[href$='/admin/periods/" + s.period() + "']").click();
    assertThat(browser.find("main").getText()).contains("Unit " + s.unit()).contains("Approved");
    browser.assertAccessible().screenshot("period-open");
    browser.press("Lock " + browser.heading());
    assertThat(browser.find(".govuk-notification-banner").getText()).contains("You locked");
    browser.assertAccessible().screenshot("period-locked");

    // Locked: the editor's pages offer no form, and a forged post changes nothing.
    signIn(browser, s.editor());
    browser.open("/?period=" + s.period());
    assertThat(browser.all("a.govuk-button")).isEmpty();
    browser.open("/quarters/" + s.period() + "/units/" + s.unit() + "/submit");
    assertThat(browser.all("main form")).isEmpty();
    PortalSession editor = PortalSession.signIn(s.editor(), PASSWORD);
    editor
        .post("/quarters/" + s.period() + "/units/" + s.unit() + "/submit", Map.of())
        .then()
        .statusCode(409)
        .body(containsString("This cannot be changed now"));
    assertThat(s.state()).isEqualTo("APPROVED");
  }

  @Test
  void reopeningNeedsAReasonAndSaysWhy() {
    Setup s = Setup.fresh();
    json(object()).post("/periods/" + s.period() + "/lock").then().statusCode(200);
    signIn(browser, Api.ADMIN);
    browser.open("/admin/periods/" + s.period());
    String label = browser.heading();
    browser.press("Reopen " + label);
    assertThat(browser.find("#reason-error").getText()).contains("needs a written reason");
    browser.assertAccessible();
    browser.type("reason", "A late correction from the service").press("Reopen " + label);
    assertThat(browser.find("main").getText())
        .contains("You reopened")
        .contains("It was reopened because: A late correction from the service");
  }

  @Test
  void aJourneyWorksWithJavaScriptOff() {
    Setup s = Setup.fresh();
    try (Browser plain = Browser.withoutJavaScript()) {
      signIn(plain, s.editor());
      plain
          .open("/quarters/" + s.period() + "/units/" + s.unit() + "/submit")
          .press("Submit return");
      assertThat(plain.find(".govuk-notification-banner").getText()).contains("You submitted");
      signIn(plain, s.approver());
      plain.open("/approvals/" + s.period() + "/" + s.unit()).press("Send back to the service");
      assertThat(plain.find(".govuk-error-summary").getText()).contains("needs a reason");
      plain.type("reason", "Please add commentary").press("Send back to the service");
    }
    assertThat(s.state()).isEqualTo("RETURNED");
  }

  @Test
  void theErrorPagesAPersonMeetsAreAccessibleToo() {
    Setup s = Setup.fresh();
    json(object()).post("/periods/" + s.period() + "/lock").then().statusCode(200);
    signIn(browser, s.editor());
    browser.open("/approvals");
    assertThat(browser.heading()).isEqualTo("You cannot do this");
    browser.assertAccessible().screenshot("error-403");
    browser.open("/no-such-page");
    assertThat(browser.heading()).isEqualTo("Page not found");
    browser.assertAccessible();
    browser.open("/quarters/" + s.period() + "/units/NO-SUCH-UNIT/submit");
    assertThat(browser.heading()).isEqualTo("Page not found");
    browser.assertAccessible();
    // A forged post into the locked quarter, answered in the browser as a person would see it.
    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript(
            "const f = document.createElement('form'); f.method = 'post';"
                + " f.action = arguments[0];"
                + " const t = document.createElement('input'); t.type = 'hidden';"
                + " t.name = 'csrfToken';"
                + " t.value = document.querySelector('input[name=csrfToken]').value;"
                + " f.appendChild(t); document.body.appendChild(f); f.submit();",
            Api.CONTEXT_PATH + "/portal/quarters/" + s.period() + "/units/" + s.unit() + "/submit");
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver, java.time.Duration.ofSeconds(30))
        .until(d -> "This cannot be changed now".equals(browser.heading()));
    browser.assertAccessible().screenshot("error-409");
    assertThat(s.state()).isEqualTo("NOT_SUBMITTED");
  }

  @Test
  void anotherUnitsPagesAreRefusedAndNothingIsSaved() {
    Setup s = Setup.fresh();
    Setup other = Setup.fresh();
    PortalSession editor = PortalSession.signIn(s.editor(), PASSWORD);
    editor
        .get("/quarters/" + other.period() + "/units/" + other.unit() + "/submit")
        .then()
        .statusCode(403)
        .body(containsString("You cannot do this"));
    editor
        .post("/quarters/" + other.period() + "/units/" + other.unit() + "/submit", Map.of())
        .then()
        .statusCode(403);
    assertThat(other.state()).isEqualTo("NOT_SUBMITTED");
    editor.get("/approvals").then().statusCode(403);
    editor.get("/admin/periods").then().statusCode(403);
    PortalSession approver = PortalSession.signIn(s.approver(), PASSWORD);
    approver.get("/admin/periods/" + s.period()).then().statusCode(403);
    approver.post("/admin/periods/" + s.period() + "/lock", Map.of()).then().statusCode(403);
    approver.get("/approvals/" + other.period() + "/" + other.unit()).then().statusCode(403);
    Api.request().get("/periods/" + s.period()).then().body("state", equalTo("OPEN"));
  }

  @Test
  void aPostWithoutTheFormsTokenSavesNothing() {
    Setup s = Setup.fresh();
    PortalSession editor = PortalSession.signIn(s.editor(), PASSWORD);
    editor
        .postWithoutToken("/quarters/" + s.period() + "/units/" + s.unit() + "/submit", Map.of())
        .then()
        .statusCode(403)
        .body(containsString("not sent from a page of this site"));
    assertThat(s.state()).isEqualTo("NOT_SUBMITTED");
  }
}
