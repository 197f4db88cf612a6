package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The performance team's page for a period's front sheet and officers' narrative
 * (docs/portal.md#the-front-sheet-and-narrative): the journey in a real browser, accessible, and
 * bad, stale and wrong-role form posts over HTTP.
 */
class PortalFrontSheetIT {
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

  private static String page(String quarter) {
    return "/quarters/" + quarter + "/pack/front-sheet";
  }

  private static Map<String, String> form(String version, String email) {
    Map<String, String> form = new HashMap<>();
    if (version != null) {
      form.put("version", version);
    }
    form.put("purpose", "To report the quarter.");
    form.put("recommendations", "That the committee notes the report.\nThat Cabinet is told.");
    form.put("contactOfficers-0-name", "Jane Smith");
    form.put("contactOfficers-0-post", "Head of Policy");
    form.put("contactOfficers-0-email", email);
    form.put("risk", "None");
    return form;
  }

  @Test
  void anAdminWritesTheFrontSheetAndANarrativeFromThePackPage() {
    String quarter = Api.freshQuarter();
    browser.signIn("admin").open("/quarters/" + quarter + "/pack");
    browser.click("a[href$='" + page(quarter) + "']");
    assertThat(browser.heading()).isEqualTo("Front sheet and narrative");
    browser.assertAccessible().screenshot("front-sheet");
    browser
        .type("purpose", "To report performance for the quarter.")
        .type("recommendations", "That the committee notes the report.\nThat Cabinet is told.")
        .type("contactOfficers-1-name", "Jane Smith")
        .type("contactOfficers-1-post", "Head of Policy")
        .type("contactOfficers-1-email", "jane.smith@")
        .type("climate", "None");
    browser.submit("Save front sheet");
    // The rule's words, at the officer's own email field, in the GOV.UK error summary.
    assertThat(browser.find(".govuk-error-summary").getText())
        .contains("Contact officer 2 email address must be one plain address");
    assertThat(browser.find(".govuk-error-summary a").getAttribute("href"))
        .endsWith("#contactOfficers-1-email");
    assertThat(browser.find("#contactOfficers-1-name").getAttribute("value"))
        .isEqualTo("Jane Smith");
    browser.assertAccessible().screenshot("front-sheet-error");
    browser.type("contactOfficers-1-email", "jane.smith@example.gov.uk");
    browser.submit("Save front sheet");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("Front sheet saved");
    request()
        .get("/reports/front-sheets/" + quarter)
        .then()
        .body("recommendations[1]", equalTo("That Cabinet is told."))
        .body("contactOfficers[0].email", equalTo("jane.smith@example.gov.uk"))
        .body("implications.climate", equalTo("None"))
        .body("implications.risk", nullValue());

    browser.click("a[href$='/narratives/appendices/risks']");
    assertThat(browser.heading()).isEqualTo("Narrative: Appendix: corporate risk register");
    browser.assertAccessible();
    browser.type("text", "Two new corporate risks were added.").submit("Save narrative");
    assertThat(browser.find("main").getText())
        .contains("Narrative saved", "Two new corporate risks were added.");
    browser.assertAccessible();
    request()
        .get("/reports/narratives/" + quarter + "/appendices/risks")
        .then()
        .body("text", equalTo("Two new corporate risks were added."));
  }

  @Test
  void onlyAdminsMayOpenOrPostTheFrontSheetAndNarratives() {
    String quarter = Api.freshQuarter();
    for (String user : new String[] {"member", "housing.editor", "hcs.director"}) {
      PortalSession session = PortalSession.of(user);
      assertThat(session.get(page(quarter)).statusCode()).isEqualTo(403);
      assertThat(session.post(page(quarter), form("", "jane@example.gov.uk")).statusCode())
          .isEqualTo(403);
      assertThat(
              session
                  .post(
                      "/quarters/" + quarter + "/pack/narratives/appendices/finance",
                      Map.of("version", "", "text", "Mine"))
                  .statusCode())
          .isEqualTo(403);
      assertThat(session.page("/quarters/" + quarter + "/pack").select("a[href$='/front-sheet']"))
          .isEmpty();
    }
    request().get("/reports/front-sheets/" + quarter).then().body("purpose", nullValue());
  }

  @Test
  void badInputIsShownAgainAndSavesNothing() {
    String quarter = Api.freshQuarter();
    PortalSession admin = PortalSession.of("admin");
    var answer = admin.post(page(quarter), form("", "not an address"));
    assertThat(answer.statusCode()).isEqualTo(422);
    Document refused = Jsoup.parse(answer.body().asString());
    assertThat(refused.select(".govuk-error-summary a").attr("href"))
        .isEqualTo("#contactOfficers-0-email");
    assertThat(refused.selectFirst("#purpose").text()).isEqualTo("To report the quarter.");
    var tooLong =
        admin.post(
            "/quarters/" + quarter + "/pack/narratives/appendices/finance",
            Map.of("version", "", "text", "x".repeat(4001)));
    assertThat(tooLong.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(tooLong.body().asString()).select("#text-error").text())
        .contains("longer than 4000");
    request().get("/reports/front-sheets/" + quarter).then().body("purpose", nullValue());
    assertThat(admin.post(page(quarter), form(null, "jane@example.gov.uk")).statusCode())
        .isEqualTo(428);
  }

  @Test
  void aStaleFormShowsBothValuesAndLetsThePersonKeepTheirs() {
    String quarter = Api.freshQuarter();
    PortalSession admin = PortalSession.of("admin");
    String version = admin.versionOn(page(quarter));
    json(object().add("purpose", "Saved meanwhile through the API."))
        .put("/reports/front-sheets/" + quarter)
        .then()
        .statusCode(200);
    var answer = admin.post(page(quarter), form(version, "jane@example.gov.uk"));
    assertThat(answer.statusCode()).isEqualTo(412);
    Document stale = Jsoup.parse(answer.body().asString());
    assertThat(stale.selectFirst("h1").text())
        .isEqualTo("Someone changed this while you were editing");
    assertThat(stale.select("main table").text())
        .contains("Saved meanwhile through the API.", "To report the quarter.");
    request()
        .get("/reports/front-sheets/" + quarter)
        .then()
        .body("purpose", equalTo("Saved meanwhile through the API."));
    Map<String, String> again = new HashMap<>();
    for (Element field : stale.select("main form input[type=hidden]")) {
      if (!field.attr("name").equals("csrfToken")) {
        again.put(field.attr("name"), field.attr("value"));
      }
    }
    assertThat(admin.post(page(quarter), again).statusCode()).isEqualTo(303);
    request()
        .get("/reports/front-sheets/" + quarter)
        .then()
        .body("purpose", equalTo("To report the quarter."))
        .body("contactOfficers[0].name", equalTo("Jane Smith"));

    String narrative = "/quarters/" + quarter + "/pack/narratives/appendices/absence";
    String read = admin.versionOn(narrative);
    json(object().add("text", "The API's"))
        .put("/reports/narratives/" + quarter + "/appendices/absence")
        .then()
        .statusCode(200);
    var staleNarrative = admin.post(narrative, Map.of("version", read, "text", "Mine"));
    assertThat(staleNarrative.statusCode()).isEqualTo(412);
    assertThat(Jsoup.parse(staleNarrative.body().asString()).select("main table").text())
        .contains("The API's", "Mine");
  }
}
