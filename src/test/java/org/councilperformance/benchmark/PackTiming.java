package org.councilperformance.benchmark;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Times the quarterly pack endpoint of a running server: the first request (cold, when run just
 * after the server started) and then the median, minimum and maximum of {@code runs} more.
 *
 * <p>Heap figures are the server JVM's own: the harness attaches to the server process (same
 * machine, same user), starts its local JMX agent and reads the heap every few milliseconds during
 * each request: the most in use (garbage included) and the most left after a collection. Both
 * include whatever else the server held (Liberty, Hibernate and the application: about 150 MB).
 *
 * <p>With {@code -DdbPort} the harness also counts the SQL statements one pack request sends, from
 * the bench MariaDB's global counters (nothing else may use that database meanwhile).
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.councilperformance.benchmark.PackTiming \
 *   -DbaseUrl=http://localhost:9085 -Duser=bench -Dpassword=… \
 *   -Dquery='period=2018-19-Q2&amp;format=pdf' -Dwarmups=30 -Druns=30 \
 *   -Dpid=$(pgrep -f "$PWD/target/liberty/wlp/bin/tools/ws-javaagent") -DdbPort=33081
 * </pre>
 */
public final class PackTiming {
  private PackTiming() {}

  public static void main(String[] args) throws Exception {
    BenchApi api = BenchApi.fromSystemProperties();
    String query = System.getProperty("query", "period=2018-19-Q2&format=pdf");
    int runs = Integer.getInteger("runs", 10);
    int warmups = Integer.getInteger("warmups", 0);
    String path = "/api/reports/quarterly?" + query;
    try (HeapPeaks heap = HeapPeaks.attach(serverPid())) {
      List<Double> warm = new ArrayList<>();
      List<Long> peaks = new ArrayList<>();
      List<Long> livePeaks = new ArrayList<>();
      List<Double> data = new ArrayList<>();
      List<Double> render = new ArrayList<>();
      for (int i = 0; i <= warmups + runs; i++) {
        heap.reset();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = api.getBytes(path);
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(20); // the sampler's last reading
        long peak = heap.peak();
        long livePeak = heap.livePeak();
        if (response.statusCode() != 200) {
          throw new IllegalStateException(
              "GET " + path + " → " + response.statusCode() + ": " + new String(response.body()));
        }
        String timing = response.headers().firstValue("Server-Timing").orElse("");
        if (i == 0) {
          System.out.printf(
              "%s%n  first request: %.3f s (data %.3f s, render %.3f s), %s, %d bytes, heap in use"
                  + " at most %s, after a collection at most %s%n",
              path,
              seconds,
              serverSeconds(timing, "data"),
              serverSeconds(timing, "render"),
              pages(response.body(), query),
              response.body().length,
              mb(peak),
              mb(livePeak));
        } else if (i > warmups) {
          warm.add(seconds);
          peaks.add(peak);
          livePeaks.add(livePeak);
          data.add(serverSeconds(timing, "data"));
          render.add(serverSeconds(timing, "render"));
        }
      }
      if (!warm.isEmpty()) {
        List<Double> sorted = new ArrayList<>(warm);
        Collections.sort(sorted);
        Collections.sort(data);
        Collections.sort(render);
        System.out.printf(
            "  %d warm requests (after %d more): median %.3f s (data %.3f s, render %.3f s), min %.3f s, max %.3f"
                + " s; heap in use at most %s, after a collection at most %s%n",
            warm.size(),
            warmups,
            median(sorted),
            median(data),
            median(render),
            sorted.get(0),
            sorted.get(sorted.size() - 1),
            mb(Collections.max(peaks)),
            mb(Collections.max(livePeaks)));
      }
      System.out.printf(
          "  server max heap %s; in use after a full collection between requests %s%n",
          mb(heap.max()), mb(heap.afterFullCollection()));
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

  /** A duration of the answer's Server-Timing header, in seconds (NaN when absent). */
  static double serverSeconds(String header, String name) {
    Matcher m = Pattern.compile("\\b" + name + ";dur=([0-9.]+)").matcher(header);
    return m.find() ? Double.parseDouble(m.group(1)) / 1000 : Double.NaN;
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

  /** The database's Com_select and Questions counters, in that order. */
  static long[] counters(Connection db) throws SQLException {
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
   * The heap of another JVM on this machine, read through its local JMX agent every few
   * milliseconds while a request runs: the most in use (garbage included, so it says as much about
   * the collector as about the request) and the most left after any collection during the request
   * (what the request and the server really held then: the firmer figure).
   */
  static final class HeapPeaks implements AutoCloseable {
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final List<GarbageCollectorMXBean> collectors;
    private final Map<String, Long> lastGc = new ConcurrentHashMap<>();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong livePeak = new AtomicLong(-1);
    private final Thread sampler;

    private HeapPeaks(
        JMXConnector connector, MemoryMXBean memory, List<GarbageCollectorMXBean> collectors) {
      this.connector = connector;
      this.memory = memory;
      this.collectors = collectors;
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
      List<GarbageCollectorMXBean> collectors = new ArrayList<>();
      for (ObjectName name :
          server.queryNames(
              new ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*"),
              null)) {
        collectors.add(
            ManagementFactory.newPlatformMXBeanProxy(
                server, name.getCanonicalName(), GarbageCollectorMXBean.class));
      }
      return new HeapPeaks(connector, memory, collectors);
    }

    private void sample() {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          long used = memory.getHeapMemoryUsage().getUsed();
          peak.accumulateAndGet(used, Math::max);
          for (GarbageCollectorMXBean collector : collectors) {
            GcInfo gc = collector.getLastGcInfo();
            if (gc != null
                && !Long.valueOf(gc.getId()).equals(lastGc.put(collector.getName(), gc.getId()))) {
              long after =
                  gc.getMemoryUsageAfterGc().entrySet().stream()
                      .filter(e -> HEAP_POOL.matcher(e.getKey()).find())
                      .mapToLong(e -> e.getValue().getUsed())
                      .sum();
              livePeak.accumulateAndGet(after, Math::max);
            }
          }
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException e) {
          // The connection closed while sampling: the harness is finishing.
          return;
        }
      }
    }

    private static final Pattern HEAP_POOL = Pattern.compile("Eden|Survivor|Old|Tenured");

    /** Starts a request's readings; collections before now no longer count. */
    void reset() {
      for (GarbageCollectorMXBean collector : collectors) {
        GcInfo gc = collector.getLastGcInfo();
        lastGc.put(collector.getName(), gc == null ? -1 : gc.getId());
      }
      peak.set(0);
      livePeak.set(-1);
    }

    long peak() {
      return peak.get();
    }

    /** The most heap left after a collection during the request; -1 if none ran. */
    long livePeak() {
      return livePeak.get();
    }

    /** What the server holds between requests: its heap in use just after a full collection. */
    long afterFullCollection() {
      memory.gc();
      return memory.getHeapMemoryUsage().getUsed();
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
