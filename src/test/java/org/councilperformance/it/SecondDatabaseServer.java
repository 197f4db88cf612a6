package org.councilperformance.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second, empty MariaDB server from the embedded database's binaries, with privilege checks on
 * (the embedded one runs without them), in a temporary folder: where a backup is restored and the
 * application's least-privileged user is tried, as on a council's own database server.
 */
final class SecondDatabaseServer implements AutoCloseable {
  private final Path dir;
  private final Process process;
  private final int port;

  private SecondDatabaseServer(Path dir, Process process, int port) {
    this.dir = dir;
    this.process = process;
    this.port = port;
  }

  static SecondDatabaseServer start(Path base) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("second-mariadb");
    Path data = dir.resolve("data");
    Process install =
        new ProcessBuilder(
                base.resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults",
                "--basedir=" + base,
                "--datadir=" + data,
                "--auth-root-authentication-method=normal",
                // Accounts by address only: this machine's name need not resolve.
                "--skip-name-resolve",
                "--force",
                "--user=" + System.getProperty("user.name"))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("install.log").toFile())
            .start();
    if (!install.waitFor(3, TimeUnit.MINUTES) || install.exitValue() != 0) {
      throw new IllegalStateException(
          "mariadb-install-db failed: " + Files.readString(dir.resolve("install.log")));
    }
    int port = freePort();
    Process server =
        new ProcessBuilder(
                base.resolve("bin/mariadbd").toString(),
                "--no-defaults",
                "--basedir=" + base,
                "--datadir=" + data,
                "--port=" + port,
                "--socket=" + dir.resolve("mariadb.sock"),
                "--bind-address=127.0.0.1",
                "--skip-name-resolve",
                "--user=" + System.getProperty("user.name"),
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    SecondDatabaseServer second = new SecondDatabaseServer(dir, server, port);
    second.awaitConnections();
    return second;
  }

  int port() {
    return port;
  }

  String url(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
  }

  /** Root, from 127.0.0.1, with no password: a freshly installed server's administrator. */
  Connection root() throws SQLException {
    return DriverManager.getConnection(url(""), "root", "");
  }

  private void awaitConnections() throws IOException, InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
    while (true) {
      try (Connection c = root()) {
        return;
      } catch (SQLException notYet) {
        if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
          close();
          throw new IllegalStateException(
              "second MariaDB did not start: " + Files.readString(dir.resolve("server.log")),
              notYet);
        }
        Thread.sleep(250);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
