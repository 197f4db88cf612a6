package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a council's IT team does (docs/operations.md#on-the-councils-own-liberty): a stock server
 * made with {@code server create} from the test run's Open Liberty, already serving another
 * application at "/" with its own server-wide session settings; the fragment dropped into
 * configDropins/overrides, the WAR into apps/ and the driver into jdbc/, its settings in
 * server.env, the application at /performance on a new, empty database. One server start for every
 * test here.
 */
class StockLibertyIT {
  private static final String SERVER = "councilIt";
  private static final String CONTEXT_ROOT = "/performance";
  private static final String ADMIN = "it.admin";
  private static final String ADMIN_PASSWORD = "a-long-first-admin-password";

  /**
   * HTTP/1.1 as browsers speak it to a plain-HTTP port: the JDK's default asks to upgrade to HTTP/2
   * (h2c), and on Liberty 26.0.0.3 a second request on such a connection never got its answer.
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static final Path WLP = Path.of(System.getProperty("liberty.wlp", "target/liberty/wlp"));
  private static final Path USER_DIR = Path.of("target/stock-liberty/usr").toAbsolutePath();
  private static final Path SERVER_DIR = USER_DIR.resolve("servers/" + SERVER);
  private static final String DATABASE = "stock_liberty_" + System.currentTimeMillis();

  private static int port;

  @BeforeAll
  static void createAndStartAStockServer() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(WLP.resolve("bin/server")), "needs the test run's Liberty installation");
    Assumptions.assumeTrue(
        System.getenv("DB_HOST") == null, "creates a database on the embedded MariaDB");
    LibertyServers.deleteAll(USER_DIR);
    server("create", SERVER);
    port = LibertyServers.freePort();

    // The council's own server: its template, where IT replaced the Java EE 8 jsp-2.3 with its
    // Jakarta EE 10 successor (docs/operations.md#feature-conflicts), its port, its server-wide
    // session timeout of 8 hours, and its own application at "/".
    Path serverXml = SERVER_DIR.resolve("server.xml");
    Files.writeString(
        serverXml,
        Files.readString(serverXml)
            .replace("<feature>jsp-2.3</feature>", "<feature>pages-3.1</feature>")
            .replace("httpPort=\"9080\"", "httpPort=\"" + port + "\"")
            .replace("httpsPort=\"9443\"", "httpsPort=\"-1\"")
            .replace(
                "</server>",
                """
                    <httpSession invalidationTimeout="8h"/>
                    <webApplication id="other" location="other.war" contextRoot="/"/>
                </server>
                """));
    writeOtherApplication(SERVER_DIR.resolve("apps/other.war"));

    // Council Performance, as docs/operations.md says.
    Files.copy(
        Path.of(System.getProperty("app.war", "target/council-performance.war")),
        SERVER_DIR.resolve("apps/council-performance.war"));
    Path overrides = Files.createDirectories(SERVER_DIR.resolve("configDropins/overrides"));
    Path fragment =
        Path.of(
            System.getProperty("app.fragment", "server-config/fragment/council-performance.xml"));
    Files.copy(fragment, overrides.resolve("council-performance.xml"));
    // And the sessions' fragment, as on every server of a cluster
    // (docs/operations.md#two-servers-behind-a-load-balancer).
    Files.copy(
        fragment.resolveSibling("council-performance-sessions.xml"),
        overrides.resolve("council-performance-sessions.xml"));
    Path jdbc = Files.createDirectories(SERVER_DIR.resolve("jdbc"));
    Files.copy(
        WLP.resolve("usr/servers/defaultServer/jdbc/mariadb-java-client.jar"),
        jdbc.resolve("mariadb-java-client.jar"));
    String dbPort = System.getProperty("db.port", "33061");
    try (Connection db =
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/", "root", "");
        Statement s = db.createStatement()) {
      s.execute(
          "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    Files.writeString(
        SERVER_DIR.resolve("server.env"),
        String.join(
            "\n",
            // server create writes keystore_password without a final new line
            "",
            "COUNCIL_PERFORMANCE_CONTEXT_ROOT=" + CONTEXT_ROOT,
            "COUNCIL_PERFORMANCE_DB_HOST=127.0.0.1",
            "COUNCIL_PERFORMANCE_DB_PORT=" + dbPort,
            "COUNCIL_PERFORMANCE_DB_NAME=" + DATABASE,
            "COUNCIL_PERFORMANCE_DB_USER=root",
            // behind IT's TLS proxy: the application's cookie only, not the other one's
            "SESSION_COOKIE_SECURE=true",
            "FIRST_ADMIN_USERNAME=" + ADMIN,
            "FIRST_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
            ""),
        java.nio.file.StandardOpenOption.APPEND,
        java.nio.file.StandardOpenOption.CREATE);

    server("start", SERVER);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
    // Ready (the database answers) and the application's API answering (a 401: not signed in).
    while (LibertyServers.get(port, "/health/ready") != 200
        || LibertyServers.get(port, CONTEXT_ROOT + "/api/session") != 401) {
      assertThat(System.nanoTime())
          .as("ready within 6 minutes (a fresh database is migrated first)")
          .isLessThan(deadline);
      assertThat(failures()).as("messages.log").isEmpty();
      Thread.sleep(500);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (Files.exists(SERVER_DIR)) {
      server("stop", SERVER);
    }
  }

  @Test
  void everyFeatureIsInstalledAndBothApplicationsStarted() throws IOException {
    String log = Files.readString(SERVER_DIR.resolve("logs/messages.log"));
    assertThat(log)
        .containsPattern("CWWKF0012I: .*pages-3\\.1.*servlet-6\\.0") // installed, in this order
        .containsPattern("CWWKZ0001I: Application council-performance started")
        .containsPattern("CWWKZ0001I: Application other started");
    assertThat(log)
        .doesNotContainPattern("CWWKF\\d{4}E")
        .doesNotContain("CWWKF0046W")
        .doesNotContain("CWWKG0033W");
  }

  @Test
  void theOtherApplicationKeepsTheRootAndItsSessionSettings() throws Exception {
    assertThat(get("/").body()).contains("Another council application");
    HttpResponse<String> session = get("/session");
    assertThat(session.body()).contains("timeout=28800");
    String cookie = session.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("JSESSIONID=")
        .contains("Path=/")
        .doesNotContain("SameSite")
        .doesNotContain("Secure");
  }

  @Test
  void healthSignInAndThePortalWorkAtTheContextRoot() throws Exception {
    assertThat(LibertyServers.get(port, "/health/ready")).isEqualTo(200);
    assertThat(get(CONTEXT_ROOT + "/").headers().firstValue("Location").orElseThrow())
        .endsWith(CONTEXT_ROOT + "/portal/");

    HttpResponse<String> signIn =
        send(
            HttpRequest.newBuilder(uri(CONTEXT_ROOT + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\": \""
                            + ADMIN
                            + "\", \"password\": \""
                            + ADMIN_PASSWORD
                            + "\"}")));
    assertThat(signIn.statusCode()).isEqualTo(200);
    List<String> cookies = signIn.headers().allValues("Set-Cookie");
    assertThat(cookies).noneMatch(c -> c.startsWith("JSESSIONID=") || c.startsWith("LtpaToken2="));
    // The last one: the session id changes at sign-in.
    String session =
        cookies.stream().filter(c -> c.startsWith("cp_session=")).reduce((a, b) -> b).orElseThrow();
    assertThat(session)
        .contains("Path=" + CONTEXT_ROOT + ";")
        .contains("; Secure")
        .containsIgnoringCase("HttpOnly")
        .contains("SameSite=Lax");

    String cookie = session.substring(0, session.indexOf(';'));
    // The signed-in session is kept in the application's database, by its id.
    String id = cookie.substring("cp_session=".length());
    String sessionId = id.substring(4, id.contains(":") ? id.indexOf(':') : id.length());
    assertThat(sessionRows(sessionId)).as("the session's row").isEqualTo(1);
    // Your quarter, for the first admin of a new database.
    HttpResponse<String> portal =
        send(HttpRequest.newBuilder(uri(CONTEXT_ROOT + "/portal/")).header("Cookie", cookie));
    assertThat(portal.statusCode()).isEqualTo(200);
    assertThat(portal.body())
        .contains("href=\"" + CONTEXT_ROOT + "/portal/assets/govuk-frontend.min.css\"")
        .contains("action=\"" + CONTEXT_ROOT + "/portal/sign-out\"");
    HttpResponse<String> css = get(CONTEXT_ROOT + "/portal/assets/govuk-frontend.min.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
  }

  private static int sessionRows(String sessionId) throws java.sql.SQLException {
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:"
                    + System.getProperty("db.port", "33061")
                    + "/"
                    + DATABASE,
                "root",
                "");
        java.sql.PreparedStatement s =
            db.prepareStatement(
                "select count(*) from council_performance_sessions where id = ? and username like ?")) {
      s.setString(1, sessionId);
      s.setString(2, "%" + ADMIN);
      try (java.sql.ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** The log's lines saying an application or a feature failed: no use waiting then. */
  private static List<String> failures() throws IOException {
    Path log = SERVER_DIR.resolve("logs/messages.log");
    if (!Files.exists(log)) {
      return List.of();
    }
    try (Stream<String> lines = Files.lines(log)) {
      return lines
          .filter(l -> l.matches(".*(CWWKZ0002E|CWWKF\\d{4}E|CWWKF0046W|CWWKG0033W).*"))
          .toList();
    }
  }

