package org.councilperformance.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.councilperformance.domain.access.PasswordHash;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.SignIn;
import org.councilperformance.domain.access.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecurityLogTest {
  private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    SecurityLog.LOG.addHandler(capture);
  }

  @AfterEach
  void stop() {
    SecurityLog.LOG.removeHandler(capture);
  }

  private static SignIn attempt(UserAccount account, String password) {
    return SignIn.attempt(
        account == null ? "ghost" : account.username(),
        Optional.ofNullable(account),
        password.toCharArray(),
        T0,
        (p, stored) -> new String(p).equals("right") && !stored.equals(PasswordHash.NO_ACCOUNT));
  }

  @Test
  void aSuccessIsOneInfoLineWithEventUserAddressAndOutcome() {
    UserAccount user = new UserAccount("hos.housing", "Head of Housing", Role.EDITOR);
    user.setPassword("right".toCharArray());
    SecurityLog.signIn(attempt(user, "right"), "10.0.0.7");
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getLevel()).isEqualTo(Level.INFO);
    assertThat(records.get(0).getLoggerName()).isEqualTo("council.security");
    assertThat(records.get(0).getMessage())
        .isEqualTo("event=sign-in outcome=success user=\"hos.housing\" address=\"10.0.0.7\"");
  }

  @Test
  void failuresAndTheLockoutAreWarningsSayingWhy() {
    UserAccount user = new UserAccount("hos.housing", "Head of Housing", Role.EDITOR);
    user.setPassword("right".toCharArray());
    SecurityLog.signIn(attempt(null, "x"), "10.0.0.7");
    for (int i = 0; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
      SecurityLog.signIn(attempt(user, "wrong"), "10.0.0.7");
    }
    SecurityLog.signIn(attempt(user, "right"), "10.0.0.7");
    assertThat(records).allMatch(r -> r.getLevel() == Level.WARNING);
    assertThat(records.get(0).getMessage())
        .isEqualTo(
            "event=sign-in outcome=failure user=\"ghost\" address=\"10.0.0.7\""
                + " reason=unknown-user");
    assertThat(records.get(1).getMessage()).contains("outcome=failure", "reason=wrong-password");
    assertThat(records.get(UserAccount.MAX_FAILED_SIGN_INS).getMessage())
        .contains("outcome=lockout");
    assertThat(records.get(UserAccount.MAX_FAILED_SIGN_INS + 1).getMessage())
        .contains("outcome=locked", "reason=account-locked");
  }

  @Test
  void tokensAndUserChangesAreLoggedWithTheirSubject() {
    SecurityLog.tokenCreated("admin", 42, "127.0.0.1");
    SecurityLog.tokenRevoked("admin", 42, "127.0.0.1");
    SecurityLog.userChanged("user-changed", "admin", "member", " role=ADMIN", "127.0.0.1");
    SecurityLog.rateLimited("sign-in", "admin", "127.0.0.1");
    assertThat(records)
        .extracting(LogRecord::getMessage)
        .containsExactly(
            "event=token-created outcome=success user=\"admin\" address=\"127.0.0.1\" token=42",
            "event=token-revoked outcome=success user=\"admin\" address=\"127.0.0.1\" token=42",
            "event=user-changed outcome=success user=\"admin\" address=\"127.0.0.1\""
                + " target=\"member\" role=ADMIN",
            "event=sign-in outcome=rate-limited user=\"admin\" address=\"127.0.0.1\"");
  }

  /** A request signed in as {@code username} from {@code address}, as the servlet API gives it. */
  private static HttpServletRequest request(String username, String address) {
    Principal principal = () -> username;
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            SecurityLogTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getUserPrincipal" -> username == null ? null : principal;
                  case "getRemoteAddr" -> address;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void signOutAndPeriodChangesNameTheActorTheTargetAndTheAddress() {
    SecurityLog.signOut("member", "203.0.113.9");
    SecurityLog.periodChanged("period-locked", "2018-19-Q2", request("admin", "203.0.113.9"));
    SecurityLog.periodChanged("period-published", "2018-19-Q2", request("admin", "203.0.113.9"));
    SecurityLog.periodChanged("period-reopened", "2018-19-Q2", request(null, "203.0.113.9"));
    assertThat(records).allMatch(r -> r.getLevel() == Level.INFO);
    assertThat(records)
        .extracting(LogRecord::getMessage)
        .containsExactly(
            "event=sign-out outcome=success user=\"member\" address=\"203.0.113.9\"",
            "event=period-locked outcome=success user=\"admin\" address=\"203.0.113.9\""
                + " target=\"2018-19-Q2\"",
            "event=period-published outcome=success user=\"admin\" address=\"203.0.113.9\""
                + " target=\"2018-19-Q2\"",
            "event=period-reopened outcome=success user=\"\" address=\"203.0.113.9\""
                + " target=\"2018-19-Q2\"");
  }

  @Test
  void noEventCarriesThePasswordOrTheTokensSecret() {
    String password = "correct horse battery staple";
    UserAccount user = new UserAccount("hos.housing", "Head of Housing", Role.EDITOR);
    user.setPassword(password.toCharArray());
    SignIn good =
        SignIn.attempt(
            user.username(),
            Optional.of(user),
            password.toCharArray(),
            T0,
            (p, stored) -> new String(p).equals(password));
    SecurityLog.signIn(good, "10.0.0.7");
    SecurityLog.signIn(attempt(user, password + "!"), "10.0.0.7");
    SecurityLog.rateLimited("sign-in", user.username(), "10.0.0.7");
    SecurityLog.tokenCreated(user.username(), 7, "10.0.0.7");
    SecurityLog.tokenRevoked(user.username(), 7, "10.0.0.7");
    SecurityLog.signOut(user.username(), "10.0.0.7");
    assertThat(records).hasSize(6);
    assertThat(records)
        .extracting(LogRecord::getMessage)
        .allSatisfy(
            line ->
                assertThat(line)
                    .doesNotContain(password, "horse", "cpt_")
                    .contains("user=\"hos.housing\"", "address=\"10.0.0.7\"", "outcome="));
  }

  @Test
  void aUsernameCannotForgeAFieldOrALine() {
    assertThat(SecurityLog.quoted("x\" outcome=success\nevent=sign-in \\"))
        .isEqualTo("\"x\\\" outcome=success\\u000aevent=sign-in \\\\\"");
    assertThat(SecurityLog.quoted(null)).isEqualTo("\"\"");
  }
}
