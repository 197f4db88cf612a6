package org.councilperformance.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAccountTest {
  private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
  private UserAccount editor;

  @BeforeEach
  void account() {
    editor = new UserAccount("hos.housing", "Head of Housing", Role.EDITOR);
    editor.setPassword("right password".toCharArray());
  }

  private void failTimes(int n, Instant at) {
    for (int i = 0; i < n; i++) {
      assertThat(editor.signIn("wrong".toCharArray(), at)).isFalse();
    }
  }

  @Test
  void signsInWithTheRightPassword() {
    assertThat(editor.signIn("right password".toCharArray(), T0)).isTrue();
  }

  @Test
  void fourFailuresDoNotLockAndASuccessResetsTheCount() {
    failTimes(UserAccount.MAX_FAILED_SIGN_INS - 1, T0);
    assertThat(editor.isLocked(T0)).isFalse();
    assertThat(editor.signIn("right password".toCharArray(), T0)).isTrue();
    failTimes(UserAccount.MAX_FAILED_SIGN_INS - 1, T0);
    assertThat(editor.isLocked(T0)).isFalse();
  }

  @Test
  void theFifthFailureInARowLocksEvenTheRightPasswordOut() {
    failTimes(UserAccount.MAX_FAILED_SIGN_INS, T0);
    assertThat(editor.isLocked(T0)).isTrue();
    assertThat(editor.signIn("right password".toCharArray(), T0.plusSeconds(60))).isFalse();
  }

  @Test
  void theLockEndsAfterTheLockPeriod() {
    failTimes(UserAccount.MAX_FAILED_SIGN_INS, T0);
    Instant justBefore = T0.plus(UserAccount.LOCK_PERIOD).minusMillis(1);
    Instant atEnd = T0.plus(UserAccount.LOCK_PERIOD);
    assertThat(editor.signIn("right password".toCharArray(), justBefore)).isFalse();
    assertThat(editor.isLocked(atEnd)).isFalse();
    assertThat(editor.signIn("right password".toCharArray(), atEnd)).isTrue();
  }

  @Test
  void anAdminActsForEveryUnitAnEditorOnlyForTheirOwn() {
    UserAccount admin = new UserAccount("perf", "Performance team", Role.ADMIN);
    assertThat(admin.actsFor(null)).isTrue();
    assertThat(editor.actsFor(null)).isFalse();
  }

  @Test
  void anEmailAddressIsKeptStrippedAndBlankClearsIt() {
    editor.reachAt("  head.of.housing@council.gov.uk ");
    assertThat(editor.email()).isEqualTo("head.of.housing@council.gov.uk");
    editor.reachAt(" ");
    assertThat(editor.email()).isNull();
  }

  @Test
  void anythingButOneAddressIsRefusedNamingEmail() {
    for (String bad :
        new String[] {
          "no-at-sign", "two@at@council.gov.uk", "a@b.uk, c@d.uk", "a b@council.gov.uk"
        }) {
      assertThatThrownBy(() -> editor.reachAt(bad))
          .as(bad)
          .isInstanceOf(org.councilperformance.domain.InvalidValueException.class)
          .satisfies(
              e ->
                  assertThat(((org.councilperformance.domain.InvalidValueException) e).field())
                      .isEqualTo("email"));
    }
  }
}
