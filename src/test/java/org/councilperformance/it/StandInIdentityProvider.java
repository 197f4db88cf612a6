package org.councilperformance.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A small OpenID Connect provider for the single sign-on tests, playing Entra ID's part over real
 * HTTP: discovery, signing keys and a token endpoint that checks client secret, redirect URI and
 * PKCE verifier. The test itself plays the browser and the person approving the sign-in.
 */
final class StandInIdentityProvider implements AutoCloseable {
  static final String CLIENT_ID = "council-performance-test";
  static final String CLIENT_SECRET = "test-client-secret";

  private final HttpServer server;
  private final String issuer;
  private final RSAKey signingKey;
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();

  /** What the person approved, waiting for the server to exchange the code. */
  private record Grant(JWTClaimsSet claims, RSAKey key, String codeChallenge, String redirectUri) {}

  StandInIdentityProvider(int port) throws IOException, JOSEException {
    issuer = "http://127.0.0.1:" + port + "/tenant/v2.0";
    signingKey = newKey();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/tenant/v2.0/.well-known/openid-configuration", this::discovery);
    server.createContext("/tenant/v2.0/keys", this::keys);
    server.createContext("/tenant/v2.0/token", this::token);
    server.start();
  }

  String issuer() {
    return issuer;
  }

  RSAKey signingKey() {
    return signingKey;
  }

  static RSAKey newKey() throws JOSEException {
    return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
  }

  /**
   * The person signs in at the provider as {@code username}: returns the callback address the
   * provider would send the browser to.
   */
  URI approve(URI authorizationRequest, String username) {
    return approve(authorizationRequest, username, signingKey, claims -> claims);
  }

  /** As above, with the ID token's key or claims altered to play a forged or misdirected token. */
  URI approve(
      URI authorizationRequest,
      String username,
      RSAKey key,
      UnaryOperator<JWTClaimsSet.Builder> alter) {
    Map<String, String> query = parse(authorizationRequest.getRawQuery());
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(UUID.randomUUID().toString())
            .audience(query.get("client_id"))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(600)))
            .claim("nonce", query.get("nonce"))
            .claim("preferred_username", username);
    String code = UUID.randomUUID().toString();
    grants.put(
        code,
        new Grant(
            alter.apply(claims).build(),
            key,
            query.get("code_challenge"),
            query.get("redirect_uri")));
    return URI.create(
        query.get("redirect_uri")
            + "?code="
            + code
            + "&state="
            + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
  }

  static Map<String, String> parse(String form) {
    return Arrays.stream(form.split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                kv -> URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                kv -> kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : ""));
  }

  private void discovery(HttpExchange exchange) throws IOException {
    respond(
        exchange,
        200,
        """
        {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize",
         "token_endpoint": "%1$s/token", "jwks_uri": "%1$s/keys",
         "response_types_supported": ["code"], "id_token_signing_alg_values_supported": ["RS256"]}
        """
            .formatted(issuer));
  }

  private void keys(HttpExchange exchange) throws IOException {
    respond(exchange, 200, new JWKSet(signingKey.toPublicJWK()).toString());
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form =
        parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Grant grant = grants.remove(form.getOrDefault("code", ""));
    if (grant == null
        || !CLIENT_ID.equals(form.get("client_id"))
        || !CLIENT_SECRET.equals(form.get("client_secret"))
        || !grant.redirectUri().equals(form.get("redirect_uri"))
        || !"authorization_code".equals(form.get("grant_type"))
        || !grant.codeChallenge().equals(challenge(form.getOrDefault("code_verifier", "")))) {
      respond(
          exchange,
          400,
          "{\"error\": \"invalid_grant\", \"error_description\": \"AADSTS70008: code refused\"}");
      return;
    }
    try {
      SignedJWT idToken =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(grant.key().getKeyID()).build(),
              grant.claims());
      idToken.sign(new RSASSASigner(grant.key()));
      respond(
          exchange,
          200,
          "{\"token_type\": \"Bearer\", \"access_token\": \"unused\", \"id_token\": \"%s\"}"
              .formatted(idToken.serialize()));
    } catch (JOSEException e) {
      respond(exchange, 500, "{\"error\": \"server_error\"}");
    }
  }

  private static String challenge(String verifier) {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
