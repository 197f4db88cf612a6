package org.councilperformance.benchmark;

import com.sun.tools.attach.VirtualMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Times the quarterly pack endpoint of a running server: the first request (cold, when run just
 * after the server started) and then the median, minimum and maximum of {@code runs} more.
 *
 * <p>Peak heap is the server JVM's own figure: the harness attaches to the server process (same
 * machine, same user), starts its local JMX agent and reads the heap in use every few milliseconds
 * during each request. It includes whatever else the server held (a few tens of MB of Liberty and
 * the application) and garbage not yet collected.
 *
 * <p>With {@code -DdbPort} the harness also counts the SQL statements one pack request sends, from
 * the bench MariaDB's global counters (nothing else may use that database meanwhile).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.councilperformance.benchmark.PackTiming \
 *   -DbaseUrl=http://localhost:9085 -Duser=bench -Dpassword=… \
 *   -Dquery='period=2018-19-Q2&amp;format=pdf' -Druns=10 \
 *   -Dpid=$(pgrep -f "$PWD/target/liberty/wlp/bin/tools/ws-javaagent") -DdbPort=33081
 * </pre>
 */
public final class PackTiming {
  private PackTiming() {}

  public static void main(String[] args) throws Exception {
    BenchApi api = BenchApi.fromSystemProperties();
    String query = System.getProperty("query", "period=2018-19-Q2&format=pdf");
    int runs = Integer.getInteger("runs", 10);
    String path = "/api/reports/quarterly?" + query;
    try (HeapPeaks heap = HeapPeaks.attach(serverPid())) {
      List<Double> warm = new ArrayList<>();
      List<Long> peaks = new ArrayList<>();
      for (int i = 0; i <= runs; i++) {
        heap.reset();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = api.getBytes(path);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.peak();
        if (response.statusCode() != 200) {
          throw new IllegalStateException(
              "GET " + path + " → " + response.statusCode() + ": " + new String(response.body()));
        }
        if (i == 0) {
          System.out.printf(
              "%s%n  first request: %.3f s, %s, %d bytes, peak heap %s%n",
              path, seconds, pages(response.body(), query), response.body().length, mb(peak));
        } else {
          warm.add(seconds);
          peaks.add(peak);
        }
      }
      if (!warm.isEmpty()) {
        List<Double> sorted = new ArrayList<>(warm);
        Collections.sort(sorted);
        System.out.printf(
            "  %d warm requests: median %.3f s, min %.3f s, max %.3f s; peak heap max %s%n",
            warm.size(),
            median(sorted),
            sorted.get(0),
            sorted.get(sorted.size() - 1),
            mb(Collections.max(peaks)));
      }
      System.out.printf("  server max heap %s%n", mb(heap.max()));
    }
    Integer dbPort = Integer.getInteger("dbPort");
    if (dbPort != null) {
      countStatements(api, path, dbPort);
    }
  }

  static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static String mb(long bytes) {
    return bytes < 0 ? "n/a" : "%d MB".formatted(Math.round(bytes / 1_048_576.0));
  }

  private static String pages(byte[] body, String query) {
    if (!query.contains("format=pdf")) {
      return "not a PDF";
    }
    try (PDDocument pdf = Loader.loadPDF(body)) {
      return pdf.getNumberOfPages() + " pages";
    } catch (Exception e) {
      return "unreadable PDF (" + e.getMessage() + ")";
    }
  }

  /** {@code -Dpid}: liberty:run writes no pid file; docs/benchmarks.md shows how to find it. */
  private static long serverPid() {
    String pid = System.getProperty("pid");
    if (pid == null || pid.isBlank()) {
      throw new IllegalArgumentException("-Dpid=<the Liberty server's process id> is required");
    }
    return Long.parseLong(pid.trim());
  }

  /** SELECTs and all statements the server sent to MariaDB for one request. */
  private static void countStatements(BenchApi api, String path, int dbPort) throws SQLException {
    String url = "jdbc:mariadb://127.0.0.1:" + dbPort + "/council_performance?user=root";
    try (Connection db = DriverManager.getConnection(url)) {
      long[] before = counters(db);
      HttpResponse<byte[]> response = api.getBytes(path);
      long[] after = counters(db);
      // The one SHOW STATUS of ours between the readings counts as a question.
      System.out.printf(
          "  SQL for one request (HTTP %d): %d SELECT, %d statements in all%n",
          response.statusCode(), after[0] - before[0], after[1] - before[1] - 1);
    }
  }

  private static long[] counters(Connection db) throws SQLException {
    long select = 0;
    long questions = 0;
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select', 'Questions')")) {
      while (r.next()) {
        if (r.getString(1).equalsIgnoreCase("Com_select")) {
          select = r.getLong(2);
        } else {
          questions = r.getLong(2);
        }
      }
    }
    return new long[] {select, questions};
  }

  /**
   * The heap in use in another JVM on this machine, read through its local JMX agent every few
   * milliseconds while a request runs. Used heap includes garbage not yet collected, so the peak
   * says as much about the collector as about the request; the smallest -Xmx the pack renders in
   * (docs/benchmarks.md) is the firmer figure.
   */
  static final class HeapPeaks implements AutoCloseable {
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    private HeapPeaks(JMXConnector connector, MemoryMXBean memory) {
      this.connector = connector;
      this.memory = memory;
      this.sampler = new Thread(this::sample, "heap-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }

    static HeapPeaks attach(long pid) throws Exception {
      VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
      String address;
      try {
        address = vm.startLocalManagementAgent();
      } finally {
        vm.detach();
      }
      JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
      MBeanServerConnection server = connector.getMBeanServerConnection();
      MemoryMXBean memory =
          ManagementFactory.newPlatformMXBeanProxy(
              server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
      return new HeapPeaks(connector, memory);
    }

    private void sample() {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          long used = memory.getHeapMemoryUsage().getUsed();
          peak.accumulateAndGet(used, Math::max);
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException e) {
          // The connection closed while sampling: the harness is finishing.
          return;
        }
      }
    }

    void reset() {
      peak.set(0);
    }

    long peak() {
      return peak.get();
    }

    /** The server's maximum heap (-Xmx or the JVM's default). */
    long max() {
      return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() throws Exception {
      sampler.interrupt();
      sampler.join();
      connector.close();
    }
  }
}
