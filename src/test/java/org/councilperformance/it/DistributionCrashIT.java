package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.unique;
import static org.councilperformance.it.DistributionIT.assertInvariant;
import static org.councilperformance.it.DistributionIT.await;
import static org.councilperformance.it.DistributionIT.issue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Distribution through crashes (docs/reliability.md#distribution-crashes), with servers of its own
 * copied from the tests' server (which has stopped: this runs in the crash-tests execution) on the
 * tests' database: two servers at once, one killed with {@code kill -9}; the database killed and
 * started again mid-batch; a server halted (Runtime.halt, the distribution.test.haltAt hook) after
 * claiming, after the mail server accepted a copy, and mid-generation. Each meeting ends with
 * DistributionIT's invariant: every copy SENT (or FAILED_PERMANENT with an alert), every member at
 * least one copy, extra copies with the same Message-ID, attachments the archive's bytes.
 */
class DistributionCrashIT {
  private static final int SMTP_PORT = Integer.getInteger("mail.test.port", 9025);

  /** Free ports unless given: several builds may run this at once on one machine. */
  private static final int PORT_A = Integer.getInteger("crash.port.a", LibertyServers.freePort());

  private static final int PORT_B = Integer.getInteger("crash.port.b", LibertyServers.freePort());

  static {
    // Api's calls go to the first of this test's servers: set before Api is first used.
    System.setProperty(
        "app.baseUrl", "http://localhost:" + PORT_A + System.getProperty("app.context.root", "/"));
  }

  private static final String A = "crashA";
  private static final String B = "crashB";
  private static final String DB_URL =
      "jdbc:mariadb://127.0.0.1:"
          + System.getProperty("db.port", "33061")
          + "/council_performance?user=root";

  /** Leases short enough that a halted server's claims are taken over within the test. */
  private static final List<String> SHORT_LEASE = List.of("-Dmail.lease.seconds=10");

  private final LibertyServers servers = new LibertyServers();
  private GreenMail mail;
  private Process restartedDatabase;

  @AfterEach
  void stopEverything() throws Exception {
    for (String name : List.of(A, B)) {
      servers.stop(name);
      servers.delete(name);
    }
    if (mail != null) {
      mail.stop();
    }
    if (restartedDatabase != null) {
      // The database this test started again in place of the build's: stopped as the build's
      // would be at its end, so no process outlives the build.
      restartedDatabase.destroy();
      restartedDatabase.waitFor(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void noMemberIsMissedThroughKillsHaltsAndADatabaseRestart() throws Exception {
    Assumptions.assumeTrue(servers.available(), "needs the test run's Liberty installation");
    mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    mail.start();
    servers.copy(A, PORT_A, SHORT_LEASE, "");
    servers.copy(B, PORT_B, SHORT_LEASE, "");
    CompletableFuture<Void> startingB =
        CompletableFuture.runAsync(
            () -> {
              try {
                servers.start(B, PORT_B);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    servers.start(A, PORT_A);
    startingB.get(5, TimeUnit.MINUTES);
    long started = System.nanoTime();

    // Set up while A answers: meetings far ahead (not due), made due later by moving their date.
    String quarter = DistributionIT.publishedQuarter();
    Meeting twoServers = meeting(quarter, 8);
    Meeting failover = meeting(quarter, 6);
    Meeting databaseRestart = meeting(quarter, 40);
    Meeting halted = meeting(quarter, 12);

    // Two servers on one database: one run, one edition, one copy per member.
    makeDue(twoServers);
    // Bound by the timer's takeover: the suite's own server, stopped just before, may still own the
    // persistent timer, and another server claims it only once missedTaskThreshold has passed
    // (docs/reliability.md#distribution-crashes: 141–154 s measured).
    awaitSent(twoServers, 300);
    assertThat(runs(twoServers)).hasSize(1);
    assertThat(count("select count(*) from pack_edition where meeting_id = ?", twoServers.id))
        .isEqualTo(1);
    assertThat(copies(twoServers)).allSatisfy((id, copies) -> assertThat(copies).hasSize(1));
    String timerOwner = runs(twoServers).get(0);
    System.out.printf("DistributionCrashIT: two servers, the run recorded by %s%n", timerOwner);

    // The database killed and started again while the servers send a batch.
    issue(databaseRestart.id, null);
    await(
        "the batch under way",
        60,
        () -> count(sentOf(), databaseRestart.id) > 0 || allSettled(databaseRestart));
    long sentBefore = count(sentOf(), databaseRestart.id);
    restartTheDatabase();
    System.out.printf(
        "DistributionCrashIT: database killed with %d of 40 copies sent%n", sentBefore);
    awaitSent(databaseRestart, 180);

    // The timer's owner killed: the other server records the next run, once.
    String owner = pidOf(A).equals(timerOwner.split("@")[0]) ? A : B;
    String survivor = owner.equals(A) ? B : A;
    servers.kill(owner);
    long killed = System.nanoTime();
    makeDue(failover);
    awaitSent(failover, 300);
    assertThat(runs(failover)).hasSize(1);
    assertThat(runs(failover).get(0)).startsWith(pidOf(survivor) + "@");
    System.out.printf(
        "DistributionCrashIT: %s killed; %s ran the timer and sent the pack %d s later%n",
        owner, survivor, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killed));
    servers.stop(survivor);

    // One server, halted at each point in turn, then started plainly.
    armHalt("midGeneration");
    servers.start(A, PORT_A);
    makeDue(halted);
    awaitHalt(A);
    assertThat(count("select count(*) from pack_edition where meeting_id = ?", halted.id))
        .as("nothing of a pack halted mid-generation is kept")
        .isZero();
    assertThat(
            count(
                "select count(*) from distribution_run where meeting_id = ? and state ="
                    + " 'PENDING'",
                halted.id))
        .isEqualTo(1);

    armHalt("afterClaim");
    startAndAwaitHalt(A);
    assertThat(count("select count(*) from pack_edition where meeting_id = ?", halted.id))
        .isEqualTo(1);
    assertThat(count(stateOf("SENDING"), halted.id)).as("claimed, not sent").isPositive();
    assertThat(copies(halted)).isEmpty();

    armHalt("afterAccept");
    startAndAwaitHalt(A);
    Map<String, List<MimeMessage>> accepted = copies(halted);
    assertThat(accepted).as("the copy accepted before the halt").hasSize(1);
    String acceptedId = accepted.keySet().iterator().next();
    assertThat(stateOfMessage(acceptedId)).as("accepted, not recorded").isEqualTo("SENDING");

    armHalt("off");
    servers.start(A, PORT_A);
    awaitSent(halted, 120);
    assertThat(copies(halted).get(acceptedId))
        .as("the copy accepted before the halt, sent again with its Message-ID")
        .hasSize(2);

    for (Meeting m : List.of(twoServers, databaseRestart, failover, halted)) {
      assertInvariant(m.id, received(m));
      assertThat(copies(m)).hasSize(m.members);
    }
    System.out.printf(
        "DistributionCrashIT: every scenario settled, %d s after the servers started%n",
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
  }

  private record Meeting(int id, String tag, int members) {}

  /** A committee of {@code members}, its meeting far ahead on a published quarter. */
  private static Meeting meeting(String quarter, int members) {
    String tag = unique("crash").toLowerCase();
    List<String> emails =
        IntStream.rangeClosed(1, members)
            .mapToObj(i -> "m" + i + "." + tag + "@example.org")
            .toList();
    return new Meeting(DistributionIT.meetingFor(quarter, emails), tag, members);
  }

  /** Moves the meeting to three days ahead: its papers are due, and the timer records its run. */
  private static void makeDue(Meeting meeting) throws SQLException {
    LocalDateTime soon = LocalDate.now(ZoneId.of("Europe/London")).plusDays(3).atTime(18, 30);
    try (Connection c = DriverManager.getConnection(DB_URL);
        PreparedStatement s = c.prepareStatement("update meeting set starts_at = ? where id = ?")) {
      s.setTimestamp(1, Timestamp.valueOf(soon));
      s.setInt(2, meeting.id);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static String sentOf() {
    return stateOf("SENT");
  }

  private static String stateOf(String state) {
    return "select count(*) from delivery d join pack_edition e on e.id = d.edition_id"
        + " where e.meeting_id = ? and d.state = '"
        + state
        + "'";
  }

  private static boolean allSettled(Meeting meeting) {
    return count(
            "select count(*) from delivery d join pack_edition e on e.id = d.edition_id"
                + " where e.meeting_id = ? and d.state in ('SENT', 'FAILED_PERMANENT')",
            meeting.id)
        == meeting.members;
  }

  private static void awaitSent(Meeting meeting, long boundSeconds) {
    await(
        meeting.members + " copies settled for meeting " + meeting.id,
        boundSeconds,
        () -> allSettled(meeting));
  }

  /** The servers (pid@host) whose timer recorded the meeting's runs. */
  private static List<String> runs(Meeting meeting) throws SQLException {
    List<String> by = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(DB_URL);
        PreparedStatement s =
            c.prepareStatement("select recorded_by from distribution_run where meeting_id = ?")) {
      s.setInt(1, meeting.id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          by.add(r.getString(1));
        }
      }
    }
    return by;
  }

  private static long count(String sql, int meetingId) {
    try (Connection c = DriverManager.getConnection(DB_URL);
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setInt(1, meetingId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException databaseAway) {
      return -1; // being restarted: not yet
    }
  }

  private static String stateOfMessage(String messageId) throws SQLException {
    try (Connection c = DriverManager.getConnection(DB_URL);
        PreparedStatement s =
            c.prepareStatement("select state from delivery where message_id = ?")) {
      s.setString(1, messageId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  /** What GreenMail accepted for the meeting's members. */
  private List<MimeMessage> received(Meeting meeting) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().contains(meeting.tag)) {
        found.add(m);
      }
    }
    return found;
  }

  /** The copies accepted for the meeting, by Message-ID. */
  private Map<String, List<MimeMessage>> copies(Meeting meeting) throws Exception {
    Map<String, List<MimeMessage>> byId = new HashMap<>();
    for (MimeMessage m : received(meeting)) {
      byId.computeIfAbsent(m.getMessageID(), k -> new ArrayList<>()).add(m);
    }
    return byId;
  }

  private String pidOf(String server) throws Exception {
    return String.valueOf(servers.jvm(server).pid());
  }

  private void armHalt(String point) throws Exception {
    List<String> options = new ArrayList<>(SHORT_LEASE);
    options.add("-Ddistribution.test.haltAt=" + point);
    servers.setJvmOptions(A, options);
  }

  /** Starts the server, which halts before or after it answers ready; waits for its JVM to end. */
  private void startAndAwaitHalt(String name) throws Exception {
    CompletableFuture<Void> starting =
        CompletableFuture.runAsync(
            () -> {
              try {
                servers.start(name, PORT_A);
              } catch (Exception | AssertionError haltedFirst) {
                // halted before it answered ready: what awaitHalt waits for
              }
            });
    await("server " + name + " started", 240, () -> pidFile(name) || starting.isDone());
    awaitHalt(name);
    starting.cancel(true);
  }

  private boolean pidFile(String name) {
    try {
      return servers.jvm(name).isAlive();
    } catch (Exception | AssertionError notYet) {
      return false;
    }
  }

  private void awaitHalt(String name) throws Exception {
    ProcessHandle jvm = servers.jvm(name);
    jvm.onExit().get(3, TimeUnit.MINUTES);
    System.out.printf("DistributionCrashIT: %s halted%n", name);
  }

  /**
   * Kills the tests' MariaDB (SIGKILL) and starts it again on the same data, with the same command
   * line, as a crash and a restart would.
   */
  private void restartTheDatabase() throws Exception {
    String port = System.getProperty("db.port", "33061");
    ProcessHandle mysqld =
        ProcessHandle.allProcesses()
            .filter(
                p ->
                    p.info().command().map(c -> c.matches(".*/(mysqld|mariadbd)")).orElse(false)
                        && p.info()
                            .arguments()
                            .map(a -> List.of(a).contains("--port=" + port))
                            .orElse(false))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no MariaDB on port " + port));
    List<String> command = new ArrayList<>();
    command.add(mysqld.info().command().orElseThrow());
    command.addAll(List.of(mysqld.info().arguments().orElseThrow()));
    mysqld.destroyForcibly();
    mysqld.onExit().get(30, TimeUnit.SECONDS);
    Thread.sleep(3_000); // down a moment, as a restart is
    Path log = Files.createTempFile("crash-mariadb", ".log");
    restartedDatabase =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    await(
        "the database back",
        120,
        () -> {
          try (Connection c = DriverManager.getConnection(DB_URL)) {
            return c.isValid(5);
          } catch (SQLException notYet) {
            return false;
          }
        });
  }
}
