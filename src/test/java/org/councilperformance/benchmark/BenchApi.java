package org.councilperformance.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The benchmark's HTTP client: a base URL and an API token, java.net.http and jakarta.json only, so
 * the harness runs outside the integration tests' RestAssured setup.
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
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> session =
        send(
            client,
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\": %s, \"password\": %s}"
                            .formatted(quote(user), quote(password))))
                .build());
    if (session.statusCode() != 200) {
      throw new IllegalStateException("sign-in failed: " + session.body());
    }
    String csrf = parse(session.body()).asJsonObject().getString("csrfToken");
    HttpResponse<String> token =
        send(
            client,
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/tokens"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\"}"))
                .build());
    if (token.statusCode() != 201) {
      throw new IllegalStateException("token not made: " + token.body());
    }
    return parse(token.body()).asJsonObject().getString("token");
  }

  String baseUrl() {
    return baseUrl;
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON answer to GET, which must succeed. */
  JsonValue getJson(String path) {
    HttpResponse<String> response = get(path);
    require(response, "GET " + path);
    return parse(response.body());
  }

  HttpResponse<byte[]> getBytes(String path) {
    return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Sends a JSON body with POST or PUT. */
  HttpResponse<String> send(String method, String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a sheet as CSV with POST (docs/api.md#imports). */
  HttpResponse<String> postCsv(String path, byte[] csv) {
    return send(
        request(path)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Creates something unless it exists: 201, or 409 for a code already taken. */
  boolean create(String path, String json) {
    HttpResponse<String> r = send("POST", path, json);
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
    return send(client, request, handler);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    return send(client, request, HttpResponse.BodyHandlers.ofString());
  }

  private static <T> HttpResponse<T> send(
      HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return client.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A JSON string literal (with its quotes), or null. */
  static String quote(String text) {
    return text == null ? "null" : Json.createValue(text).toString();
  }

  static JsonValue parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}