  /**
   * A WAR with a page and a servlet that starts a session and prints its timeout, compiled here
   * against the servlet API the tests compile with.
   */
  private static void writeOtherApplication(Path war) throws Exception {
    Path build = Files.createDirectories(USER_DIR.resolve("../other-app/other"));
    Path source = build.resolve("SessionServlet.java");
    Files.writeString(
        source,
        """
        package other;

        @jakarta.servlet.annotation.WebServlet("/session")
        public class SessionServlet extends jakarta.servlet.http.HttpServlet {
          @Override
          protected void doGet(
              jakarta.servlet.http.HttpServletRequest request,
              jakarta.servlet.http.HttpServletResponse response)
              throws java.io.IOException {
            response.setContentType("text/plain");
            response.getWriter().print("timeout=" + request.getSession(true).getMaxInactiveInterval());
          }
        }
        """);
    String servletApi =
        Path.of(
                jakarta.servlet.http.HttpServlet.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI())
            .toString();
    int compiled =
        javax.tools.ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-classpath",
                servletApi,
                "-d",
                build.toString(),
                source.toString());
    assertThat(compiled).as("the other application's servlet compiles").isZero();
    Map<String, byte[]> files =
        Map.of(
            "index.html",
            "<!DOCTYPE html><title>Other</title><p>Another council application</p>"
                .getBytes(StandardCharsets.UTF_8),
            "WEB-INF/classes/other/SessionServlet.class",
            Files.readAllBytes(build.resolve("other/SessionServlet.class")));
    try (OutputStream out = Files.newOutputStream(war);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
  }

  private static URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(
        request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void server(String action, String name) throws IOException, InterruptedException {
    ProcessBuilder command =
        new ProcessBuilder(WLP.resolve("bin/server").toString(), action, name)
            .redirectErrorStream(true);
    command.environment().put("WLP_USER_DIR", USER_DIR.toString());
    Process p = command.start();
    p.getInputStream().transferTo(System.out);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("server " + action).isTrue();
  }
}
