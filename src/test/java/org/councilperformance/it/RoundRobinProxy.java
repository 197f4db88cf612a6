package org.councilperformance.it;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load balancer for the two-server test, as nginx's upstream would be set up
 * (docs/operations.md#two-servers-behind-a-load-balancer): each request to the next server in turn,
 * no sticky sessions, the client's Host header passed on, and a request whose server refuses the
 * connection (killed) tried on the next one. It remembers which server answered last.
 */
final class RoundRobinProxy implements AutoCloseable {
  /** What the JDK's client sets itself, or that belongs to one hop only. */
  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "content-length",
          "expect",
          "keep-alive",
          "transfer-encoding",
          "upgrade",
          "http2-settings",
          "te");

  /**
   * Call before any HttpClient of the JVM is made (the JDK reads it once): lets the proxy pass the
   * client's Host on, so that the servers' redirects name the proxy (nginx: proxy_set_header Host
   * $http_host).
   */
  static void allowHostHeader() {
    System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
  }

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Map<String, Integer> servers;
  private final List<String> names;
  private final AtomicInteger next = new AtomicInteger();
  private final HttpServer server;
  private volatile String lastServer;

  /** Listens on the port and sends to the servers, by name and port, in this order. */
  RoundRobinProxy(int port, Map<String, Integer> servers) throws IOException {
    this.servers = new LinkedHashMap<>(servers);
    this.names = List.copyOf(this.servers.keySet());
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::forward);
    server.start();
  }

  /** The server that answered the last request. */
  String lastServer() {
    return lastServer;
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      int first = Math.floorMod(next.getAndIncrement(), names.size());
      for (int tried = 0; tried < names.size(); tried++) {
        String name = names.get((first + tried) % names.size());
        try {
          HttpResponse<byte[]> answer = client.send(request(exchange, name, body), ofBytes());
          lastServer = name;
          reply(exchange, answer);
          return;
        } catch (ConnectException | HttpTimeoutException refused) {
          // nginx's proxy_next_upstream error timeout: the request never reached that server
        } catch (IOException resetMidRequest) {
          if (resetMidRequest.getCause() instanceof ConnectException) {
            continue;
          }
          break; // the server died while answering: a load balancer answers 502, not a retry
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        } catch (RuntimeException e) {
          e.printStackTrace();
          break;
        }
      }
      exchange.sendResponseHeaders(502, -1);
    }
  }

  private HttpRequest request(HttpExchange exchange, String name, byte[] body) {
    URI uri = exchange.getRequestURI();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + servers.get(name) + uri.toASCIIString()))
            .timeout(Duration.ofMinutes(2))
            .method(
                exchange.getRequestMethod(),
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
        header.getValue().forEach(value -> request.header(header.getKey(), value));
      }
    }
    return request.build();
  }

  private static void reply(HttpExchange exchange, HttpResponse<byte[]> answer) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    answer
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                headers.put(name, values);
              }
            });
    byte[] body = answer.body();
    boolean noBody = exchange.getRequestMethod().equals("HEAD") || answer.statusCode() == 204;
    exchange.sendResponseHeaders(
        answer.statusCode(), noBody ? -1 : body.length == 0 ? -1 : body.length);
    if (!noBody && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static HttpResponse.BodyHandler<byte[]> ofBytes() {
    return HttpResponse.BodyHandlers.ofByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
