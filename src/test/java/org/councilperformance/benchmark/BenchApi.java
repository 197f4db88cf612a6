package org.councilperformance.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's HTTP client: a base URL and an API token, java.net.http only, so the harness runs
 * outside the integration tests' RestAssured setup.
 */
final class BenchApi {
  private final String baseUrl;
  private final String token;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  BenchApi(String baseUrl, String token) {
    this.baseUrl = baseUrl.replaceAll("/$", "");
    this.token = token;
  }

  /**
   * The token from {@code -Dtoken=…}, else a new one made by signing in as {@code -Duser}/{@code
   * -Dpassword} (one PBKDF2 hash, about 0.5 s).
   */
  static BenchApi fromSystemProperties() {
    String baseUrl = System.getProperty("baseUrl", "http://localhost:9085");
    String token = System.getProperty("token");
    if (token == null || token.isBlank()) {
      token =
          newToken(
              baseUrl,
              System.getProperty("user", "bench"),
              System.getProperty("password", "bench-admin-password"));
    }
    return new BenchApi(baseUrl, token);
  }

  static String newToken(String baseUrl, String user, String password) {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    try {
      HttpResponse<String> session =
          client.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/api/session"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"username\": %s, \"password\": %s}"
                              .formatted(quote(user), quote(password))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (session.statusCode() != 200) {
        throw new IllegalStateException("sign-in failed: " + session.body());
      }
      String csrf = field(session.body(), "csrfToken").orElseThrow();
      HttpResponse<String> token =
          client.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/api/tokens"))
                  .header("Content-Type", "application/json")
                  .header("X-CSRF-Token", csrf)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (token.statusCode() != 201) {
        throw new IllegalStateException("token not made: " + token.body());
      }
      return field(token.body(), "token").orElseThrow();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String baseUrl() {
    return baseUrl;
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String path) {
    return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Creates something unless it exists: 201, or 409 for a code already taken. */
  boolean create(String path, String json) {
    HttpResponse<String> r = post(path, json);
    if (r.statusCode() == 201) {
      return true;
    }
    if (r.statusCode() == 409) {
      return false;
    }
    throw new IllegalStateException("POST " + path + " → " + r.statusCode() + ": " + r.body());
  }

  void require(HttpResponse<String> r, String what) {
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException(what + " → " + r.statusCode() + ": " + r.body());
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "*/*");
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return client.send(request, handler);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String quote(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** A top-level string or number field of a small JSON answer. */
  static Optional<String> field(String json, String name) {
    Matcher m =
        Pattern.compile(
                "\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.]+)")
            .matcher(json);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(2) != null ? m.group(2) : m.group(1));
  }
}
