package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * Updating an action and writing an intervention plan in the portal
 * (docs/portal.md#updating-an-action, docs/portal.md#intervention-plans): the journeys in a real
 * browser, and forged, stale and wrong-role form posts over HTTP.
 */
class PortalActionsIT {
  private static final String PASSWORD = "a-long-password-for-tests";
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

  /** A unit of its own with an editor, a red indicator and an action, in a fresh quarter. */
  private record Unit(String quarter, String unit, String editor, String indicator, String action) {
    static Unit create() {
      String quarter = Api.freshQuarter();
      String unit = Api.newBusinessUnit();
      String editor = Api.newEditor(unit, PASSWORD);
      String indicator = Api.newIndicator(unit);
      json(object().add("value", 100))
          .put("/indicators/" + indicator + "/targets/" + quarter)
          .then()
          .statusCode(200);
      json(object().add("value", 10).add("commentary", "The service lost half its staff"))
          .put("/indicators/" + indicator + "/measurements/" + quarter)
          .then()
          .statusCode(200);
      String action = Api.unique("ACT");
      json(object()
              .add("code", action)
              .add("title", "Open the new depot")
              .add("description", "A depot for the eastern wards")
              .add("owner", "Depot manager")
              .add("businessUnit", unit)
              .add("startDate", "2020-04-01")
              .add("dueDate", "2999-03-31"))
          .post("/actions")
          .then()
          .statusCode(201);
      return new Unit(quarter, unit, editor, indicator, action);
    }

    String actionPage() {
      return "/quarters/" + quarter + "/actions/" + action;
    }

    String planPage() {
      return "/quarters/" + quarter + "/indicators/" + indicator + "/intervention-plan";
    }

    List<Object> updates() {
      return request().get("/actions/" + action + "/updates").then().extract().path("period");
    }

    List<Object> plans() {
      return request()
          .get("/intervention-plans")
          .then()
          .extract()
          .jsonPath()
          .getList("findAll { it.indicators.contains('" + indicator + "') }.code");
    }
  }

  private static void signIn(Browser b, String username) {
    b.driver.manage().deleteAllCookies();
    b.open("/sign-in").type("username", username).type("password", PASSWORD).submit("Sign in");
    assertThat(b.all("form[action$='/sign-out']")).as("signed in as " + username).isNotEmpty();
  }

  @Test
  void anEditorUpdatesAnActionCorrectingAnErrorThenWritesAPlanForARedIndicator() {
    Unit u = Unit.create();
    signIn(browser, u.editor());
    browser.open("/?period=" + u.quarter());
    browser.driver.findElement(org.openqa.selenium.By.partialLinkText(u.action())).click();
    assertThat(browser.path()).isEqualTo("/portal" + u.actionPage());
    assertThat(browser.find("main").getText())
        .contains("A depot for the eastern wards", "Depot manager", "31 March 2999");
    browser.assertAccessible().screenshot("action-update");

    browser.type("progress", "150").type("commentary", "Planning permission granted");
    browser.submit("Save update");
    assertThat(browser.driver.getTitle()).startsWith("Error: ");
    assertThat(browser.find(".govuk-error-summary a").getAttribute("href")).endsWith("#progress");
    assertThat(browser.find("#progress-error").getText())
        .contains("must be a percentage from 0 to 100");
    assertThat(browser.find("#commentary").getAttribute("value"))
        .isEqualTo("Planning permission granted");
    browser.assertAccessible().screenshot("action-update-error");

    browser.type("progress", "60");
    browser
        .type("revisedDueDate-day", "30")
        .type("revisedDueDate-month", "6")
        .type("revisedDueDate-year", "2999");
    browser.submit("Save update");
    assertThat(browser.path()).isEqualTo("/portal/");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("Update saved for " + u.action());
    browser.assertAccessible();
    request()
        .get("/actions/" + u.action() + "/updates")
        .then()
        .body("[0].progress", equalTo(60))
        .body("[0].commentary", equalTo("Planning permission granted"));
    request().get("/actions/" + u.action()).then().body("revisedDueDate", equalTo("2999-06-30"));

    assertThat(browser.find("main").getText()).contains("Plan needed");
    browser.find("a[href$='" + u.planPage() + "']").click();
    assertThat(browser.heading()).isEqualTo("Write an intervention plan");
    browser.assertAccessible().screenshot("intervention-plan");
    browser.type("reason", "Half the team left in the spring");
    browser.type("steps-0-description", "Recruit two officers").type("steps-0-owner", "Head of HR");
    browser
        .type("steps-0-dueDate-day", "1")
        .type("steps-0-dueDate-month", "9")
        .type("steps-0-dueDate-year", "2999");
    browser.submit("Add another step");
    browser.type("steps-1-description", "Clear the backlog").type("steps-1-owner", "Team leader");
    new Select(browser.find("#expectedRecovery")).selectByValue(u.quarter());
    browser.type("forecast", "Back to target within two quarters");
    browser.assertAccessible().screenshot("intervention-plan-two-steps");
    browser.submit("Save plan");
    assertThat(browser.path()).isEqualTo("/portal/");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("Intervention plan saved for " + u.indicator());
    assertThat(browser.all("a[href$='" + u.planPage() + "']")).isEmpty();
    assertThat(browser.find("main").getText()).doesNotContain("Plan needed");
    browser.assertAccessible();
    String plan = (String) u.plans().get(0);
    request()
        .get("/intervention-plans/" + plan)
        .then()
        .body("steps.description", equalTo(List.of("Recruit two officers", "Clear the backlog")))
        .body("steps[0].dueDate", equalTo("2999-09-01"))
        .body("expectedRecovery", equalTo(u.quarter()))
        .body("reason", equalTo("Half the team left in the spring"));

    // The plan in force opens for editing, with what was saved.
    browser.open(u.planPage());
    assertThat(browser.heading()).isEqualTo("Intervention plan");
    assertThat(browser.find("#steps-1-description").getAttribute("value"))
        .isEqualTo("Clear the backlog");
    browser.assertAccessible();
  }

  @Test
  void theStalePageAndTheReadOnlyPagesOfALockedPeriodAreAccessible() {
    Unit u = Unit.create();
    signIn(browser, u.editor());
    browser.open(u.actionPage()).type("progress", "70");
    json(object().add("progress", 20).add("commentary", "Saved meanwhile"))
        .put("/actions/" + u.action() + "/updates/" + u.quarter())
        .then()
        .statusCode(200);
    browser.submit("Save update");
    assertThat(browser.heading()).isEqualTo("Someone changed this while you were editing");
    assertThat(browser.find("main table").getText()).contains("20%", "70%", "Saved meanwhile");
    browser.assertAccessible().screenshot("stale-action");
    browser.submit("Save my changes instead");
    assertThat(browser.path()).isEqualTo("/portal/");
    request().get("/actions/" + u.action() + "/updates").then().body("[0].progress", equalTo(70));

    request().post("/periods/" + u.quarter() + "/lock").then().statusCode(200);
    browser.open(u.actionPage());
    assertThat(browser.all("main form")).isEmpty();
    browser.assertAccessible().screenshot("action-locked");
    browser.open(u.planPage());
    assertThat(browser.all("main form")).isEmpty();
    browser.assertAccessible();
  }

  @Test
  void theSameJourneyWorksWithJavaScriptOff() {
    Unit u = Unit.create();
    try (Browser plain = Browser.withoutJavaScript()) {
      signIn(plain, u.editor());
      plain.open(u.actionPage()).type("progress", "40").find("#closure-2").click();
      plain.submit("Save update");
      assertThat(plain.find("#closureReason-error").getText()).contains("needs a reason");
      plain.type("closureReason", "The depot opened early").submit("Save update");
      assertThat(plain.path()).isEqualTo("/portal/");
      plain.open(u.planPage()).type("reason", "Staff shortage");
      plain.type("steps-0-description", "Recruit").submit("Add another step");
      assertThat(plain.find("#steps-0-description").getAttribute("value")).isEqualTo("Recruit");
      plain.type("steps-1-description", "Train").submit("Add another step");
      plain.submit("Remove step 3");
      assertThat(plain.all("[id$='-description']")).hasSize(2);
      plain.submit("Save plan");
      assertThat(plain.find(".govuk-notification-banner").getText()).contains("plan saved");
    }
    request()
        .get("/actions/" + u.action() + "/updates")
        .then()
        .body("[0].closure", equalTo("COMPLETED"))
        .body("[0].closureReason", equalTo("The depot opened early"));
    request()
        .get("/intervention-plans/" + u.plans().get(0))
        .then()
        .body("steps.description", equalTo(List.of("Recruit", "Train")));
  }

  private static String version(Document page) {
    Element field = page.selectFirst("main input[name=version]");
    assertThat(field).as("the form's version").isNotNull();
    return field.attr("value");
  }

  private static Map<String, String> forgedPlan() {
    Map<String, String> plan = new HashMap<>();
    plan.put("version", "");
    plan.put("reason", "Forged");
    plan.put("stepCount", "0");
    return plan;
  }

  private static Map<String, String> update(String version, String progress) {
    Map<String, String> form = new HashMap<>();
    form.put("progress", progress);
    form.put("commentary", "From a form post");
    if (version != null) {
      form.put("version", version);
    }
    return form;
  }

  @Test
  void anotherUnitsActionAndPlanAreTheForbiddenPageAndNothingIsSaved() {
    Unit u = Unit.create();
    PortalSession housing = PortalSession.of(Api.EDITOR);
    assertThat(housing.get(u.actionPage()).statusCode()).isEqualTo(403);
    assertThat(housing.get(u.planPage()).statusCode()).isEqualTo(403);
    var answer = housing.post(u.actionPage(), update("", "50"));
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body().asString()).contains("You cannot do this");
    Map<String, String> plan = forgedPlan();
    assertThat(housing.post(u.planPage(), plan).statusCode()).isEqualTo(403);
    assertThat(u.updates()).isEmpty();
    assertThat(u.plans()).isEmpty();
    // A director reads the action but has no form, and may not post one.
    PortalSession director = PortalSession.of(Api.APPROVER);
    assertThat(director.get(u.actionPage()).statusCode()).isEqualTo(200);
    assertThat(director.page(u.actionPage()).select("main form")).isEmpty();
    assertThat(director.post(u.actionPage(), update("", "50")).statusCode()).isEqualTo(403);
    assertThat(u.updates()).isEmpty();
  }

  @Test
  void aLockedPeriodShowsNoFormAndAForgedPostIs409WithNothingSaved() {
    Unit u = Unit.create();
    PortalSession editor = PortalSession.signIn(u.editor(), PASSWORD);
    String version = version(editor.page(u.actionPage()));
    request().post("/periods/" + u.quarter() + "/lock").then().statusCode(200);
    Document page = editor.page(u.actionPage());
    assertThat(page.select("main form")).isEmpty();
    assertThat(page.select("main").text()).contains("locked");
    assertThat(editor.page(u.planPage()).select("main form")).isEmpty();
    var answer = editor.post(u.actionPage(), update(version, "50"));
    assertThat(answer.statusCode()).isEqualTo(409);
    assertThat(answer.body().asString()).contains("This cannot be changed now");
    Map<String, String> plan = forgedPlan();
    assertThat(editor.post(u.planPage(), plan).statusCode()).isEqualTo(409);
    assertThat(u.updates()).isEmpty();
    assertThat(u.plans()).isEmpty();
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefusedAndSavesNothing() {
    Unit u = Unit.create();
    PortalSession editor = PortalSession.signIn(u.editor(), PASSWORD);
    String version = version(editor.page(u.actionPage()));
    var answer = editor.post(u.actionPage(), update(version, "50"), null);
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body().asString()).contains("not sent from a page of this site");
    Map<String, String> plan = forgedPlan();
    assertThat(editor.post(u.planPage(), plan, null).statusCode()).isEqualTo(403);
    assertThat(u.updates()).isEmpty();
    assertThat(u.plans()).isEmpty();
  }

  @Test
  void aFormWithoutItsVersionIs428AndSavesNothing() {
    Unit u = Unit.create();
    PortalSession editor = PortalSession.signIn(u.editor(), PASSWORD);
    assertThat(editor.post(u.actionPage(), update(null, "50")).statusCode()).isEqualTo(428);
    Map<String, String> plan = new HashMap<>();
    plan.put("reason", "No version");
    plan.put("stepCount", "0");
    assertThat(editor.post(u.planPage(), plan).statusCode()).isEqualTo(428);
    assertThat(u.updates()).isEmpty();
    assertThat(u.plans()).isEmpty();
  }

  @Test
  void aStaleActionFormShowsBothValuesAndLetsThePersonKeepTheirs() {
    Unit u = Unit.create();
    PortalSession editor = PortalSession.signIn(u.editor(), PASSWORD);
    String version = version(editor.page(u.actionPage()));
    // Someone else saves first, through the API.
    json(object().add("progress", 30).add("commentary", "Saved by the admin"))
        .put("/actions/" + u.action() + "/updates/" + u.quarter())
        .then()
        .statusCode(200);
    var answer = editor.post(u.actionPage(), update(version, "55"));
    assertThat(answer.statusCode()).isEqualTo(412);
    Document stale = Jsoup.parse(answer.body().asString());
    assertThat(stale.selectFirst("h1").text())
        .isEqualTo("Someone changed this while you were editing");
    assertThat(stale.select("main table").text())
        .contains("30%", "55%", "Saved by the admin", "From a form post");
    request().get("/actions/" + u.action() + "/updates").then().body("[0].progress", equalTo(30));
    // Keeping theirs: the form on the stale page posts theirs again with the version now saved.
    Map<String, String> again = new HashMap<>();
    for (Element field : stale.select("main form input[type=hidden]")) {
      if (!field.attr("name").equals("csrfToken")) {
        again.put(field.attr("name"), field.attr("value"));
      }
    }
    assertThat(editor.post(u.actionPage(), again).statusCode()).isEqualTo(303);
    request()
        .get("/actions/" + u.action() + "/updates")
        .then()
        .body("[0].progress", equalTo(55))
        .body("[0].commentary", equalTo("From a form post"));
  }

  @Test
  void aStalePlanFormShowsBothValues() {
    Unit u = Unit.create();
    PortalSession editor = PortalSession.signIn(u.editor(), PASSWORD);
    String version = version(editor.page(u.planPage()));
    // Someone else writes the plan first.
    json(object()
            .add("code", Api.unique("IP"))
            .add("title", "The admin's plan")
            .add("reason", "Written by the admin")
            .add("indicators", array().add(u.indicator())))
        .post("/intervention-plans")
        .then()
        .statusCode(201);
    Map<String, String> plan = new HashMap<>();
    plan.put("version", version);
    plan.put("title", "My plan");
    plan.put("reason", "Written by the editor");
    plan.put("stepCount", "1");
    plan.put("steps-0-description", "Recruit");
    var answer = editor.post(u.planPage(), plan);
    assertThat(answer.statusCode()).isEqualTo(412);
    assertThat(Jsoup.parse(answer.body().asString()).select("main table").text())
        .contains("Written by the admin", "Written by the editor", "Recruit");
    assertThat(u.plans()).hasSize(1);
  }

  @Test
  void theApiAndThePortalRefuseADueDateBeforeTheStartWithTheSameWords() {
    Unit u = Unit.create();
    String detail =
        Api.problem(
                json(object().add("progress", 10).add("revisedDueDate", "2019-01-01"))
                    .put("/actions/" + u.action() + "/updates/" + u.quarter())
                    .then(),
                422,
                "revisedDueDate")
            .extract()
            .path("detail");
    assertThat(detail).contains("revisedDueDate 2019-01-01 is before the startDate 2020-04-01");
    PortalSession editor = PortalSession.signIn(u.editor(), PASSWORD);
    Map<String, String> form = update(version(editor.page(u.actionPage())), "10");
    form.put("revisedDueDate-day", "1");
    form.put("revisedDueDate-month", "1");
    form.put("revisedDueDate-year", "2019");
    var answer = editor.post(u.actionPage(), form);
    assertThat(answer.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(answer.body().asString());
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.selectFirst("#revisedDueDate-error").text())
        .contains("2019-01-01 is before the startDate 2020-04-01");
    assertThat(page.selectFirst(".govuk-error-summary a").attr("href"))
        .isEqualTo("#revisedDueDate-day");
    assertThat(u.updates()).isEmpty();
    json(object().add("progress", 10).add("revisedDueDate", "2999-12-31"))
        .put("/actions/" + u.action() + "/updates/" + u.quarter())
        .then()
        .statusCode(200);
    request().get("/actions/" + u.action()).then().body("revisedDueDate", equalTo("2999-12-31"));
    request()
        .get("/actions/" + u.action() + "/updates")
        .then()
        .body("[0].progress", equalTo(10))
        .body("size()", equalTo(1))
        .body("[0].period", containsString(u.quarter()));
  }
}
