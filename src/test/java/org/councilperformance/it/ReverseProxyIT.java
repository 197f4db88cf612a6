package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.object;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Behind the council's reverse proxy (docs/operations.md#behind-a-reverse-proxy): the tests' server
 * trusts 127.0.0.1 as its proxy (TRUSTED_PROXIES in pom.xml), so a request from there with
 * X-Forwarded-For and X-Forwarded-Proto is believed, and the same request reaching the server on
 * another of this machine's addresses is a client's, whose headers are not (issue 20, item 4).
 */
class ReverseProxyIT {
  private static final String PUBLIC_HOST = "performance.example.gov.uk";

  /**
   * Another address of this machine, which the tests' server does not trust; IPv6 loopback else.
   */
  private static String untrustedAddress() throws SocketException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address) {
            return address.getHostAddress();
          }
        }
      }
    }
    return "[::1]";
  }

  /** Creates a token as the admin through {@code base}, as a browser behind the proxy would. */
  private static io.restassured.response.ExtractableResponse<?> createToken(
      String base, String client) {
    RequestSpecification request =
        io.restassured.RestAssured.given()
            .baseUri(base)
            .basePath("/api")
            .accept(ContentType.JSON)
            .contentType(ContentType.JSON)
            .header("Authorization", "Bearer " + Api.token(Api.ADMIN))
            .header("Host", PUBLIC_HOST)
            .header("X-Forwarded-For", client)
            .header("X-Forwarded-Proto", "https")
            // Liberty's plug-in headers, which it believes from anyone unless told otherwise
            .header("$WSSC", "https")
            .header("$WSRA", client);
    return request
        .body(object().add("name", Api.unique("proxied")).build().toString())
        .post("/tokens")
        .then()
        .statusCode(201)
        .extract();
  }

  private static String aClient() {
    return "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
  }

  @Test
  void fromTheTrustedProxyTheClientsAddressAndTheHttpsSchemeAreBelieved() {
    String client = aClient();
    var created = createToken(Api.BASE_URL, client);
    URI location = URI.create(created.header("Location"));
    assertThat(location.getScheme()).isEqualTo("https");
    assertThat(location.getHost()).isEqualTo(PUBLIC_HOST);
    assertThat(location.getPort()).isEqualTo(-1);
    int id = created.path("id");
    assertThat(ServerLog.securityLine("event=token-created", "token=" + id))
        .contains("address=\"" + client + "\"");
  }

  @Test
  void fromAnyOtherAddressTheForwardedHeadersAreIgnored() throws SocketException {
    String client = aClient();
    String address = untrustedAddress();
    URI base = URI.create(Api.BASE_URL);
    String direct = "http://" + address + ":" + base.getPort() + base.getPath();
    var created = createToken(direct, client);
    URI location = URI.create(created.header("Location"));
    assertThat(location.getScheme()).isEqualTo("http");
    int id = created.path("id");
    String line = ServerLog.securityLine("event=token-created", "token=" + id);
    assertThat(line).isNotEmpty().doesNotContain(client);
  }

  /**
   * The session cookies a sign-in through the trusted proxy sets, the browser having used {@code
   * scheme}; the last of them is the one the browser keeps.
   */
  private static java.util.List<String> sessionCookies(String scheme) {
    return io.restassured.RestAssured.given()
        .baseUri(Api.BASE_URL)
        .basePath("/api")
        .contentType(ContentType.JSON)
        .header("X-Forwarded-For", aClient())
        .header("X-Forwarded-Proto", scheme)
        .body(
            object()
                .add("username", Api.VIEWER)
                .add("password", Api.PASSWORDS.get(Api.VIEWER))
                .build()
                .toString())
        .post("/session")
        .then()
        .statusCode(200)
        .extract()
        .headers()
        .getValues("Set-Cookie")
        .stream()
        .filter(cookie -> cookie.startsWith(Api.SESSION_COOKIE + "="))
        .toList();
  }

  @Test
  void aSignInTheBrowserMadeOverHttpsGetsASecureSessionCookieAndOverHttpNot() {
    java.util.List<String> overHttps = sessionCookies("https");
    assertThat(overHttps).isNotEmpty();
    assertThat(overHttps.get(overHttps.size() - 1)).contains("; Secure").contains("HttpOnly");
    java.util.List<String> overHttp = sessionCookies("http");
    assertThat(overHttp).isNotEmpty().noneMatch(cookie -> cookie.contains("Secure"));
  }
}
