package org.councilperformance.interfaces.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.NotSignedInException;
import org.councilperformance.domain.UpstreamFailureException;

/**
 * Sign-in through the council's identity provider with OpenID Connect: the authorization code flow
 * with PKCE, a state bound to the browser that began it, and a nonce in the ID token. The ID
 * token's signature, issuer, audience, expiry and nonce are checked before its username claim is
 * believed. Done in the application rather than by Liberty's openidConnectClient because Liberty
 * does not consult server-level authenticators for an application that has its own authentication
 * mechanism (Open Liberty issue 33373).
 */
@ApplicationScoped
public class SingleSignOn {
  private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

  /** How long a browser has to come back from the identity provider. */
  public static final Duration PENDING_FOR = Duration.ofMinutes(10);

  /** Bounds the memory a flood of unfinished sign-ins can take. */
  static final int MAX_PENDING = 10_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private volatile Provider provider;

  private final SingleSignOnSettings settings;
  private final Clock clock;

  @Inject
  public SingleSignOn(SingleSignOnSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected SingleSignOn() {
    this(null, null);
  }

  /** Where to send the browser, and the value its short-lived binding cookie must hold. */
  public record Start(URI authorizationUri, String browserBinding) {}

  /** A sign-in sent to the identity provider and not yet back. */
  private record Pending(String browserBinding, String nonce, String codeVerifier, Instant begun) {}

  /** The identity provider's endpoints, from its discovery document. */
  private record Provider(
      String issuer,
      URI authorizationEndpoint,
      URI tokenEndpoint,
      JWKSource<SecurityContext> keys) {}

  /** Begins a sign-in: remembers state, nonce and PKCE verifier, and names the provider's URL. */
  public Start begin() {
    requireEnabled();
    Provider idp = provider();
    Instant now = clock.instant();
    pending.values().removeIf(p -> p.begun().plus(PENDING_FOR).isBefore(now));
    if (pending.size() >= MAX_PENDING) {
      throw new ConflictException(
          null, "too many sign-ins are under way; try again in a few minutes");
    }
    String state = randomToken();
    Pending sent = new Pending(randomToken(), randomToken(), randomToken(), now);
    pending.put(state, sent);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", settings.clientId());
    query.put("redirect_uri", settings.redirectUri());
    query.put("scope", settings.scopes());
    query.put("state", state);
    query.put("nonce", sent.nonce());
    query.put("code_challenge", codeChallenge(sent.codeVerifier()));
    query.put("code_challenge_method", "S256");
    String separator = idp.authorizationEndpoint().getQuery() == null ? "?" : "&";
    return new Start(
        URI.create(idp.authorizationEndpoint() + separator + formEncode(query)),
        sent.browserBinding());
  }

  /**
   * Completes a sign-in when the browser comes back with a code: the state must be one this server
   * issued, unused, recent, and begun by this browser; the code is exchanged for an ID token whose
   * checks must all pass.
   *
   * @return the username the identity provider vouches for
   */
  public VerifiedIdentity complete(String state, String code, String browserBinding) {
    requireEnabled();
    Pending sent = state == null ? null : pending.remove(state);
    if (sent == null || sent.begun().plus(PENDING_FOR).isBefore(clock.instant())) {
      throw new NotSignedInException(
          "this single sign-on attempt is unknown or has expired; start again");
    }
    if (browserBinding == null
        || !MessageDigest.isEqual(
            sent.browserBinding().getBytes(StandardCharsets.US_ASCII),
            browserBinding.getBytes(StandardCharsets.US_ASCII))) {
      throw new NotSignedInException(
          "this single sign-on attempt was begun in another browser; start again");
    }
    if (code == null || code.isBlank()) {
      throw new NotSignedInException("the identity provider sent no authorization code");
    }
    Provider idp = provider();
    String idToken = exchange(idp, code, sent.codeVerifier());
    JWTClaimsSet claims = verify(idp, idToken, sent.nonce());
    Object username = claims.getClaim(settings.usernameClaim());
    if (!(username instanceof String name) || name.isBlank()) {
      throw new NotSignedInException(
          "the identity provider's token has no '" + settings.usernameClaim() + "' claim");
    }
    return new VerifiedIdentity(name.trim());
  }

  private String exchange(Provider idp, String code, String codeVerifier) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", settings.redirectUri());
    form.put("client_id", settings.clientId());
    form.put("client_secret", settings.clientSecret());
    form.put("code_verifier", codeVerifier);
    HttpRequest request =
        HttpRequest.newBuilder(idp.tokenEndpoint())
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(formEncode(form)))
            .build();
    HttpResponse<String> response = send(request, "token endpoint");
    JsonObject body = json(response.body(), "token endpoint");
    if (response.statusCode() != 200) {
      // An expired or reused code is the user's to retry, not an outage.
      throw new NotSignedInException(
          "the identity provider refused the sign-in: "
              + body.getString("error_description", body.getString("error", "no reason given")));
    }
    if (!(body.get("id_token") instanceof JsonString idToken)) {
      throw new UpstreamFailureException("the identity provider's token answer had no id_token");
    }
    return idToken.getString();
  }

  private JWTClaimsSet verify(Provider idp, String idToken, String nonce) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256), idp.keys()));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            settings.clientId(),
            new JWTClaimsSet.Builder().issuer(idp.issuer()).claim("nonce", nonce).build(),
            Set.of("sub", "iat", "exp")));
    try {
      return processor.process(idToken, null);
    } catch (ParseException | BadJOSEException e) {
      LOG.warning("single sign-on ID token refused: " + e.getMessage());
      throw new NotSignedInException(
          "the identity provider's ID token did not pass its checks (" + e.getMessage() + ")");
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new UpstreamFailureException(
          "the identity provider's signing keys could not be read: " + e.getMessage());
    }
  }

  /** Reads the provider's discovery document once; a failed read is tried again next time. */
  private Provider provider() {
    Provider known = provider;
    if (known != null) {
      return known;
    }
    String issuer = settings.issuer();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(20))
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response = send(request, "discovery document");
    if (response.statusCode() != 200) {
      throw new UpstreamFailureException(
          "the identity provider's discovery document answered HTTP " + response.statusCode());
    }
    JsonObject document = json(response.body(), "discovery document");
    if (!issuer.equals(document.getString("issuer", ""))) {
      throw new UpstreamFailureException(
          "the identity provider names itself '"
              + document.getString("issuer", "")
              + "', not the configured oidc.issuer '"
              + issuer
              + "'");
    }
    try {
      known =
          new Provider(
              issuer,
              URI.create(document.getString("authorization_endpoint")),
              URI.create(document.getString("token_endpoint")),
              JWKSourceBuilder.create(URI.create(document.getString("jwks_uri")).toURL())
                  .retrying(true)
                  .build());
    } catch (NullPointerException | ClassCastException | IllegalArgumentException | IOException e) {
      throw new UpstreamFailureException(
          "the identity provider's discovery document lacks an endpoint: " + e.getMessage());
    }
    provider = known;
    return known;
  }

  private HttpResponse<String> send(HttpRequest request, String what) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "identity provider " + what + " unreachable", e);
      throw new UpstreamFailureException(
          "the identity provider's " + what + " could not be reached");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpstreamFailureException("interrupted while calling the identity provider");
    }
  }

  private static JsonObject json(String body, String what) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new UpstreamFailureException("the identity provider's " + what + " is not JSON");
    }
  }

  private void requireEnabled() {
    if (!settings.enabled()) {
      throw new NotFoundException(
          null, "single sign-on is not configured on this server; sign in with a password");
    }
  }

  static String codeChallenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String formEncode(Map<String, String> values) {
    return values.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
