package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admins' reminders page (docs/portal.md#reminders): who is late by unit, "Remind again", a
 * period's own deadline and the schedule — in a real browser with axe, and wrong roles, bad input,
 * a missing CSRF token and stale forms over HTTP.
 */
class PortalRemindersIT {
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
    return "/admin/reminders?period=" + quarter;
  }

  private static Map<String, String> schedule(String deadlineDays, String version) {
    Map<String, String> form = new HashMap<>();
    form.put("deadlineWorkingDays", deadlineDays);
    form.put("beforeEnabled", "on");
    form.put("beforeWorkingDays", "5");
    form.put("afterEnabled", "on");
    form.put("version", version);
    return form;
  }

  private static String scheduleVersion(PortalSession session, String quarter) {
    return session
        .page(page(quarter))
        .selectFirst("form[action*=/admin/reminders/schedule] input[name=version]")
        .attr("value");
  }

  @Test
  void anAdminSeesWhoIsLateRemindsAUnitAgainAndSetsTheDeadline() {
    String tag = unique("p").toLowerCase();
    String unit = Api.newBusinessUnit();
    String indicator = Api.newIndicator(unit);
    String quarter = Api.freshQuarter();
    ReminderIT.person("EDITOR", unit, tag);

    browser.open("/sign-in?next=/portal" + page(quarter));
    browser.type("username", Api.ADMIN).type("password", Api.PASSWORDS.get(Api.ADMIN));
    browser.press("Sign in");
    assertThat(browser.heading()).isEqualTo("Deadlines and reminders");
    assertThat(browser.all("nav a")).extracting(e -> e.getText().trim()).contains("Reminders");
    String row = browser.find("#late ~ table").getText();
    assertThat(row).contains("Unit " + unit);
    browser.assertAccessible().screenshot("reminders");

    // The schedule refuses what is not a number, with the GOV.UK error summary.
    browser.type("deadlineWorkingDays", "fifteen");
    browser.press("Save the schedule");
    assertThat(browser.driver.getTitle()).startsWith("Error: ");
    assertThat(browser.find(".govuk-error-summary a").getAttribute("href"))
        .endsWith("#deadlineWorkingDays");
    browser.assertAccessible().screenshot("reminders-schedule-error");
    browser.type("deadlineWorkingDays", "15");
    browser.press("Save the schedule");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("schedule is saved");

    // The period's own deadline.
    String year = quarter.substring(0, 4);
    browser.type("deadline-day", "24").type("deadline-month", "7").type("deadline-year", year);
    browser.press("Save the deadline");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("24 July " + year);
    request()
        .get("/reminders/deadlines/" + quarter)
        .then()
        .body("deadline", org.hamcrest.Matchers.equalTo(year + "-07-24"))
        .body("overridden", org.hamcrest.Matchers.equalTo(true));

    // One click reminds the unit's head of service again, and the log says so.
    browser.click("form[action$='/units/" + unit + "/again'] button");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("1 reminder");
    assertThat(browser.find("#log ~ table").getText()).contains("Again, asked by admin");
    assertThat(browser.find("#late ~ table").getText()).contains("Unit " + unit);
    browser.assertAccessible().screenshot("reminders-after-remind-again");
    assertThat(
            request()
                .get("/reminders/periods/" + quarter)
                .then()
                .extract()
                .jsonPath()
                .getList("units.find { it.unit == '" + unit + "' }.missing"))
        .anySatisfy(line -> assertThat(line).asString().contains(indicator));
  }

  @Test
  void onlyAdminsOpenThePageOrPostItsForms() {
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    for (String who : new String[] {Api.EDITOR, Api.APPROVER, Api.VIEWER}) {
      PortalSession session = PortalSession.of(who);
      assertThat(session.get(page(quarter)).statusCode()).as(who).isEqualTo(403);
      assertThat(session.post("/admin/reminders/schedule", schedule("15", "0")).statusCode())
          .as(who)
          .isEqualTo(403);
      assertThat(
              session
                  .post("/admin/reminders/" + quarter + "/units/" + unit + "/again", Map.of())
                  .statusCode())
          .as(who)
          .isEqualTo(403);
    }
  }

  @Test
  void badInputShowsTheErrorSummaryAndAFormWithoutItsTokenSavesNothing() {
    String quarter = Api.freshQuarter();
    PortalSession admin = PortalSession.of(Api.ADMIN);
    String version = scheduleVersion(admin, quarter);
    int days = request().get("/reminders/schedule").then().extract().path("deadlineWorkingDays");
    Response outOfRange = admin.post("/admin/reminders/schedule", schedule("61", version));
    assertThat(outOfRange.statusCode()).isEqualTo(422);
    assertThat(outOfRange.asString())
        .contains("govuk-error-summary", "href=\"#deadlineWorkingDays\"", "1 to 60");
    Map<String, String> noDate = new HashMap<>(Map.of("version", ""));
    Response blank = admin.post("/admin/reminders/" + quarter + "/deadline", noDate);
    assertThat(blank.statusCode()).isEqualTo(422);
    assertThat(blank.asString()).contains("href=\"#deadline-day\"");
    Map<String, String> early =
        new HashMap<>(
            Map.of(
                "version",
                "",
                "deadline-day",
                "1",
                "deadline-month",
                "1",
                "deadline-year",
                "2001"));
    Response tooEarly = admin.post("/admin/reminders/" + quarter + "/deadline", early);
    assertThat(tooEarly.statusCode()).isEqualTo(422);
    assertThat(tooEarly.asString()).contains("href=\"#deadline-day\"", "before period");
    assertThat(
            admin
                .withoutToken()
                .formParams(schedule("20", version))
                .post("/portal/admin/reminders/schedule")
                .statusCode())
        .isEqualTo(403);
    request()
        .get("/reminders/schedule")
        .then()
        .body("deadlineWorkingDays", org.hamcrest.Matchers.equalTo(days));
  }

  @Test
  void aStaleScheduleFormShowsSomeoneChangedThisAndOneWithoutItsVersionIs428() {
    String quarter = Api.freshQuarter();
    PortalSession admin = PortalSession.of(Api.ADMIN);
    String version = scheduleVersion(admin, quarter);
    assertThat(admin.post("/admin/reminders/schedule", schedule("16", version)).statusCode())
        .isEqualTo(303);
    Response stale = admin.post("/admin/reminders/schedule", schedule("17", version));
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.asString())
        .contains("Someone changed this while you were editing", "16", "17");
    Map<String, String> noVersion = schedule("15", version);
    noVersion.remove("version");
    assertThat(admin.post("/admin/reminders/schedule", noVersion).statusCode()).isEqualTo(428);
    String current = scheduleVersion(admin, quarter);
    assertThat(admin.post("/admin/reminders/schedule", schedule("15", current)).statusCode())
        .isEqualTo(303);
  }

  @Test
  void yourQuarterTellsAHeadOfServiceTheDeadlineAndWarnsOnceItHasPassed() {
    String tag = unique("d").toLowerCase();
    String unit = Api.newBusinessUnit();
    String indicator = Api.newIndicator(unit);
    String email = ReminderIT.person("EDITOR", unit, tag);
    PortalSession head =
        PortalSession.signIn(email.substring(0, email.indexOf("." + tag)), "reminder-test-pw");

    String ahead = Api.freshQuarter();
    var due = head.page("/?period=" + ahead).selectFirst("#deadline");
    assertThat(due).as("the deadline on Your quarter").isNotNull();
    assertThat(due.hasClass("govuk-inset-text")).isTrue();
    assertThat(due.text()).isEqualTo("Figures for this period are due by " + day(ahead) + ".");

    String behind = ReminderIT.pastQuarter();
    var late = head.page("/?period=" + behind).selectFirst("#deadline");
    assertThat(late.hasClass("govuk-warning-text")).isTrue();
    assertThat(late.text()).contains("Figures were due by " + day(behind) + ".", "submit");
    // Once the unit has submitted, the date is no longer a warning.
    Api.json(Api.object().add("value", 5))
        .put("/indicators/" + indicator + "/measurements/" + behind)
        .then()
        .statusCode(200);
    request().post("/periods/" + behind + "/submissions/" + unit).then().statusCode(200);
    var submitted = head.page("/?period=" + behind).selectFirst("#deadline");
    assertThat(submitted.hasClass("govuk-inset-text")).isTrue();
    assertThat(submitted.text())
        .isEqualTo("Figures for this period were due by " + day(behind) + ".");

    // Moved by an admin, the page follows; a councillor, who enters nothing, is not told.
    String year = ahead.substring(0, 4);
    Api.json(Api.object().add("deadline", year + "-07-24"))
        .put("/reminders/deadlines/" + ahead)
        .then()
        .statusCode(200);
    assertThat(head.page("/?period=" + ahead).selectFirst("#deadline").text()).contains(day(ahead));
    assertThat(day(ahead)).endsWith("24 July " + year);
    assertThat(PortalSession.of(Api.VIEWER).page("/?period=" + ahead).selectFirst("#deadline"))
        .isNull();
  }

  /** The period's deadline as the API gives it, written as the page writes it. */
  private static String day(String quarter) {
    String deadline =
        request().get("/reminders/deadlines/" + quarter).then().extract().path("deadline");
    return java.time.LocalDate.parse(deadline)
        .format(
            java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK));
  }
}
