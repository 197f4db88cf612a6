package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.councilperformance.it.DistributionIT.await;
import static org.councilperformance.it.DistributionIT.text;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data-entry deadlines and reminders over the API and a real SMTP conversation
 * (docs/api.md#reminders, docs/rules.md#deadlines-and-reminders). Time is moved by the period's own
 * deadline: set one day ahead, the reminder before it is due today; set six days back, the one
 * after it.
 */
class ReminderIT {
  private static final int SMTP_PORT = Integer.getInteger("mail.test.port", 9025);
  private static GreenMail mail;

  @BeforeAll
  static void startMailServer() {
    Api.awaitReady();
    mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    mail.start();
  }

  @AfterAll
  static void stopMailServer() {
    mail.stop();
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/London"));
  }

  /** A person with an email address, of a role, acting for one unit; the address. */
  static String person(String role, String unit, String tag) {
    String username = unique(role.toLowerCase()).toLowerCase();
    String email = username + "." + tag + "@example.org";
    json(object()
            .add("username", username)
            .add("displayName", (role.equals("EDITOR") ? "Head " : "Director ") + username)
            .add("role", role)
            .add("businessUnits", array().add(unit))
            .add("password", "reminder-test-pw")
            .add("email", email))
        .post("/users")
        .then()
        .statusCode(201)
        .body("email", equalTo(email));
    return email;
  }

  /**
   * A quarter no earlier test or run created, begun long ago: a deadline around today must not be
   * before the period begins (the future quarters of {@link Api#freshQuarter} all begin after it).
   */
  static String pastQuarter() {
    for (int attempt = 0; attempt < 500; attempt++) {
      int start = java.util.concurrent.ThreadLocalRandom.current().nextInt(1900, 2000);
      String quarter = String.format("%d-%02d-Q1", start, (start + 1) % 100);
      int status =
          json(object().add("code", quarter)).post("/periods").then().extract().statusCode();
      if (status == 201) {
        return quarter;
      }
    }
    throw new AssertionError("no free first quarter in 1900-01 to 1999-00");
  }

  static JsonObjectBuilder schedule(boolean before, boolean after) {
    return object()
        .add("deadlineWorkingDays", 15)
        .add("beforeEnabled", before)
        .add("beforeWorkingDays", 5)
        .add("afterEnabled", after);
  }

  static String etag(String path) {
    return request().get(path).then().statusCode(200).extract().header("ETag");
  }

  static void setSchedule(boolean before, boolean after) {
    json(schedule(before, after))
        .header("If-Match", etag("/reminders/schedule"))
        .put("/reminders/schedule")
        .then()
        .statusCode(200)
        .body("beforeEnabled", equalTo(before))
        .body("afterEnabled", equalTo(after));
  }

  static void setDeadline(String period, LocalDate deadline) {
    String path = "/reminders/deadlines/" + period;
    String etag = request().get(path).then().statusCode(200).extract().header("ETag");
    var put = json(object().add("deadline", deadline.toString()));
    if (etag != null) {
      put = put.header("If-Match", etag);
    }
    put.put(path)
        .then()
        .statusCode(200)
        .body("deadline", equalTo(deadline.toString()))
        .body("overridden", equalTo(true));
  }

  /** What the mail server accepted for this address about this period. */
  static List<MimeMessage> received(String email, String period) {
    List<MimeMessage> found = new ArrayList<>();
    try {
      for (MimeMessage m : mail.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().contains(email)
            && text(m).contains("/portal/quarters/" + period)) {
          found.add(m);
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  static List<Map<String, Object>> log(String period) {
    return request()
        .get("/reminders/periods/" + period)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("reminders");
  }

  @Test
  void aHeadOfServiceWithMissingFiguresGetsOneReminderBeforeAndOneAfterWithTheDirectorCopied()
      throws Exception {
    String tag = unique("r").toLowerCase();
    String late = Api.newBusinessUnit();
    String missing = Api.newIndicator(late);
    String complete = Api.newBusinessUnit();
    String entered = Api.newIndicator(complete);
    String head = person("EDITOR", late, tag);
    String director = person("APPROVER", late, tag);
    String completeHead = person("EDITOR", complete, tag);
    String quarter = pastQuarter();
    json(object().add("value", new BigDecimal("12")))
        .put("/indicators/" + entered + "/measurements/" + quarter)
        .then()
        .statusCode(200);
    setSchedule(true, true);

    // The digest before any reminder: the late unit's figure missing, the other unit complete.
    var digest = request().get("/reminders/periods/" + quarter).then().statusCode(200).extract();
    assertThat(digest.jsonPath().getBoolean("late")).isTrue(); // the rule's deadline, long ago
    Map<String, Object> lateUnit =
        digest.jsonPath().getMap("units.find { it.unit == '" + late + "' }");
    assertThat(lateUnit.get("missingFigures")).isEqualTo(1);
    assertThat((List<?>) lateUnit.get("missing"))
        .anySatisfy(l -> assertThat(l).asString().contains(missing));
    Map<String, Object> completeUnit =
        digest.jsonPath().getMap("units.find { it.unit == '" + complete + "' }");
    assertThat(completeUnit.get("missingFigures")).isEqualTo(0);

    // Due tomorrow: the reminder before the deadline is due today, and no one is late yet.
    setDeadline(quarter, today().plusDays(1));
    request().get("/reminders/periods/" + quarter).then().body("late", equalTo(false));
    await("the reminder before the deadline", 120, () -> !received(head, quarter).isEmpty());
    MimeMessage before = received(head, quarter).get(0);
    assertThat(before.getSubject()).startsWith("Reminder:");
    assertThat(text(before)).contains(missing).contains("Figures not entered (1)");
    assertThat(before.getMessageID())
        .matches("<reminder\\." + quarter + "\\.\\d+\\.before\\.0@.+>");

    // Six days ago: the reminder after it is due, to the head and, as a copy, the director.
    setDeadline(quarter, today().minusDays(6));
    await("the reminder after the deadline", 120, () -> received(head, quarter).size() >= 2);
    await("the director's copy", 60, () -> !received(director, quarter).isEmpty());
    List<MimeMessage> toHead = received(head, quarter);
    assertThat(toHead).hasSize(2);
    assertThat(toHead.get(1).getSubject()).startsWith("Overdue:");
    List<MimeMessage> toDirector = received(director, quarter);
    assertThat(toDirector).hasSize(1);
    assertThat(text(toDirector.get(0)))
        .contains("As director, you are copied")
        .contains(missing)
        .contains("head of service: Head ");
    // Nothing to someone with nothing missing.
    assertThat(received(completeHead, quarter)).isEmpty();

    // The log: one of each, whichever firing or server recorded them; a second server's insert
    // of the same reminder adds nothing.
    List<Map<String, Object>> log =
        log(quarter).stream().filter(r -> ((String) r.get("email")).contains(tag)).toList();
    assertThat(log).filteredOn(r -> r.get("email").equals(head)).hasSize(2);
    assertThat(log).filteredOn(r -> r.get("kind").equals("BEFORE")).hasSize(1);
    assertThat(log).filteredOn(r -> r.get("kind").equals("AFTER")).hasSize(2);
    assertThat(log).allSatisfy(r -> assertThat(r.get("state")).isEqualTo("SENT"));
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:"
                    + System.getProperty("db.port", "33061")
                    + "/council_performance?user=root");
        java.sql.Statement s = c.createStatement()) {
      assertThat(
              s.executeUpdate(
                  "insert ignore into reminder (period_code, user_id, kind, round, recorded_at,"
                      + " recorded_by, subject, text, recipient_email, message_id, state, attempts,"
                      + " next_attempt_at, give_up_at) select period_code, user_id, kind, round,"
                      + " recorded_at, 'another-server', subject, text, recipient_email,"
                      + " concat(message_id, '.x'), 'PENDING', 0, next_attempt_at, give_up_at"
                      + " from reminder where period_code = '"
                      + quarter
                      + "'"))
          .isZero();
    }

    // "Remind again": deliberate, so it goes again, and is logged as the admin's.
    as(Api.EDITOR)
        .post("/reminders/periods/" + quarter + "/units/" + late + "/again")
        .then()
        .statusCode(403);
    request()
        .post("/reminders/periods/" + quarter + "/units/" + late + "/again")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].kind", equalTo("AGAIN"))
        .body("[0].round", equalTo(1))
        .body("[0].recordedBy", equalTo(Api.ADMIN));
    await("the reminder sent again", 60, () -> received(head, quarter).size() == 3);
    problem(
        request().post("/reminders/periods/" + quarter + "/units/" + complete + "/again").then(),
        409,
        "unit");
    assertThat(log(quarter))
        .filteredOn(r -> r.get("kind").equals("AGAIN"))
        .singleElement()
        .satisfies(r -> assertThat(r.get("email")).isEqualTo(head));
  }

  @Test
  void aReminderSwitchedOffIsNotSentWhileTheOtherStillIs() throws Exception {
    String tag = unique("off").toLowerCase();
    String unit = Api.newBusinessUnit();
    Api.newIndicator(unit);
    String head = person("EDITOR", unit, tag);
    String quiet = pastQuarter();
    String loud = pastQuarter();
    setSchedule(false, true);
    try {
      setDeadline(quiet, today().plusDays(1)); // only the reminder before would be due: it is off
      setDeadline(loud, today().minusDays(6)); // the reminder after is due, and on
      // Once the timer has recorded the loud one, it has looked at the quiet one too.
      await("the reminder after the deadline", 120, () -> !received(head, loud).isEmpty());
      assertThat(received(head, quiet)).isEmpty();
      assertThat(log(quiet)).noneMatch(r -> ((String) r.get("email")).contains(tag));
    } finally {
      setSchedule(true, true);
    }
  }

  @Test
  void onlyAdminsSeeTheDigestAndScheduleAndChangeDeadlinesAnyoneReadsADeadline() {
    String quarter = Api.freshQuarter();
    setSchedule(true, true); // 15 working days: another test (or the OpenAPI fuzz) may change it
    as(Api.EDITOR).get("/reminders/schedule").then().statusCode(403);
    as(Api.APPROVER).get("/reminders/periods/" + quarter).then().statusCode(403);
    as(Api.VIEWER)
        .contentType(ContentType.JSON)
        .body(object().add("deadline", "2999-01-01").build().toString())
        .put("/reminders/deadlines/" + quarter)
        .then()
        .statusCode(403);
    as(Api.EDITOR)
        .contentType(ContentType.JSON)
        .body(schedule(true, true).build().toString())
        .put("/reminders/schedule")
        .then()
        .statusCode(403);
    // The rule's deadline: the 15th working day after the quarter ends (July has no bank holiday
    // in England and Wales, and a fresh year no closure), and no version to match.
    var read = as(Api.EDITOR).get("/reminders/deadlines/" + quarter).then().statusCode(200);
    read.body("overridden", equalTo(false)).body("period", equalTo(quarter));
    LocalDate deadline = LocalDate.parse(quarter.substring(0, 4) + "-06-30");
    for (int workingDays = 0; workingDays < 15; ) {
      deadline = deadline.plusDays(1);
      if (deadline.getDayOfWeek().getValue() <= 5) {
        workingDays++;
      }
    }
    assertThat(LocalDate.parse(read.extract().path("deadline"))).isEqualTo(deadline);
    assertThat(read.extract().header("ETag")).isNull();
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndAStaleVersionIs412() {
    String quarter = Api.freshQuarter();
    problem(
        json(schedule(true, true).add("deadlineWorkingDays", 0)).put("/reminders/schedule").then(),
        422,
        "deadlineWorkingDays");
    problem(
        json(schedule(true, true).add("beforeWorkingDays", 31)).put("/reminders/schedule").then(),
        422,
        "beforeWorkingDays");
    problem(
        json(object()
                .add("deadlineWorkingDays", 15)
                .add("beforeEnabled", true)
                .add("afterEnabled", true))
            .put("/reminders/schedule")
            .then(),
        422,
        "beforeWorkingDays");
    problem(
        json(object().add("deadline", "2100-02-30")).put("/reminders/deadlines/" + quarter).then(),
        400,
        "deadline");
    problem(
        json(object().add("deadline", "2000-01-01")).put("/reminders/deadlines/" + quarter).then(),
        422,
        "deadline");

    // Stale: two admins read the same version; the second to save is told.
    String read = etag("/reminders/schedule");
    json(schedule(true, true).add("deadlineWorkingDays", 16))
        .header("If-Match", read)
        .put("/reminders/schedule")
        .then()
        .statusCode(200)
        .body("deadlineWorkingDays", equalTo(16));
    problem(
        json(schedule(true, true)).header("If-Match", read).put("/reminders/schedule").then(),
        412,
        "If-Match");
    setSchedule(true, true);
    setDeadline(quarter, LocalDate.parse(quarter.substring(0, 4) + "-07-31"));
    String deadlineRead = etag("/reminders/deadlines/" + quarter);
    setDeadline(quarter, LocalDate.parse(quarter.substring(0, 4) + "-08-14"));
    problem(
        json(object().add("deadline", quarter.substring(0, 4) + "-08-21"))
            .header("If-Match", deadlineRead)
            .put("/reminders/deadlines/" + quarter)
            .then(),
        412,
        "If-Match");
    request()
        .header("If-Match", etag("/reminders/deadlines/" + quarter))
        .delete("/reminders/deadlines/" + quarter)
        .then()
        .statusCode(204);
    request().get("/reminders/deadlines/" + quarter).then().body("overridden", equalTo(false));
  }
}
