package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The open-data pages in a real browser (docs/open-data.md, docs/portal.md#the-public-page):
 * accessible without sign-in, and the figure and action forms' "Who may read this commentary?".
 */
class PortalOpenDataIT {
  private static Browser browser;
  private static String quarter;

  @BeforeAll
  static void publishAQuarterAndOpenABrowser() {
    quarter = Api.freshQuarter();
    String indicator = Api.newIndicator(Api.newBusinessUnit());
    OpenDataIT.report(quarter, indicator, 9.7, "Two posts filled in August.", false);
    OpenDataIT.publish(quarter);
    browser = Browser.withJavaScript();
  }

  @AfterAll
  static void closeTheBrowser() {
    browser.close();
  }

  @Test
  void thePublicPagesAreAccessibleWithoutSigningIn() {
    browser.visit("/open-data/");
    assertThat(browser.heading()).isEqualTo("Performance open data");
    assertThat(browser.all("form[action$='/sign-out']")).isEmpty();
    browser.assertAccessible().screenshot("open-data-index");

    browser.click("#periods a[href$='/periods/" + quarter + "']");
    assertThat(browser.path()).isEqualTo("/open-data/periods/" + quarter);
    assertThat(browser.heading()).startsWith("Performance: ");
    assertThat(browser.find("main").getText())
        .contains("indicators on track")
        .contains("How the status is worked out")
        .contains("Two posts filled in August.")
        .contains("Open Government Licence v3.0");
    browser.assertAccessible().screenshot("open-data-period");

    browser.visit("/open-data/periods/2999-00-Q3");
    assertThat(browser.heading()).isEqualTo("Page not found");
    browser.assertAccessible();
  }

  @Test
  void anAdminMarksAFiguresCommentaryForTheCouncilOnly() {
    String open = Api.freshQuarter();
    String indicator = Api.newIndicator(Api.newBusinessUnit());
    browser.signIn(Api.ADMIN);
    try {
      browser.open("/quarters/" + open + "/indicators/" + indicator);
      browser.find("label[for='figure']").click();
      browser.type("value", "5");
      browser.type("commentary", "Waiting for the contractor's survey.");
      browser.find("label[for='commentaryVisibility-2']").click();
      browser.assertAccessible();
      browser.press("Continue");
      assertThat(browser.heading()).isEqualTo("Check the figure before saving");
      assertThat(browser.find("main").getText()).contains("The council only");
      browser.press("Save");
      request()
          .get("/indicators/" + indicator + "/measurements/" + open)
          .then()
          .statusCode(200)
          .body("commentaryInternal", equalTo(true));

      browser.open("/quarters/" + open + "/indicators/" + indicator);
      assertThat(browser.find("#commentaryVisibility-2").isSelected()).isTrue();
    } finally {
      browser.open("/");
      browser.press("Sign out");
    }
  }

  @Test
  void anEditorMarksAnActionUpdatesCommentaryForTheCouncilOnly() {
    String open = Api.freshQuarter();
    String action = Api.newAction(Api.newBusinessUnit());
    browser.signIn(Api.ADMIN);
    try {
      browser.open("/quarters/" + open + "/actions/" + action);
      browser.type("progress", "30");
      browser.type("commentary", "Procurement paused pending legal advice.");
      browser.find("label[for='commentaryVisibility-2']").click();
      browser.press("Save update");
      request()
          .get("/actions/" + action + "/updates")
          .then()
          .statusCode(200)
          .body("find { it.period == '" + open + "' }.commentaryInternal", equalTo(true));
    } finally {
      browser.open("/");
      browser.press("Sign out");
    }
  }
}
