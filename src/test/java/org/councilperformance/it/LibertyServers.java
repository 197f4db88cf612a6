package org.councilperformance.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * More servers from the test run's Liberty installation, on the same database: copies of the tests'
 * server under other names and ports, started, killed and stopped by the tests that need them
 * (JvmKillIT, DistributionCrashIT).
 */
final class LibertyServers {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Path wlp;

  LibertyServers() {
    this.wlp = Path.of(System.getProperty("liberty.wlp", "target/liberty/wlp"));
  }

  /** Whether the test run's installation is there (not when the tests run against another). */
  boolean available() {
    return Files.isExecutable(wlp.resolve("bin/server"));
  }

  /**
   * The tests' server's configuration under another name, listening on another port, with more JVM
   * options after its own (a later -D wins) and server.xml variables.
   */
  Path copy(String name, int port, List<String> jvmOptions, String variables) throws IOException {
    Path from = wlp.resolve("usr/servers/defaultServer");
    Path to = wlp.resolve("usr/servers/" + name);
    deleteAll(to);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path relative = from.relativize(source);
        String top = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
        if (List.of("logs", "workarea", "tranlog").contains(top)) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    Files.writeString(
        to.resolve("configDropins/overrides/zz-" + name + ".xml"),
        """
        <server>
            <variable name="http.port" value="%d"/>
            <variable name="https.port" value="-1"/>
            %s
        </server>
        """
            .formatted(port, variables));
    setJvmOptions(name, jvmOptions);
    return to;
  }

  /** The copy's own JVM options replaced by the tests' server's and these after them. */
  void setJvmOptions(String name, List<String> jvmOptions) throws IOException {
    Path from = wlp.resolve("usr/servers/defaultServer/jvm.options");
    String own = Files.exists(from) ? Files.readString(from) : "";
    Files.writeString(
        wlp.resolve("usr/servers/" + name + "/jvm.options"),
        own + "\n" + String.join("\n", jvmOptions) + "\n");
  }

  /** Starts the server and waits until it answers ready (the application started too). */
  void start(String name, int port) throws Exception {
    start(name, port, Duration.ofMinutes(4));
  }

  /** The same, waiting as long as given (a first start migrates and loads the sample council). */
  void start(String name, int port, Duration bound) throws Exception {
    run(wlp.resolve("bin/server").toString(), "start", name);
    long deadline = System.nanoTime() + bound.toNanos();
    while (System.nanoTime() < deadline) {
      if (get(port, "/health/ready") == 200) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("server " + name + " did not become ready on port " + port);
  }

  /** The server's JVM, while it runs. */
  ProcessHandle jvm(String name) throws IOException {
    long pid =
        Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid")).trim());
    return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(name + " is not running"));
  }

  /** SIGKILL: no shutdown hook, no chance to finish anything. */
  void kill(String name) throws Exception {
    ProcessHandle jvm = jvm(name);
    jvm.destroyForcibly();
    jvm.onExit().get(30, TimeUnit.SECONDS);
  }

  void stop(String name) throws IOException, InterruptedException {
    run(wlp.resolve("bin/server").toString(), "stop", name);
  }

  void delete(String name) throws IOException {
    deleteAll(wlp.resolve("usr/servers/" + name));
  }

  /** A port free now, for a server about to start. */
  static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static int get(int port, String path) throws InterruptedException {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException notYet) {
      return 0;
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().transferTo(System.out);
    p.waitFor(5, TimeUnit.MINUTES);
  }

  static void deleteAll(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
