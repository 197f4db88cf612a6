package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.request;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers behind a load balancer (docs/operations.md#two-servers-behind-a-load-balancer): two
 * copies of the tests' server on the tests' database, and a round-robin proxy without sticky
 * sessions in front of them, through which every request here goes. A person signs in and works on
 * both servers; the server their last request went to is killed ({@code kill -9}) and they carry on
 * through the other, signed in, with the same CSRF token and their unsaved draft. A sign-out or a
 * role change on one server holds on the other; the persistent timer records a due meeting's run
 * once. Not part of {@code mvn verify}: {@code mvn -o verify -Ptwo-servers}
 * (docs/benchmarks.md#two-servers).
 */
class TwoServersIT {
  private static final String A = "twoServersA";
  private static final String B = "twoServersB";
  private static final int PORT_A = Integer.getInteger("two.servers.port.a", 9481);
  private static final int PORT_B = Integer.getInteger("two.servers.port.b", 9482);
  private static final int PROXY_PORT = Integer.getInteger("two.servers.proxy.port", 9483);

  static {
    RoundRobinProxy.allowHostHeader();
    // Api's and PortalSession's requests go through the proxy: set before Api is first used.
    System.setProperty(
        "app.baseUrl",
        "http://localhost:" + PROXY_PORT + System.getProperty("app.context.root", "/"));
  }

  private static final String DB_URL =
      "jdbc:mariadb://127.0.0.1:"
          + System.getProperty("db.port", "33061")
          + "/council_performance?user=root";

  private static final Duration STARTUP = Duration.ofMinutes(12);

  private static final LibertyServers servers = new LibertyServers();
  private static RoundRobinProxy proxy;

  @BeforeAll
  static void startTwoServersAndTheProxy() throws Exception {
    Assumptions.assumeTrue(servers.available(), "needs the test run's Liberty installation");
    servers.copy(A, PORT_A, List.of(), "");
    servers.copy(B, PORT_B, List.of(), "");
    // One after the other: the first migrates a fresh database and loads the sample council.
    // Generous bounds: on a busy 2-core machine a first start has taken over 4 minutes.
    servers.start(A, PORT_A, STARTUP);
    servers.start(B, PORT_B, STARTUP);
    proxy = new RoundRobinProxy(PROXY_PORT, Map.of(A, PORT_A, B, PORT_B));
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (proxy != null) {
      proxy.close();
    }
    // Stopped, and kept with their logs under target/ until the next run copies them afresh.
    for (String name : List.of(A, B)) {
      servers.stop(name);
    }
  }

  @Test
  void aPersonCarriesOnThroughTheOtherServerWhenTheirsIsKilled() throws Exception {
    String quarter = Api.freshQuarter();
    String indicator = Api.newIndicator("HOUSING");
    json(object().add("value", 100))
        .put("/indicators/" + indicator + "/targets/" + quarter)
        .then()
        .statusCode(200);
    String figurePage = "/quarters/" + quarter + "/indicators/" + indicator;

    // Signed in through the proxy: the sign-in page's token was issued by one server and checked
    // by the other.
    Set<String> answeredBy = new HashSet<>();
    PortalSession editor = PortalSession.of(Api.EDITOR);
    answeredBy.add(proxy.lastServer());
    String csrf = editor.csrfToken();

    // Work on both servers: the API with the session's CSRF token, a portal page, a draft figure
    // (continue, then the check page, not saved).
    assertThat(apiChange(editor, csrf).statusCode()).isEqualTo(201);
    answeredBy.add(proxy.lastServer());
    assertThat(editor.get("/").statusCode()).isEqualTo(200);
    answeredBy.add(proxy.lastServer());
    Response draft =
        editor.post(
            figurePage,
            Map.of(
                "figure",
                "value",
                "value",
                "432",
                "commentary",
                "Draft kept across servers",
                "version",
                ""));
    assertThat(draft.statusCode()).isEqualTo(303);
    answeredBy.add(proxy.lastServer());
    assertThat(editor.get(figurePage + "/check").body().asString()).contains("432");
    answeredBy.add(proxy.lastServer());
    assertThat(answeredBy).as("the person's requests went to both servers").contains(A, B);

    // kill -9 of the server the last request went to.
    String killed = proxy.lastServer();
    String survivor = killed.equals(A) ? B : A;
    servers.kill(killed);
    long afterKill = System.nanoTime();

    Response session = editor.withoutToken().get("/api/session");
    long carriedOnMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - afterKill);
    assertThat(proxy.lastServer()).isEqualTo(survivor);
    assertThat(session.statusCode()).as("still signed in on %s", survivor).isEqualTo(200);
    assertThat(session.jsonPath().getString("username")).isEqualTo(Api.EDITOR);
    assertThat(session.jsonPath().getString("csrfToken")).isEqualTo(csrf);
    assertThat(apiChange(editor, csrf).statusCode()).as("the same CSRF token").isEqualTo(201);
    Response check = editor.get(figurePage + "/check");
    assertThat(check.statusCode()).isEqualTo(200);
    assertThat(check.body().asString()).as("the draft").contains("432");
    // "Save" on the check page posts the draft's answers it carries.
    Map<String, String> answers = new HashMap<>();
    for (Element field :
        Jsoup.parse(check.body().asString()).select("form[action$=/save] input[type=hidden]")) {
      answers.put(field.attr("name"), field.attr("value"));
    }
    assertThat(answers.remove("csrfToken")).as("the page's CSRF token").isEqualTo(csrf);
    assertThat(answers).containsEntry("value", "432");
    Response saved = editor.post(figurePage + "/save", answers);
    assertThat(saved.statusCode()).isEqualTo(303);
    request()
        .get("/indicators/" + indicator + "/measurements/" + quarter)
        .then()
        .statusCode(200)
        .body("value", org.hamcrest.Matchers.equalTo(432))
        .body("commentary", org.hamcrest.Matchers.equalTo("Draft kept across servers"));
    System.out.printf(
        "TwoServersIT: %s killed; the next request, on %s, answered signed in after %d ms%n",
        killed, survivor, carriedOnMillis);

    // The killed server starts again and knows the session too.
    start(killed, killed.equals(A) ? PORT_A : PORT_B);
  }

  @Test
  void aSignOutOrARoleChangeOnOneServerHoldsOnTheOther() {
    String password = "a-long-password-two-servers";
    String person = Api.newEditor("HOUSING", password);
    PortalSession signedIn = PortalSession.signIn(person, password);
    // Both servers have read the session (and may keep it in memory).
    for (int i = 0; i < 2; i++) {
      assertThat(signedIn.withoutToken().get("/api/session").statusCode()).isEqualTo(200);
    }

    json(object()
            .add("displayName", "Head of Housing")
            .add("role", "VIEWER")
            .add("businessUnits", Api.array().add("HOUSING")))
        .put("/users/" + person)
        .then()
        .statusCode(200);
    for (int i = 0; i < 2; i++) {
      Response session = signedIn.withoutToken().get("/api/session");
      assertThat(session.jsonPath().getString("role"))
          .as("the new role on %s", proxy.lastServer())
          .isEqualTo("VIEWER");
    }

    String signedOutOn = null;
    Response signOut = signedIn.post("/sign-out", Map.of());
    signedOutOn = proxy.lastServer();
    assertThat(signOut.statusCode()).isEqualTo(303);
    for (int i = 0; i < 2; i++) {
      assertThat(signedIn.withoutToken().get("/api/session").statusCode())
          .as("signed out on %s, asked %s", signedOutOn, proxy.lastServer())
          .isEqualTo(401);
    }
  }

  @Test
  void theTimerRecordsADueMeetingsRunOnceForBothServers() throws Exception {
    String quarter = DistributionIT.publishedQuarter();
    int meeting = DistributionIT.meetingFor(quarter, List.of());
    makeDue(meeting);
    // Bound by the timer's takeover: a server of an earlier run may still own the persistent timer,
    // and these take it over once missedTaskThreshold has passed (about 2.5 minutes measured).
    DistributionIT.await("the meeting's run recorded", 360, () -> count(meeting) == 1);
    long nextFiring = nextFiring();
    // Two more firings of the cluster's one timer add nothing.
    DistributionIT.await("two more firings", 240, () -> nextFiring() >= nextFiring + 60_000);
    assertThat(count(meeting)).isEqualTo(1);
    assertThat(
            single(
                "select count(*) from WLPTASK where INAME like '%council-performance%DistributionTimer'"))
        .as("one timer for the cluster")
        .isEqualTo(1);
  }

  private static Response apiChange(PortalSession session, String csrf) {
    return session
        .withoutToken()
        .header("X-CSRF-Token", csrf)
        .contentType(ContentType.JSON)
        .body(object().add("name", "two servers").build().toString())
        .post("/api/tokens");
  }

  private static void start(String name, int port) {
    try {
      servers.start(name, port, STARTUP);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Its publication date passed: the meeting three days ahead (5 clear working days' notice). */
  private static void makeDue(int meeting) throws SQLException {
    try (Connection c = DriverManager.getConnection(DB_URL);
        PreparedStatement s = c.prepareStatement("update meeting set starts_at = ? where id = ?")) {
      s.setTimestamp(
          1,
          Timestamp.valueOf(LocalDate.now(ZoneId.of("Europe/London")).plusDays(3).atTime(18, 30)));
      s.setInt(2, meeting);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static long count(int meeting) {
    return single("select count(*) from distribution_run where meeting_id = " + meeting);
  }

  /** When the timer fires next (ms since 1970): it moves on each time a firing completes. */
  private static long nextFiring() {
    return single(
        "select NEXTEXEC from WLPTASK where INAME like '%council-performance%DistributionTimer'");
  }

  private static long single(String sql) {
    try (Connection c = DriverManager.getConnection(DB_URL);
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
