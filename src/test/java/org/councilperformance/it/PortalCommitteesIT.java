package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;

import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The clerk's pages of the portal (docs/portal.md#committees): committees, members and their CSV
 * import, meetings, the calendar with closures and alerts, the delivery log and "Mail sent" — the
 * journey in a real browser, and wrong roles, bad input and stale forms over HTTP.
 */
class PortalCommitteesIT {
  private static final String CSV_HEADINGS = "name,email,role,start date,end date\n";
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

  private static List<Map<String, Object>> members(String committee) {
    return request().get("/committees/" + committee + "/members").then().extract().path("$");
  }

  private static String meetingPage(int meeting) {
    return "/admin/meetings/" + meeting;
  }

  @Test
  void anAdminSetsUpACommitteeWithMembersAndAMeetingIssuesItsPackAndReadsTheLog() throws Exception {
    String code = unique("CTEE");
    String tag = unique("m").toLowerCase();
    String locked = Api.freshQuarter();
    request().post("/periods/" + locked + "/lock").then().statusCode(200);
    // Signed in straight to the committees: an admin's Your quarter covers every unit of the
    // tests' council, which a cold server draws slowly.
    browser.open("/sign-in?next=/portal/admin/committees");
    browser.type("username", Api.ADMIN).type("password", Api.PASSWORDS.get(Api.ADMIN));
    browser.press("Sign in");
    assertThat(browser.path()).isEqualTo("/portal/admin/committees");
    assertThat(browser.all("nav a"))
        .extracting(e -> e.getText().trim())
        .contains("Committees", "Meeting calendar", "Mail sent");
    browser.assertAccessible().screenshot("committees");
    browser.press("Set up a committee");
    browser.type("code", code).type("sections", "cover, summary");
    browser.submit("Set up committee");
    assertThat(browser.driver.getTitle()).startsWith("Error: ");
    assertThat(browser.find(".govuk-error-summary a").getAttribute("href")).endsWith("#name");
    assertThat(browser.find("#code").getAttribute("value")).isEqualTo(code);
    browser.assertAccessible().screenshot("committee-form-error");
    browser.type("name", "Scrutiny " + code).type("remit", "Scrutinises performance");
    browser.submit("Set up committee");
    assertThat(browser.path()).isEqualTo("/portal/admin/committees/" + code);
    assertThat(browser.find(".govuk-notification-banner--success").getText()).contains("set up");

    browser.click("a[href$='/members/new']");
    browser.type("name", "Cllr Ada Chair").type("email", "ada." + tag + "@example.org");
    browser.find("#role").click();
    browser.type("startDate-day", "1").type("startDate-month", "1").type("startDate-year", "2020");
    browser.assertAccessible().screenshot("member-form");
    browser.submit("Add member");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("Cllr Ada Chair added");

    Path sheet = Files.createTempFile("members", ".csv");
    Files.writeString(
        sheet,
        CSV_HEADINGS
            + "Cllr Ben,ben."
            + tag
            + "@example.org,member,2020-01-01,\n"
            + "Cllr Cy,cy."
            + tag
            + "@example.org,substitute,2020-01-01,\n");
    browser.find("#file").sendKeys(sheet.toAbsolutePath().toString());
    browser.submit("Import members");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("2 people imported");
    assertThat(members(code)).hasSize(3);
    browser.assertAccessible().screenshot("committee");

    // A meeting two days ago: its copies cannot reach the tests' absent mail server and fail at
    // once, so the log settles and "Send again" has something to do.
    LocalDate day = LocalDate.now().minusDays(2);
    browser.click("a[href*='/admin/meetings/new']");
    browser
        .type("startsAt-day", Integer.toString(day.getDayOfMonth()))
        .type("startsAt-month", Integer.toString(day.getMonthValue()))
        .type("startsAt-year", Integer.toString(day.getYear()))
        .type("time", "18:30")
        .type("venue", "Council Chamber");
    new Select(browser.find("#period")).selectByValue(locked);
    browser.assertAccessible().screenshot("meeting-form");
    browser.submit("Arrange meeting");
    assertThat(browser.path()).startsWith("/portal/admin/meetings/");
    int meeting = Integer.parseInt(browser.path().replaceAll(".*/", ""));

    browser.submit("Issue the pack");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("Edition 1 issued");
    DistributionIT.await(
        "three copies failed for want of a mail server",
        60,
        () ->
            DistributionIT.deliveries(meeting).stream()
                .allMatch(d -> "FAILED_PERMANENT".equals(d.get("state"))));
    String sha256 =
        request().get("/meetings/" + meeting + "/packs").then().extract().path("[0].sha256");
    Response download = PortalSession.of(Api.ADMIN).get(meetingPage(meeting) + "/packs/1");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.contentType()).isEqualTo("application/pdf");
    assertThat(
            java.util.HexFormat.of()
                .formatHex(
                    java.security.MessageDigest.getInstance("SHA-256")
                        .digest(download.asByteArray())))
        .isEqualTo(sha256);
    browser.open(meetingPage(meeting));
    String log = browser.find("#deliveries + table").getText();
    assertThat(log)
        .contains("Cllr Ada Chair", "Cllr Ben", "Cllr Cy", "Failed", "Last error", sha256);
    assertThat(browser.find("main").getText()).contains("Edition 1", sha256);
    browser.assertAccessible().screenshot("delivery-log");

