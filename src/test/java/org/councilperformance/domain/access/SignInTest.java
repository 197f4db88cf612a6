package org.councilperformance.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every sign-in does the hash work once, whoever asks, so its duration tells nothing. */
class SignInTest {
  private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
  private final List<String> checkedAgainst = new ArrayList<>();

  private final PasswordVerifier recording =
      (password, stored) -> {
        checkedAgainst.add(stored);
        return PasswordHash.matches(password, stored);
      };

  private static UserAccount editor() {
    UserAccount user = new UserAccount("hos.housing", "Head of Housing", Role.EDITOR);
    user.setPassword("right password".toCharArray());
    return user;
  }

  private SignIn attempt(UserAccount user, String password, Instant at) {
    return SignIn.attempt(
        "hos.housing", Optional.ofNullable(user), password.toCharArray(), at, recording);
  }

  @Test
  void anUnknownUserCostsOneFullHashCheck() {
    SignIn attempt = attempt(null, "anything", T0);
    assertThat(attempt.outcome()).isEqualTo(SignIn.Outcome.UNKNOWN_USER);
    assertThat(checkedAgainst).containsExactly(PasswordHash.NO_ACCOUNT);
  }

  @Test
  void theStandInHashHasTheSameWorkFactorAsARealOne() {
    String real = PasswordHash.of("x".toCharArray());
    assertThat(PasswordHash.NO_ACCOUNT.split("\\$")[1]).isEqualTo(real.split("\\$")[1]);
    assertThat(PasswordHash.matches("".toCharArray(), PasswordHash.NO_ACCOUNT)).isFalse();
  }

  @Test
  void aLockedAccountStillChecksThePasswordBeforeRefusing() {
    UserAccount user = editor();
    for (int i = 0; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
      attempt(user, "wrong", T0);
    }
    checkedAgainst.clear();
    SignIn attempt = attempt(user, "right password", T0.plusSeconds(1));
    assertThat(attempt.outcome()).isEqualTo(SignIn.Outcome.LOCKED);
    assertThat(attempt.signedIn()).isEmpty();
    assertThat(checkedAgainst).hasSize(1).doesNotContain(PasswordHash.NO_ACCOUNT);
  }

  @Test
  void anAccountWithoutAPasswordIsCheckedAgainstTheStandIn() {
    UserAccount sso = new UserAccount("sso.only", "Single sign-on only", Role.VIEWER);
    SignIn attempt = attempt(sso, "", T0);
    assertThat(attempt.outcome()).isEqualTo(SignIn.Outcome.WRONG_PASSWORD);
    assertThat(checkedAgainst).containsExactly(PasswordHash.NO_ACCOUNT);
  }

  @Test
  void theFailureThatLocksSaysSo() {
    UserAccount user = editor();
    for (int i = 1; i < UserAccount.MAX_FAILED_SIGN_INS; i++) {
      assertThat(attempt(user, "wrong", T0).outcome()).isEqualTo(SignIn.Outcome.WRONG_PASSWORD);
    }
    assertThat(attempt(user, "wrong", T0).outcome()).isEqualTo(SignIn.Outcome.LOCKED_NOW);
    assertThat(checkedAgainst).hasSize(UserAccount.MAX_FAILED_SIGN_INS);
  }

  @Test
  void theRightPasswordSignsIn() {
    UserAccount user = editor();
    assertThat(attempt(user, "right password", T0).signedIn()).contains(user);
  }
}
