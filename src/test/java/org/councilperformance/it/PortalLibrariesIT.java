package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The portal's measure libraries (docs/portal.md#measure-libraries): an admin adds a test-only
 * set's measures to a priority in a real browser, axe-checked; other roles are refused over HTTP.
 * LibraryIT covers the import's rules through the API.
 */
class PortalLibrariesIT {
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
  void anAdminAddsASetToAPriority() {
    TestLibraries.TestSet example = TestLibraries.install("example", "2024-01");
    int plan =
        json(object().add("name", unique("Plan")).add("startYear", 2026).add("endYear", 2029))
            .post("/plans")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String priority = unique("LIBP");
    json(object()
            .add("code", priority)
            .add("planId", plan)
            .add("name", "Homes for all")
            .add("type", "PRIORITY"))
        .post("/priorities")
        .then()
        .statusCode(201);

    browser.open("/sign-in?next=/portal/admin/libraries");
    browser.type("username", Api.ADMIN).type("password", Api.PASSWORDS.get(Api.ADMIN));
    browser.press("Sign in");
    assertThat(browser.path()).isEqualTo("/portal/admin/libraries");
    assertThat(browser.all("nav a"))
        .extracting(e -> e.getText().trim())
        .contains("Measure libraries");
    assertThat(browser.find("table").getText())
        .contains("Tenant Satisfaction Measures", "Local Outcomes Framework");
    browser.assertAccessible().screenshot("libraries");

    browser.open("/admin/libraries/" + example.set() + "/2024-01");
    assertThat(browser.heading()).isEqualTo("Example set (tests only) 2024-01");
    browser.submit("Add to plan");
    assertThat(browser.driver.getTitle()).startsWith("Error: ");
    assertThat(browser.find(".govuk-error-summary a").getAttribute("href")).endsWith("#priority");
    browser.assertAccessible().screenshot("library-error");

    new Select(browser.find("#priority")).selectByValue(priority);
    new Select(browser.find("#businessUnit")).selectByValue("HOUSING");
    browser.type("owner", "Head of Housing");
    browser.submit("Add to plan");
    assertThat(browser.path()).isEqualTo("/portal/admin/libraries/" + example.set() + "/2024-01");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("3 indicators added");
    assertThat(browser.find("tbody").getText()).contains(example.indicator("E1") + " (2024-01)");
    browser.assertAccessible().screenshot("library-added");

    assertThat(
            request()
                .get("/indicators/" + example.indicator("E1"))
                .then()
                .extract()
                .<List<String>>path("priorities"))
        .containsExactly(priority);

    new Select(browser.find("#priority")).selectByValue(priority);
    browser.submit("Add to plan");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("already in the plan: nothing was added");
  }

  @Test
  void editorsAndViewersAreRefused() {
    TestLibraries.TestSet clash = TestLibraries.install("clash", "2024-01");
    for (String who : List.of(Api.EDITOR, Api.VIEWER)) {
      PortalSession session = PortalSession.of(who);
      assertThat(session.get("/").asString()).doesNotContain("/admin/libraries");
      for (String page : List.of("/admin/libraries", "/admin/libraries/tsm/2023-04")) {
        Response answer = session.get(page);
        assertThat(answer.statusCode()).as(who + " " + page).isEqualTo(403);
      }
      assertThat(
              session
                  .post("/admin/libraries/" + clash.set() + "/2024-01", Map.of("priority", "HC"))
                  .statusCode())
          .isEqualTo(403);
    }
    request().get("/indicators/" + clash.indicator("C1")).then().statusCode(404);
  }

  @Test
  void aFormWithoutItsTokenIsRefused() {
    TestLibraries.TestSet clash = TestLibraries.install("clash", "2024-01");
    PortalSession admin = PortalSession.of(Api.ADMIN);
    assertThat(
            admin
                .postWithoutToken(
                    "/admin/libraries/" + clash.set() + "/2024-01", Map.of("priority", "HC"))
                .statusCode())
        .isEqualTo(403);
    assertThat(admin.get("/admin/libraries/nosuch/2024-01").statusCode()).isEqualTo(404);
  }
}
