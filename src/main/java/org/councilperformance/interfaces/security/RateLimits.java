package org.councilperformance.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.councilperformance.domain.TooManyRequestsException;
import org.councilperformance.domain.access.ApiToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often one may try to sign in or use a token, per minute (server.xml variables, documented in
 * docs/access-and-workflow.md#rate-limits). The defaults leave normal use and the test suite well
 * clear of them while making guessing slow.
 */
@ApplicationScoped
public class RateLimits {
  private final RateLimiter signInsPerUsername;
  private final RateLimiter signInsPerAddress;
  private final RateLimiter requestsPerToken;
  private final RateLimiter unknownTokensPerAddress;
  private final RateLimiter openDataPerAddress;
  private final RateLimiter publicPacksPerAddress;

  @Inject
  public RateLimits(
      @ConfigProperty(name = "ratelimit.signin.per.username", defaultValue = "10")
          int signInsPerUsername,
      @ConfigProperty(name = "ratelimit.signin.per.address", defaultValue = "100")
          int signInsPerAddress,
      @ConfigProperty(name = "ratelimit.token.requests", defaultValue = "6000")
          int requestsPerToken,
      @ConfigProperty(name = "ratelimit.token.unknown.per.address", defaultValue = "60")
          int unknownTokensPerAddress,
      @ConfigProperty(name = "ratelimit.opendata.per.address", defaultValue = "600")
          int openDataPerAddress,
      @ConfigProperty(name = "ratelimit.opendata.packs.per.address", defaultValue = "20")
          int publicPacksPerAddress) {
    this.signInsPerUsername = new RateLimiter(signInsPerUsername, System::nanoTime);
    this.signInsPerAddress = new RateLimiter(signInsPerAddress, System::nanoTime);
    this.requestsPerToken = new RateLimiter(requestsPerToken, System::nanoTime);
    this.unknownTokensPerAddress = new RateLimiter(unknownTokensPerAddress, System::nanoTime);
    this.openDataPerAddress = new RateLimiter(openDataPerAddress, System::nanoTime);
    this.publicPacksPerAddress = new RateLimiter(publicPacksPerAddress, System::nanoTime);
  }

  /** For CDI's client proxy only. */
  protected RateLimits() {
    this(0, 0, 0, 0, 0, 0);
  }

  /** A sign-in with a password, before any work is done for it. */
  public void signIn(String username, String address) {
    String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    refuseIfSpent(signInsPerAddress.take(address), "sign-ins from your address");
    refuseIfSpent(signInsPerUsername.take(user), "sign-ins for this username");
  }

  /** A request with a token, before it is looked up. */
  public void tokenUse(String secret) {
    refuseIfSpent(requestsPerToken.take(ApiToken.hash(secret)), "requests with this token");
  }

  /** A token that is nobody's (mistyped, revoked or guessed). */
  public void unknownToken(String address) {
    refuseIfSpent(unknownTokensPerAddress.take(address), "unknown tokens from your address");
  }

  /**
   * A request for open data, which anyone may make (docs/open-data.md#rate-limit); a committee
   * pack, costly to print, also counts against a smaller limit.
   */
  public void openData(String address, boolean pack) {
    refuseIfSpent(openDataPerAddress.take(address), "open data requests from your address");
    if (pack) {
      refuseIfSpent(publicPacksPerAddress.take(address), "committee packs from your address");
    }
  }

  private static void refuseIfSpent(java.util.Optional<Duration> wait, String what) {
    if (wait.isPresent()) {
      throw new TooManyRequestsException(
          "too many " + what + "; try again in " + (wait.get().toMillis() + 999) / 1000 + " s",
          wait.get());
    }
  }
}
