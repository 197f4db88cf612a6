package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backup recipe and the least-privilege user of docs/operations.md, carried out for real: the
 * embedded database is dumped and restored into a fresh database on a second MariaDB server (with
 * privilege checks on), where every table holds exactly what it held, and the application's own
 * user, with only the privileges the docs grant, finds it up to date and can create every table in
 * an empty database.
 */
class BackupRestoreIT {
  private static final String DATABASE = "council_performance";

  /** The privileges docs/operations.md grants the application's user, and no more. */
  private static final String PRIVILEGES = "SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX";

  private static final String PORT = System.getProperty("db.port", "33061");
  private static Path base;
  private static SecondDatabaseServer second;

  @BeforeAll
  static void startASecondServer() throws IOException, InterruptedException {
    Assumptions.assumeTrue(
        System.getenv("DB_HOST") == null, "uses the embedded database's binaries and root account");
    base = Path.of(System.getProperty("db.base", "target/test-db/base"));
    Assumptions.assumeTrue(Files.isExecutable(base.resolve("bin/mariadb-dump")), "no binaries");
    second = SecondDatabaseServer.start(base);
  }

  @AfterAll
  static void stopTheSecondServer() throws IOException, InterruptedException {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void aDumpRestoredIntoAFreshDatabaseHoldsEveryTableAsItWas() throws Exception {
    String quarter = Api.freshQuarter();
    String code = Api.newIndicator(Api.newBusinessUnit());
    Api.json("{\"value\": 12.345678, \"commentary\": \"Résumé — ✓ kept in the backup\"}")
        .put("/indicators/" + code + "/measurements/" + quarter)
        .then()
        .statusCode(200);
    String copy = "restored_" + System.currentTimeMillis();
    Path dump = Files.createTempFile("council-performance", ".sql");
    try {
      run(
          dump.toFile(),
          null,
          "mariadb-dump",
          "--single-transaction",
          "--quick",
          "--default-character-set=utf8mb4",
          "--protocol=TCP",
          "-h",
          "127.0.0.1",
          "-P",
          PORT,
          "-u",
          "root",
          DATABASE);
      try (Connection root = second.root()) {
        execute(
            root, "CREATE DATABASE " + copy + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      }
      run(
          null,
          dump.toFile(),
          "mariadb",
          "--default-character-set=utf8mb4",
          "--protocol=TCP",
          "-h",
          "127.0.0.1",
          "-P",
          String.valueOf(second.port()),
          "-u",
          "root",
          copy);

      Map<String, Long> original = checksums(url(DATABASE));
      assertThat(original).containsKeys("measurement", "measurement_aud", "flyway_schema_history");
      assertThat(checksums(second.url(copy))).isEqualTo(original);
      assertThat(alertMails(second.url(copy))).isEqualTo(alertMails(url(DATABASE)));
      try (Connection restored = DriverManager.getConnection(second.url(copy), "root", "");
          Statement s = restored.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT m.commentary FROM measurement m JOIN indicator i"
                      + " ON i.id = m.indicator_id WHERE i.code = '"
                      + code
                      + "'")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("Résumé — ✓ kept in the backup");
      }
      // The application's own user finds the restored database up to date and can work in it.
      String user = leastPrivilegedUser(copy);
      assertThat(flyway(copy, user).migrate().migrationsExecuted).isZero();
      assertThat(flyway(copy, user).info().pending()).isEmpty();
    } finally {
      Files.deleteIfExists(dump);
    }
  }

  @Test
  void theApplicationsUserWithTheDocumentedPrivilegesCanCreateEveryTable() throws SQLException {
    String fresh = "fresh_" + System.currentTimeMillis();
    try (Connection root = second.root()) {
      execute(
          root, "CREATE DATABASE " + fresh + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    String user = leastPrivilegedUser(fresh);
    assertThat(flyway(fresh, user).migrate().success).isTrue();
    assertThat(checksums(second.url(fresh)).keySet()).isEqualTo(checksums(url(DATABASE)).keySet());
    try (Connection app = DriverManager.getConnection(second.url(fresh), user, user + "-pw")) {
      execute(app, "INSERT INTO directorate (code, name) VALUES ('PRIV-D', 'Privileges')");
      execute(app, "UPDATE directorate SET name = 'Renamed' WHERE code = 'PRIV-D'");
      execute(app, "DELETE FROM directorate WHERE code = 'PRIV-D'");
      // Nothing beyond the grant: the user cannot drop what it made.
      assertThatThrownBy(() -> execute(app, "DROP TABLE directorate"))
          .isInstanceOf(SQLException.class);
    }
  }

  /** A user of the second server with only the documented privileges on one database. */
  private static String leastPrivilegedUser(String database) throws SQLException {
    String user = "cp_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    try (Connection root = second.root()) {
      execute(root, "CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + user + "-pw'");
      execute(root, "GRANT " + PRIVILEGES + " ON " + database + ".* TO '" + user + "'@'127.0.0.1'");
    }
    return user;
  }

  private static Flyway flyway(String database, String user) {
    return Flyway.configure()
        .dataSource(second.url(database), user, user + "-pw")
        .locations("classpath:db/migration")
        .load();
  }

  /**
   * CHECKSUM TABLE of every base table: equal checksums mean equal rows. Liberty's persistent-timer
   * tables (WLP…) are left out: Liberty creates them at start, not the migrations, and every firing
   * of the distribution timer rewrites them (docs/operations.md#distribution).
   */
  /** The alert emails' fixed columns, as restored; their attempts may move on meanwhile. */
  private static List<String> alertMails(String url) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(url, "root", "");
        Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT id, alert_id, recipient_email, message_id, give_up_at FROM alert_mail"
                    + " ORDER BY id")) {
      while (r.next()) {
        rows.add(
            r.getLong(1)
                + " "
                + r.getLong(2)
                + " "
                + r.getString(3)
                + " "
                + r.getString(4)
                + " "
                + r.getTimestamp(5));
      }
    }
    return rows;
  }

  private static Map<String, Long> checksums(String url) throws SQLException {
    Map<String, Long> sums = new LinkedHashMap<>();
    try (Connection db = DriverManager.getConnection(url, "root", "")) {
      String database = db.getCatalog();
      List<String> tables = new ArrayList<>();
      try (Statement s = db.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                      + database
                      + "' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'WLP%'"
                      // The running server's outbox retries alert emails every few seconds while
                      // no mail server listens (the test's own rows, not the backup's doing): its
                      // fixed columns are compared instead (below).
                      + " AND table_name <> 'alert_mail'"
                      // Signed-in sessions (V27): each request and Liberty's expiry sweep rewrite
                      // them; sessions are not the council's data.
                      + " AND table_name <> 'council_performance_sessions'"
                      + " ORDER BY table_name")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String table : tables) {
        try (Statement s = db.createStatement();
            ResultSet r = s.executeQuery("CHECKSUM TABLE `" + table + "` EXTENDED")) {
          r.next();
          sums.put(table, r.getLong(2));
        }
      }
    }
    return sums;
  }

  private static void run(File output, File input, String tool, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(base.resolve("bin").resolve(tool).toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(output == null);
    if (output != null) {
      builder.redirectOutput(output);
    }
    if (input != null) {
      builder.redirectInput(input);
    }
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(tool + " finished").isTrue();
    String errors = new String(process.getErrorStream().readAllBytes());
    assertThat(process.exitValue()).as(tool + ": " + errors).isZero();
  }

  private static String url(String database) {
    return "jdbc:mariadb://127.0.0.1:" + PORT + "/" + database;
  }

  private static void execute(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }
}
