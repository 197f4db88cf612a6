package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.request;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A server killed with {@code kill -9} in the middle of writes loses none it acknowledged: a second
 * server from the same installation, on the same database, takes writes from four editors and is
 * killed while they write; every figure it answered 200 for is stored (or a later one that was on
 * its way), and the killed server starts again on the same transaction log (docs/reliability.md).
 */
class JvmKillIT {
  private static final String SERVER = "killedServer";
  private static final int WRITERS = 4;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void everyAcknowledgedWriteSurvivesAKillOfTheServer() throws Exception {
    LibertyServers servers = new LibertyServers();
    Assumptions.assumeTrue(servers.available(), "needs the test run's Liberty installation");
    String quarter = Api.freshQuarter();
    String unit = Api.newBusinessUnit();
    List<String> measurements = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      measurements.add("/api/indicators/" + Api.newIndicator(unit) + "/measurements/" + quarter);
    }
    String token = Api.token(Api.ADMIN);
    int port = LibertyServers.freePort();
    // Its writes are what is killed: the test server's own outbox worker sends mail.
    servers.copy(
        SERVER,
        port,
        List.of(),
        "<variable name=\"distribution.worker.enabled\" value=\"false\"/>");
    try {
      servers.start(SERVER, port);
      ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
      List<Future<long[]>> writers = new ArrayList<>();
      for (String path : measurements) {
        writers.add(pool.submit(() -> writeUntilRefused(port, token, path)));
      }
      // Writes under way: at least one acknowledged (the first requests also start the JAX-RS
      // application, which on a busy machine takes seconds), then a little more.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (acknowledgedSoFar.get() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      Thread.sleep(2_000);
      servers.kill(SERVER); // SIGKILL: no shutdown hook, no chance to finish anything
      pool.shutdown();
      assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

      int acknowledgedInAll = 0;
      for (int i = 0; i < WRITERS; i++) {
        long[] sent = writers.get(i).get(); // {last acknowledged, last attempted}
        acknowledgedInAll += sent[0];
        String path = measurements.get(i).substring("/api".length());
        io.restassured.response.Response answer = request().get(path);
        if (sent[0] == 0 && answer.statusCode() == 404) {
          continue; // on a busy machine a writer may get no answer before the kill: nothing lost
        }
        Object value = answer.then().statusCode(200).extract().path("value");
        long stored = new java.math.BigDecimal(value.toString()).longValueExact();
        assertThat(stored)
            .as("%s: stored value against the last acknowledged %d", path, sent[0])
            .isBetween(sent[0], sent[1]);
      }
      assertThat(acknowledgedInAll).as("writes acknowledged before the kill").isPositive();
      System.out.printf(
          "JvmKillIT: %d writes acknowledged before kill -9, every one stored%n",
          acknowledgedInAll);

      servers.start(SERVER, port); // recovers from its transaction log after the kill
      assertThat(LibertyServers.get(port, "/health/ready")).isEqualTo(200);
    } finally {
      servers.stop(SERVER);
      servers.delete(SERVER);
    }
  }

  /** Writes 1, 2, 3, … until the server stops answering; the last value answered 200, and tried. */
  private final java.util.concurrent.atomic.AtomicLong acknowledgedSoFar =
      new java.util.concurrent.atomic.AtomicLong();

  private long[] writeUntilRefused(int port, String token, String path) {
    long acknowledged = 0;
    for (long value = 1; ; value++) {
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + Api.CONTEXT_PATH + path))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": " + value + "}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          acknowledged = value;
          acknowledgedSoFar.incrementAndGet();
        }
      } catch (IOException | InterruptedException killed) {
        return new long[] {acknowledged, value};
      }
    }
  }
}