    Map<String, Object> first = DistributionIT.deliveries(meeting).get(0);
    int attempts = (Integer) first.get("attempts");
    browser.click("form[action$='/deliveries/" + first.get("id") + "/resend'] button");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("goes out again");
    DistributionIT.await(
        "the copy tried again",
        60,
        () ->
            (Integer)
                    request()
                        .get("/meetings/" + meeting + "/deliveries/" + first.get("id"))
                        .then()
                        .extract()
                        .path("attempts")
                > attempts);

    browser.type("reason", "Corrected the summary");
    browser.submit("Issue edition 2");
    assertThat(browser.find(".govuk-notification-banner--success").getText())
        .contains("Edition 2 issued");
    request()
        .get("/meetings/" + meeting + "/packs")
        .then()
        .body("reason[1]", org.hamcrest.Matchers.equalTo("Corrected the summary"));

    // The calendar: a meeting next month whose period is still open is flagged; the failed copies
    // are alerts; a closure is entered and removed.
    String open = Api.freshQuarter();
    CommitteeIT.newMeeting(code, LocalDate.now().plusDays(30) + "T10:00", open);
    browser.open("/admin/calendar");
    assertThat(browser.find("#meetings + table").getText())
        .contains("Scrutiny " + code, "Cannot go out yet");
    assertThat(browser.find("#alerts + p + table").getText()).contains("ada." + tag);
    LocalDate closed = LocalDate.of(ThreadLocalRandom.current().nextInt(2900, 2999), 3, 1);
    while (closed.getDayOfWeek() == DayOfWeek.SATURDAY
        || closed.getDayOfWeek() == DayOfWeek.SUNDAY) {
      closed = closed.plusDays(1);
    }
    browser
        .type("day-day", Integer.toString(closed.getDayOfMonth()))
        .type("day-month", "3")
        .type("day-year", Integer.toString(closed.getYear()))
        .type("reason", "Office move");
    browser.submit("Save the day");
    assertThat(browser.find(".govuk-notification-banner--success").getText()).contains("closed");
    browser.assertAccessible().screenshot("calendar");
    browser.click("form[action$='/closures/" + closed + "/remove'] button");
    assertThat(browser.find(".govuk-notification-banner--success").getText()).contains("removed");
    request().get("/calendar/closures/" + closed).then().statusCode(404);

