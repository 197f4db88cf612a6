package org.councilperformance.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.councilperformance.domain.access.SignIn;

/**
 * The security audit a council's SIEM reads: one line per sign-in (success, failure, lockout),
 * refusal for too many attempts, sign-out, token created or revoked, user created or changed, and
 * period locked, published or reopened, on the logger {@code council.security}, as {@code
 * key=value} pairs with quoted text values (docs/operations.md#security-log). Each names who acted
 * and from which client address (the client's own behind a trusted proxy:
 * docs/operations.md#behind-a-reverse-proxy), never a password or a token's secret.
 */
public final class SecurityLog {
  static final Logger LOG = Logger.getLogger("council.security");

  private SecurityLog() {}

  public static void signIn(SignIn attempt, String address) {
    String outcome =
        switch (attempt.outcome()) {
          case SIGNED_IN -> "success";
          case LOCKED_NOW -> "lockout";
          case LOCKED -> "locked";
          case WRONG_PASSWORD, UNKNOWN_USER -> "failure";
        };
    String reason =
        switch (attempt.outcome()) {
          case SIGNED_IN -> null;
          case WRONG_PASSWORD, LOCKED_NOW -> "wrong-password";
          case LOCKED -> "account-locked";
          case UNKNOWN_USER -> "unknown-user";
        };
    write(
        attempt.succeeded() ? Level.INFO : Level.WARNING,
        "sign-in",
        outcome,
        attempt.username(),
        address,
        reason);
  }

  /** Single sign-on: the identity provider vouched for a person; known or not here. */
  public static void singleSignOn(String username, boolean known, String address) {
    write(
        known ? Level.INFO : Level.WARNING,
        "sign-in-sso",
        known ? "success" : "failure",
        username,
        address,
        known ? null : "unknown-user");
  }

  /** A sign-in or token use refused for too many attempts. */
  public static void rateLimited(String event, String username, String address) {
    write(Level.WARNING, event, "rate-limited", username, address, null);
  }

  /** A session ended at the person's request (not by timing out). */
  public static void signOut(String username, String address) {
    write(Level.INFO, "sign-out", "success", username, address, null);
  }

  public static void tokenCreated(String username, long tokenId, String address) {
    write(Level.INFO, "token-created", "success", username, address, "token=" + tokenId);
  }

  public static void tokenRevoked(String username, long tokenId, String address) {
    write(Level.INFO, "token-revoked", "success", username, address, "token=" + tokenId);
  }

  /** An admin created or changed a user; {@code detail} says what, e.g. the role given. */
  public static void userChanged(
      String event, String admin, String username, String detail, String address) {
    write(Level.INFO, event, "success", admin, address, "target=" + quoted(username) + detail);
  }

  /**
   * An admin locked, published or reopened a period: {@code event} is {@code period-locked}, {@code
   * period-published} or {@code period-reopened}.
   */
  public static void periodChanged(String event, String period, HttpServletRequest request) {
    Principal admin = request.getUserPrincipal();
    write(
        Level.INFO,
        event,
        "success",
        admin == null ? null : admin.getName(),
        request.getRemoteAddr(),
        "target=" + quoted(period));
  }

  private static void write(
      Level level, String event, String outcome, String user, String address, String reason) {
    StringBuilder line =
        new StringBuilder("event=")
            .append(event)
            .append(" outcome=")
            .append(outcome)
            .append(" user=")
            .append(quoted(user))
            .append(" address=")
            .append(quoted(address));
    if (reason != null) {
      line.append(reason.contains("=") ? " " : " reason=").append(reason);
    }
    LOG.log(level, line.toString());
  }

  /**
   * A value in double quotes, with quotes, backslashes and control characters escaped, so that a
   * username cannot forge a field or a second line.
   */
  static String quoted(String value) {
    if (value == null) {
      return "\"\"";
    }
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    value
        .codePoints()
        .limit(200)
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (c < 0x20
                  || c == 0x7f
                  || (c >= 0x80 && c < 0xa0)
                  || c == 0x2028
                  || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }
}
