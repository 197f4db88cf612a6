package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.councilperformance.it.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Committee papers by email through a real SMTP server (docs/design.md#outbox): GreenMail for the
 * happy path and an outage, a scripted server for each fault class. Every scenario ends with the
 * invariant: each member's copy SENT, or FAILED_PERMANENT with an alert; each member received at
 * least one copy unless refused; any extra copy carries the same Message-ID; every attachment's
 * SHA-256 is the archive's.
 */
class DistributionIT {
  private static final int SMTP_PORT = Integer.getInteger("mail.test.port", 9025);

  /** Waits, polling, for something the server does on its own; fails once the bound passes. */
  static void await(String what, long boundSeconds, BooleanSupplier done) {
    long deadline = System.nanoTime() + boundSeconds * 1_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not done within " + boundSeconds + " s: " + what);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
  }

  /** A published quarter: only a period that is not open may be issued. */
  static String publishedQuarter() {
    String quarter = Api.freshQuarter();
    request().post("/periods/" + quarter + "/lock").then().statusCode(200);
    request().post("/periods/" + quarter + "/publish").then().statusCode(200);
    return quarter;
  }

  /** A committee with a meeting far ahead, its pack cover and summary only; the meeting's id. */
  static int meetingFor(String quarter, List<String> emails) {
    String committee = unique("CTEE");
    json(object()
            .add("code", committee)
            .add("name", "Committee " + committee)
            .add("sections", Api.array().add("cover").add("summary")))
        .post("/committees")
        .then()
        .statusCode(201);
    for (String email : emails) {
      json(object()
              .add("name", "Cllr " + email.substring(0, email.indexOf('@')))
              .add("email", email)
              .add("role", "MEMBER")
              .add("startDate", "2020-01-01"))
          .post("/committees/" + committee + "/members")
          .then()
          .statusCode(201);
    }
    return CommitteeIT.newMeeting(committee, "2099-06-18T18:30", quarter);
  }

  static JsonPath issue(int meeting, String reason) {
    return json(reason == null ? object() : object().add("reason", reason))
        .post("/meetings/" + meeting + "/packs")
        .then()
        .statusCode(201)
        .body("sha256", matchesPattern("[0-9a-f]{64}"))
        .extract()
        .jsonPath();
  }

  static List<Map<String, Object>> deliveries(int meeting) {
    return request()
        .get("/meetings/" + meeting + "/deliveries")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("");
  }

  static boolean allSettled(int meeting) {
    return deliveries(meeting).stream()
        .allMatch(d -> d.get("state").equals("SENT") || d.get("state").equals("FAILED_PERMANENT"));
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  static MimeMessage parse(String raw) throws Exception {
    return new MimeMessage(
        Session.getInstance(new Properties()),
        new ByteArrayInputStream(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  static byte[] attachment(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (BodyPart.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no attachment");
  }

  /**
   * The invariant, against what the mail server accepted: every delivery settled, every member not
   * refused got at least one copy, copies of one delivery share its Message-ID, attachments are the
   * archive's bytes, and each permanent failure raised an alert.
   */
  static void assertInvariant(int meeting, List<MimeMessage> received) throws Exception {
    List<Map<String, Object>> log = deliveries(meeting);
    Map<String, String> archived = new java.util.HashMap<>();
    for (Map<String, Object> edition :
        request()
            .get("/meetings/" + meeting + "/packs")
            .then()
            .extract()
            .jsonPath()
            .<Map<String, Object>>getList("")) {
      byte[] bytes =
          request()
              .get("/meetings/" + meeting + "/packs/" + edition.get("edition"))
              .then()
              .statusCode(200)
              .extract()
              .asByteArray();
      assertThat(sha256(bytes)).isEqualTo(edition.get("sha256"));
      archived.put(String.valueOf(edition.get("edition")), (String) edition.get("sha256"));
    }
    Map<String, List<MimeMessage>> byMessageId = new java.util.HashMap<>();
    for (MimeMessage m : received) {
      byMessageId.computeIfAbsent(m.getMessageID(), k -> new ArrayList<>()).add(m);
    }
    List<Map<String, Object>> alerts =
        request().get("/alerts?meeting=" + meeting).then().extract().jsonPath().getList("");
    for (Map<String, Object> d : log) {
      assertThat(d.get("state")).isIn("SENT", "FAILED_PERMANENT");
      List<MimeMessage> copies = byMessageId.getOrDefault((String) d.get("messageId"), List.of());
      if (d.get("state").equals("SENT")) {
        assertThat(copies).as("copies of %s", d.get("email")).isNotEmpty();
      } else {
        assertThat(alerts)
            .as("an alert for %s", d.get("email"))
            .anyMatch(
                a ->
                    ((Number) a.get("delivery")).longValue() == ((Number) d.get("id")).longValue());
      }
      for (MimeMessage copy : copies) {
        assertThat(copy.getAllRecipients()).hasSize(1);
        assertThat(copy.getAllRecipients()[0].toString()).contains((String) d.get("email"));
        assertThat(sha256(attachment(copy)))
            .isEqualTo(archived.get(String.valueOf(d.get("edition"))))
            .isEqualTo(d.get("sha256"));
      }
    }
  }

  /** The tests' server emails every alert to this address (pom.xml: mail.alerts.to). */
  static final String ALERTS_TO = "distribution-admin@example.org";

  static String text(MimeMessage message) throws Exception {
    Object content = message.getContent();
    if (content instanceof Multipart parts) {
      return (String) parts.getBodyPart(0).getContent();
    }
    return (String) content;
  }

  /** The alert emails among what the mail server accepted whose text mentions {@code about}. */
  static List<MimeMessage> alertMails(List<MimeMessage> accepted, String about) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : accepted) {
      if (m.getAllRecipients()[0].toString().contains(ALERTS_TO) && text(m).contains(about)) {
        found.add(m);
      }
    }
    return found;
  }

  @Test
  void twentyMembersEachGetTheArchivedPackOnceWithItsOwnMessageId() throws Exception {
    GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    mail.start();
    try {
      String tag = unique("m").toLowerCase();
      List<String> emails =
          IntStream.rangeClosed(1, 20)
              .mapToObj(i -> "member" + i + "." + tag + "@example.org")
              .toList();
      int meeting = meetingFor(publishedQuarter(), emails);
      JsonPath edition = issue(meeting, null);
      assertThat(edition.getInt("edition")).isEqualTo(1);
      assertThat(edition.getString("periodState")).isEqualTo("PUBLISHED");
      await("20 deliveries sent", 90, () -> allSettled(meeting));
      List<MimeMessage> received = new ArrayList<>();
      for (MimeMessage m : mail.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().contains(tag)) {
          received.add(m);
        }
      }
      assertThat(received).hasSize(20);
      assertThat(
              received.stream()
                  .map(
                      m -> {
                        try {
                          return m.getMessageID();
                        } catch (Exception e) {
                          throw new IllegalStateException(e);
                        }
                      })
                  .collect(Collectors.toSet()))
          .hasSize(20);
      assertInvariant(meeting, received);
      assertThat(deliveries(meeting)).allMatch(d -> d.get("state").equals("SENT"));

      // A re-issue needs a reason, and goes to everyone again as edition 2.
      problem(json(object()).post("/meetings/" + meeting + "/packs").then(), 422, "reason");
      JsonPath second = issue(meeting, "Appendix B corrected");
      assertThat(second.getInt("edition")).isEqualTo(2);
      assertThat(second.getString("reason")).isEqualTo("Appendix B corrected");
      await("edition 2 sent", 90, () -> allSettled(meeting));

      // "Send again" for one member: one more copy, the same Message-ID.
      Map<String, Object> first = deliveries(meeting).get(0);
      as(Api.VIEWER)
          .post("/meetings/" + meeting + "/deliveries/" + first.get("id") + "/resend")
          .then()
          .statusCode(403);
      request()
          .post("/meetings/" + meeting + "/deliveries/" + first.get("id") + "/resend")
          .then()
          .statusCode(200)
          .body("state", equalTo("PENDING"));
      await("the copy sent again", 60, () -> allSettled(meeting));
      received.clear();
      for (MimeMessage m : mail.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().contains(tag)) {
          received.add(m);
        }
      }
      assertThat(received).hasSize(41);
      assertThat(received)
          .filteredOn(
              m -> {
                try {
                  return m.getMessageID().equals(first.get("messageId"));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              })
          .hasSize(2);
      assertInvariant(meeting, received);
      request()
          .get("/meetings/" + meeting + "/deliveries/" + first.get("id"))
          .then()
          .body("attemptLog.size()", equalTo(2))
          .body("attemptLog[1].outcome", equalTo("SENT"));
    } finally {
      mail.stop();
    }
  }

  @Test
  void aMeetingWhosePapersAreDueGetsThemWithoutAnyonePressingAButton() throws Exception {
    GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    mail.start();
    try {
      String tag = unique("timer").toLowerCase();
      String committee = unique("CTEE");
      json(object()
              .add("code", committee)
              .add("name", "Committee " + committee)
              .add("sections", Api.array().add("cover")))
          .post("/committees")
          .then()
          .statusCode(201);
      json(object()
              .add("name", "Cllr Timer")
              .add("email", "chair." + tag + "@example.org")
              .add("role", "CHAIR")
              .add("startDate", "2020-01-01"))
          .post("/committees/" + committee + "/members")
          .then()
          .statusCode(201);
      // Three days ahead: five clear working days before it have begun, so its papers are due.
      String soon = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3) + "T18:30";
      int meeting = CommitteeIT.newMeeting(committee, soon, publishedQuarter());
      int notReady = CommitteeIT.newMeeting(committee, soon, Api.freshQuarter());
      // The persistent timer fires every 30 s; the outbox worker every second after it.
      await(
          "the timer's run issued and sent",
          120,
          () -> !deliveries(meeting).isEmpty() && allSettled(meeting));
      request()
          .get("/meetings/" + meeting + "/packs")
          .then()
          .body("size()", equalTo(1))
          .body("[0].issuedBy", equalTo("distribution"));
      List<MimeMessage> received = new ArrayList<>();
      for (MimeMessage m : mail.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().contains(tag)) {
          received.add(m);
        }
      }
      assertThat(received).hasSize(1);
      assertInvariant(meeting, received);
      // The meeting whose period is still open is not issued: the admins are told instead.
      await(
          "an alert that the pack cannot go out",
          60,
          () ->
              request()
                  .get("/alerts?meeting=" + notReady)
                  .then()
                  .extract()
                  .jsonPath()
                  .getList("kind")
                  .contains("PACK_NOT_READY"));
      assertThat(deliveries(notReady)).isEmpty();
      // ... and emailed, once, to the admins' address.
      String notReadyDate = soon.substring(0, 10);
      await(
          "the alert emailed to the admins",
          60,
          () -> {
            try {
              return !alertMails(List.of(mail.getReceivedMessages()), committee).isEmpty();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
      Thread.sleep(3_000); // a second copy, were there one, would have gone by now
      List<MimeMessage> alertMails = alertMails(List.of(mail.getReceivedMessages()), committee);
      assertThat(alertMails).hasSize(1);
      assertThat(alertMails.get(0).getSubject()).startsWith("Distribution alert");
      assertThat(text(alertMails.get(0))).contains(notReadyDate).contains("is OPEN");
      assertThat(alertMails.get(0).getMessageID()).matches("<alert\\.\\d+\\.[0-9a-f]{16}@.+>");
    } finally {
      mail.stop();
    }
  }

  @Test
  void aPackPastItsRetentionLosesItsBytesOnceButStaysListed() throws Exception {
    GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    mail.start();
    try {
      int meeting =
          meetingFor(
              publishedQuarter(), List.of("kept." + unique("r").toLowerCase() + "@example.org"));
      JsonPath edition = issue(meeting, null);
      assertThat(LocalDate.parse(edition.getString("retainUntil")))
          .isEqualTo(LocalDate.now(ZoneId.of("Europe/London")).plusYears(6));
      await("the copy sent", 60, () -> allSettled(meeting));
      // Six years on, as far as the archive can tell: its retain-until day was yesterday.
      try (java.sql.Connection c =
              java.sql.DriverManager.getConnection(
                  "jdbc:mariadb://127.0.0.1:"
                      + System.getProperty("db.port", "33061")
                      + "/council_performance?user=root");
          java.sql.PreparedStatement s =
              c.prepareStatement("update pack_edition set retain_until = ? where meeting_id = ?")) {
        s.setObject(1, LocalDate.now(ZoneId.of("Europe/London")).minusDays(1));
        s.setInt(2, meeting);
        assertThat(s.executeUpdate()).isEqualTo(1);
      }
      // The persistent timer (every 30 s) deletes the bytes and leaves the edition listed.
      await(
          "the pack deleted by the retention job",
          90,
          () ->
              request()
                      .get("/meetings/" + meeting + "/packs")
                      .then()
                      .extract()
                      .jsonPath()
                      .getString("[0].deletedAt")
                  != null);
      request()
          .get("/meetings/" + meeting + "/packs")
          .then()
          .body("size()", equalTo(1))
          .body("[0].sha256", equalTo(edition.getString("sha256")));
      problem(request().get("/meetings/" + meeting + "/packs/1").then(), 410, "edition");
      Map<String, Object> copy = deliveries(meeting).get(0);
      assertThat(copy.get("state")).isEqualTo("SENT"); // the log of what was sent stays
      problem(
          request()
              .post("/meetings/" + meeting + "/deliveries/" + copy.get("id") + "/resend")
              .then(),
          409,
          "delivery");
    } finally {
      mail.stop();
    }
  }

  @Test
  void aPackIsNotIssuedFromAnOpenPeriodAndOnlyAdminsIssue() {
    int meeting = meetingFor(Api.freshQuarter(), List.of("open." + unique("m") + "@example.org"));
    problem(json(object()).post("/meetings/" + meeting + "/packs").then(), 409, "period");
    problem(json(Api.EDITOR, object()).post("/meetings/" + meeting + "/packs").then(), 403, null);
    problem(as(Api.VIEWER).get("/meetings/" + meeting + "/deliveries").then(), 403, null);
    problem(request().get("/meetings/" + meeting + "/packs/1").then(), 404, "edition");
  }

  @Test
  void whileTheMailServerIsDownCopiesWaitAndGoOnceItIsBack() throws Exception {
    String tag = unique("down").toLowerCase();
    List<String> emails = List.of("a." + tag + "@example.org", "b." + tag + "@example.org");
    int meeting = meetingFor(publishedQuarter(), emails);
    issue(meeting, null);
    await(
        "both copies failed once with no server to connect to",
        60,
        () ->
            deliveries(meeting).stream()
                .allMatch(d -> d.get("state").equals("RETRY") && d.get("lastError") != null));
    GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    mail.start();
    try {
      await("both sent once the server is back", 60, () -> allSettled(meeting));
      List<MimeMessage> received = new ArrayList<>();
      for (MimeMessage m : mail.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().contains(tag)) {
          received.add(m);
        }
      }
      assertInvariant(meeting, received);
      assertThat(deliveries(meeting)).allMatch(d -> d.get("state").equals("SENT"));
      assertThat(deliveries(meeting)).allMatch(d -> ((Number) d.get("attempts")).intValue() >= 2);
    } finally {
      mail.stop();
    }
  }

  static List<MimeMessage> accepted(ScriptedSmtpServer server) throws Exception {
    List<MimeMessage> parsed = new ArrayList<>();
    for (String raw : List.copyOf(server.accepted)) {
      parsed.add(parse(raw));
    }
    return parsed;
  }

  @Test
  void eachFaultClassEndsSentOrFailedWithAnAlert() throws Exception {
    String tag = unique("f").toLowerCase();
    List<String> emails =
        List.of(
            "ok." + tag + "@example.org",
            "busy." + tag + "@example.org",
            "full." + tag + "@example.org",
            "stall." + tag + "@example.org",
            "reject." + tag + "@example.org");
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(SMTP_PORT)) {
      int meeting = meetingFor(publishedQuarter(), emails);
      issue(meeting, null);
      await("every fault settled", 90, () -> allSettled(meeting));
      List<MimeMessage> received = new ArrayList<>();
      for (String raw : server.accepted) {
        MimeMessage m = parse(raw);
        if (m.getAllRecipients()[0].toString().contains(tag)) {
          received.add(m);
        }
      }
      assertInvariant(meeting, received);
      Map<String, Map<String, Object>> byEmail =
          deliveries(meeting).stream()
              .collect(Collectors.toMap(d -> ((String) d.get("email")).split("\\.")[0], d -> d));
      assertThat(byEmail.get("ok").get("state")).isEqualTo("SENT");
      assertThat(byEmail.get("busy").get("state")).isEqualTo("SENT");
      assertThat(byEmail.get("full").get("state")).isEqualTo("SENT");
      assertThat(byEmail.get("stall").get("state")).isEqualTo("SENT");
      assertThat(byEmail.get("reject").get("state")).isEqualTo("FAILED_PERMANENT");
      assertThat(byEmail.get("reject").get("lastReplyCode")).isEqualTo(550);
      assertThat(byEmail.get("reject").get("attempts")).isEqualTo(1);
      // The permanent failure's alert reaches the admins by email, once.
      String rejected = (String) byEmail.get("reject").get("email");
      await(
          "the failure emailed to the admins",
          60,
          () -> {
            try {
              return !alertMails(accepted(server), rejected).isEmpty();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
      Thread.sleep(3_000);
      assertThat(alertMails(accepted(server), rejected)).hasSize(1);
      request()
          .get("/meetings/" + meeting + "/deliveries/" + byEmail.get("busy").get("id"))
          .then()
          .body("attemptLog[0].outcome", equalTo("TRANSIENT"))
          .body("attemptLog[0].replyCode", equalTo(451))
          .body("attemptLog[1].outcome", equalTo("SENT"));
      request()
          .get("/meetings/" + meeting + "/deliveries/" + byEmail.get("full").get("id"))
          .then()
          .body("attemptLog[0].replyCode", equalTo(452));
      request()
          .get("/meetings/" + meeting + "/deliveries/" + byEmail.get("stall").get("id"))
          .then()
          .body("attemptLog[0].outcome", equalTo("TRANSIENT"))
          .body("attemptLog[0].replyCode", equalTo(null));
    }
  }
}