    browser.open("/admin/mail");
    assertThat(browser.find("main").getText()).contains("SMTP server at 127.0.0.1:");
    browser.assertAccessible().screenshot("mail-sent");
  }

  @Test
  void editorsAndViewersGetTheForbiddenPageAndSeeNoClerksNavigation() {
    String code = CommitteeIT.newCommittee("chair." + unique("x").toLowerCase() + "@example.org");
    int meeting = CommitteeIT.newMeeting(code, "2999-01-15T18:30", Api.freshQuarter());
    for (String who : List.of(Api.EDITOR, Api.VIEWER)) {
      PortalSession session = PortalSession.of(who);
      assertThat(session.get("/").asString()).doesNotContain("/admin/committees", "/admin/mail");
      for (String page :
          List.of(
              "/admin/committees",
              "/admin/committees/new",
              "/admin/committees/" + code,
              "/admin/committees/" + code + "/members/new",
              "/admin/calendar",
              meetingPage(meeting),
              "/admin/meetings/new?committee=" + code,
              "/admin/mail")) {
        Response answer = session.get(page);
        assertThat(answer.statusCode()).as(who + " " + page).isEqualTo(403);
        assertThat(answer.asString()).contains("You cannot do this");
      }
      Map<String, String> committee = committeeForm(unique("CTEE"), "Forged");
      assertThat(session.post("/admin/committees", committee).statusCode()).isEqualTo(403);
      assertThat(
              session
                  .post("/admin/committees/" + code + "/members", memberForm("x@example.org"))
                  .statusCode())
          .isEqualTo(403);
      assertThat(
              importSheet(session, code, "Cllr X,x@example.org,member,2020-01-01,\n").statusCode())
          .isEqualTo(403);
      assertThat(session.post(meetingPage(meeting) + "/packs", Map.of("version", "0")).statusCode())
          .isEqualTo(403);
      request().get("/committees/" + committee.get("code")).then().statusCode(404);
      assertThat(members(code)).hasSize(1);
      request()
          .get("/meetings/" + meeting + "/packs")
          .then()
          .body("$", org.hamcrest.Matchers.empty());
    }
  }

  @Test
  void badInputIsShownWithTheErrorPatternAndABadCsvRowSavesNothing() {
    String code = CommitteeIT.newCommittee("chair." + unique("x").toLowerCase() + "@example.org");
    PortalSession admin = PortalSession.of(Api.ADMIN);

    Map<String, String> committee = committeeForm(unique("CTEE"), "");
    committee.put("sections", "cover, nonsense");
    committee.put("clearDays", "five");
    Response refused = admin.post("/admin/committees", committee);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.asString())
        .contains("href=\"#name\"", "href=\"#sections\"", "href=\"#clearDays\"", "unknown section");
    request().get("/committees/" + committee.get("code")).then().statusCode(404);

    Response badEmail =
        admin.post("/admin/committees/" + code + "/members", memberForm("not an address"));
    assertThat(badEmail.statusCode()).isEqualTo(422);
    assertThat(badEmail.asString()).contains("href=\"#email\"", "one plain address");

    String good =
        "Cllr Good,good." + unique("m").toLowerCase() + "@example.org,member,2020-01-01,\n";
    Response badSheet =
        importSheet(admin, code, good + "Cllr Bad,bad@example.org,boss,2020-01-01,\n");
    assertThat(badSheet.statusCode()).isEqualTo(422);
    assertThat(badSheet.asString())
        .contains("href=\"#file\"", "row 3, column role", "Nothing was saved");
    assertThat(members(code)).hasSize(1);
    Response badService =
        importSheet(admin, code, good + "Cllr Bad,no address,member,2020-01-01,\n");
    assertThat(badService.statusCode()).isEqualTo(422);
    assertThat(badService.asString()).contains("row 3, column email");
    assertThat(members(code)).hasSize(1);
    assertThat(
            admin
                .upload("/admin/committees/" + code + "/members/import", "file", "", "")
                .statusCode())
        .isEqualTo(422);

    Map<String, String> meeting = new HashMap<>();
    meeting.put("committee", code);
    meeting.put("startsAt-day", "31");
    meeting.put("startsAt-month", "2");
    meeting.put("startsAt-year", "2030");
    meeting.put("time", "half six");
    meeting.put("venue", "");
    meeting.put("period", "");
    Response badMeeting = admin.post("/admin/meetings", meeting);
    assertThat(badMeeting.statusCode()).isEqualTo(422);
    assertThat(badMeeting.asString())
        .contains(
            "href=\"#startsAt-day\"", "href=\"#time\"", "href=\"#venue\"", "href=\"#period\"");

    Map<String, String> closure = new HashMap<>();
    closure.put("version", "");
    closure.put("kind", "CLOSED");
    closure.put("reason", "");
    Response badClosure = admin.post("/admin/calendar/closures", closure);
    assertThat(badClosure.statusCode()).isEqualTo(422);
    assertThat(badClosure.asString()).contains("href=\"#day-day\"", "href=\"#reason\"");

    // A form without its CSRF token saves nothing either.
    assertThat(
            admin
                .withoutToken()
                .formParams(memberForm("someone." + unique("m").toLowerCase() + "@example.org"))
                .post("/portal/admin/committees/" + code + "/members")
                .statusCode())
        .isEqualTo(403);
    assertThat(members(code)).hasSize(1);
  }

  @Test
  void staleFormsShowSomeoneChangedThisAndAFormWithoutItsVersionIs428() {
    String code = CommitteeIT.newCommittee("chair." + unique("x").toLowerCase() + "@example.org");
    PortalSession admin = PortalSession.of(Api.ADMIN);
    String version = admin.versionOn("/admin/committees/" + code + "/edit");
    json(CommitteeIT.revision("Renamed meanwhile"))
        .header("If-Match", "\"" + version + "\"")
        .put("/committees/" + code)
        .then()
        .statusCode(200);
    Map<String, String> mine = committeeForm(null, "My name");
    mine.put("version", version);
    Response stale = admin.post("/admin/committees/" + code, mine);
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.asString())
        .contains("Someone changed this while you were editing", "Renamed meanwhile", "My name");
    request()
        .get("/committees/" + code)
        .then()
        .body("name", org.hamcrest.Matchers.equalTo("Renamed meanwhile"));
    mine.remove("version");
    assertThat(admin.post("/admin/committees/" + code, mine).statusCode()).isEqualTo(428);

    Object member = members(code).get(0).get("id");
    String memberPage = "/admin/committees/" + code + "/members/" + member;
    String memberVersion = admin.versionOn(memberPage);
    json(object()
            .add("name", "Cllr Renamed")
            .add("email", (String) members(code).get(0).get("email"))
            .add("role", "CHAIR")
            .add("startDate", "2020-01-01"))
        .header("If-Match", "\"" + memberVersion + "\"")
        .put("/committees/" + code + "/members/" + member)
        .then()
        .statusCode(200);
    Map<String, String> ended = memberForm("ignored@example.org");
    ended.put("endDate-day", "31");
    ended.put("endDate-month", "12");
    ended.put("endDate-year", "2030");
    ended.put("version", memberVersion);
    Response staleMember = admin.post(memberPage, ended);
    assertThat(staleMember.statusCode()).isEqualTo(412);
    assertThat(staleMember.asString()).contains("Cllr Renamed", "31 12 2030");
    ended.put("version", admin.versionOn(memberPage));
    assertThat(admin.post(memberPage, ended).statusCode()).isEqualTo(303);
    assertThat(members(code).get(0).get("endDate")).isEqualTo("2030-12-31");

    int meeting = CommitteeIT.newMeeting(code, "2999-02-15T18:30", Api.freshQuarter());
    Map<String, String> moved = new HashMap<>();
    moved.put("startsAt-day", "16");
    moved.put("startsAt-month", "2");
    moved.put("startsAt-year", "2999");
    moved.put("time", "10:00");
    moved.put("venue", "Committee Room 1");
    moved.put(
        "period", (String) request().get("/meetings/" + meeting).then().extract().path("period"));
    moved.put("version", "7");
    Response staleMeeting = admin.post(meetingPage(meeting), moved);
    assertThat(staleMeeting.statusCode()).isEqualTo(412);
    assertThat(staleMeeting.asString()).contains("Committee Room 1", "Council Chamber");
    request()
        .get("/meetings/" + meeting)
        .then()
        .body("venue", org.hamcrest.Matchers.equalTo("Council Chamber"));
  }

  /** Uploads a members' sheet (its headings added) through the committee page's import form. */
  private static Response importSheet(PortalSession session, String committee, String rows) {
    return session.upload(
        "/admin/committees/" + committee + "/members/import",
        "file",
        "members.csv",
        CSV_HEADINGS + rows);
  }

  private static Map<String, String> committeeForm(String code, String name) {
    Map<String, String> form = new HashMap<>();
    if (code != null) {
      form.put("code", code);
    }
    form.put("name", name);
    form.put("remit", "");
    form.put("scope", "");
    form.put("sections", "");
    form.put("format", "pdf");
    form.put("clearDays", "5");
    return form;
  }

  private static Map<String, String> memberForm(String email) {
    Map<String, String> form = new HashMap<>();
    form.put("name", "Cllr Form");
    form.put("email", email);
    form.put("role", "MEMBER");
    form.put("startDate-day", "1");
    form.put("startDate-month", "1");
    form.put("startDate-year", "2020");
    return form;
  }
}
