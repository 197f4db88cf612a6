package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Signing in and out of the portal in a real browser (docs/portal.md#signing-in). */
class PortalSignInIT {
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

  @Test
  void theServersAddressOpensTheSignInPageAndSigningInLandsOnYourQuarter() {
    browser.driver.manage().deleteAllCookies();
    browser.driver.get(Api.BASE_URL + "/");
    assertThat(browser.path()).isEqualTo("/portal/sign-in");
    assertThat(browser.heading()).isEqualTo("Sign in");
    browser.assertAccessible().screenshot("sign-in");
    browser.type("username", Api.EDITOR).type("password", Api.PASSWORDS.get(Api.EDITOR));
    browser.press("Sign in");
    assertThat(browser.path()).isEqualTo("/portal/");
    assertThat(browser.heading()).isEqualTo("Your quarter");
    assertThat(browser.find("main").getText()).contains("Housing");
    browser.assertAccessible().screenshot("your-quarter");
  }

  @Test
  void aWrongPasswordShowsTheErrorSummaryLinkedToTheFieldAndKeepsTheUsername() {
    browser.driver.manage().deleteAllCookies();
    browser.open("/sign-in").type("username", Api.EDITOR).type("password", "not-the-password");
    browser.press("Sign in");
    assertThat(browser.driver.getTitle()).startsWith("Error: Sign in");
    var summary = browser.find(".govuk-error-summary");
    assertThat(summary.getText()).contains("Enter a username and password that match");
    assertThat(browser.find(".govuk-error-summary a").getAttribute("href")).endsWith("#username");
    assertThat(browser.find("#username-error").getText()).contains("username and password");
    assertThat(browser.find("#username").getAttribute("value")).isEqualTo(Api.EDITOR);
    assertThat(browser.find("#password").getAttribute("value")).isEmpty();
    // GOV.UK Frontend moves focus to the summary, so a screen reader hears it first.
    assertThat(browser.driver.switchTo().activeElement().getAttribute("class"))
        .contains("govuk-error-summary");
    browser.assertAccessible().screenshot("sign-in-error");
  }

  @Test
  void emptyFieldsAreNamedOneByOne() {
    browser.driver.manage().deleteAllCookies();
    browser.open("/sign-in").press("Sign in");
    assertThat(browser.all(".govuk-error-summary__list a"))
        .extracting(e -> e.getText())
        .containsExactly("Enter your username", "Enter your password");
    browser.assertAccessible();
  }

  @Test
  void aLinkFollowedWhileSignedOutComesBackThereAfterSigningIn() {
    browser.driver.manage().deleteAllCookies();
    browser.open("/?period=2018-19-Q2");
    assertThat(browser.path()).isEqualTo("/portal/sign-in");
    browser.type("username", Api.EDITOR).type("password", Api.PASSWORDS.get(Api.EDITOR));
    browser.find("#password").sendKeys(Keys.ENTER);
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver, java.time.Duration.ofSeconds(30))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/portal/?"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/portal/?period=2018-19-Q2");
  }

  @Test
  void signingOutEndsTheSession() {
    browser.driver.manage().deleteAllCookies();
    browser.signIn(Api.EDITOR).press("Sign out");
    assertThat(browser.path()).isEqualTo("/portal/sign-in");
    assertThat(browser.find(".govuk-notification-banner").getText())
        .contains("You have signed out");
    browser.open("/");
    assertThat(browser.path()).isEqualTo("/portal/sign-in");
  }

  @Test
  void aTimedOutSessionSaysSoRatherThanJustAskingToSignIn() {
    browser.driver.manage().deleteAllCookies();
    browser.signIn(Api.EDITOR);
    var cookie = browser.driver.manage().getCookieNamed(Api.SESSION_COOKIE);
    browser.driver.manage().deleteCookieNamed(Api.SESSION_COOKIE);
    browser
        .driver
        .manage()
        .addCookie(
            new org.openqa.selenium.Cookie.Builder(
                    Api.SESSION_COOKIE, "0000expired" + cookie.getValue().substring(11))
                .path(Api.SESSION_COOKIE_PATH)
                .build());
    browser.open("/");
    assertThat(browser.heading()).isEqualTo("You have been signed out");
    browser.assertAccessible();
    browser.press("Sign in again");
    assertThat(browser.path()).isEqualTo("/portal/sign-in");
  }

  @Test
  void signingInWorksWithJavaScriptOff() {
    try (Browser plain = Browser.withoutJavaScript()) {
      plain.signIn(Api.APPROVER);
      assertThat(plain.heading()).isEqualTo("Your quarter");
      assertThat(plain.all("html.js-enabled, body.js-enabled")).isEmpty();
    }
  }

  @Test
  void aSignInPostedWithoutTheFormsTokenIsRefused() {
    RestAssured.given()
        .baseUri(Api.BASE_URL)
        .redirects()
        .follow(false)
        .contentType(ContentType.URLENC)
        .formParam("username", Api.EDITOR)
        .formParam("password", Api.PASSWORDS.get(Api.EDITOR))
        .post("/portal/sign-in")
        .then()
        .statusCode(403)
        .contentType(containsString("text/html"))
        .body(containsString("not sent from a page of this site"));
  }

  @Test
  void aPageOfThePortalAnswersHtmlWithItsOwnPolicyAndTheApiKeepsItsOwn() {
    RestAssured.given()
        .baseUri(Api.BASE_URL)
        .get("/portal/sign-in")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("Content-Security-Policy", containsString("form-action 'self'"));
    Api.anonymous()
        .get("/periods")
        .then()
        .header("Content-Security-Policy", containsString("default-src 'none'"))
        .header("Content-Security-Policy", endsWith("form-action 'none'"));
    RestAssured.given()
        .baseUri(Api.BASE_URL)
        .get("/portal/assets/govuk-frontend.min.css")
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("max-age=86400"))
        .body(org.hamcrest.Matchers.not(containsString("GDS Transport")))
        .body(org.hamcrest.Matchers.not(containsString("@font-face")));
    RestAssured.given()
        .baseUri(Api.BASE_URL)
        .get("/portal/assets/../WEB-INF/web.xml")
        .then()
        .statusCode(org.hamcrest.Matchers.not(200));
    // The portal's pages are not API operations.
    Api.anonymous().get("/portal/sign-in").then().statusCode(404);
    RestAssured.given()
        .baseUri(Api.SERVER_URL)
        .get("/openapi")
        .then()
        .body(org.hamcrest.Matchers.not(containsString("/portal")));
  }

  @SuppressWarnings("unused")
  private static By id(String id) {
    return By.id(id);
  }
}
