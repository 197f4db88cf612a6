package org.councilperformance.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
  @Test
  void theRightPasswordMatchesAndAWrongOneDoesNot() {
    String stored = PasswordHash.of("correct horse".toCharArray());
    assertThat(PasswordHash.matches("correct horse".toCharArray(), stored)).isTrue();
    assertThat(PasswordHash.matches("correct horsf".toCharArray(), stored)).isFalse();
    assertThat(PasswordHash.matches("".toCharArray(), stored)).isFalse();
  }

  @Test
  void theSameSaltedPasswordHashesDifferentlyEachTimeAndNeverShowsThePassword() {
    String first = PasswordHash.of("s3cret-Passw0rd".toCharArray());
    String second = PasswordHash.of("s3cret-Passw0rd".toCharArray());
    assertThat(first).isNotEqualTo(second).doesNotContain("s3cret");
    assertThat(first).startsWith("pbkdf2-sha256$" + PasswordHash.ITERATIONS + "$");
  }

  @Test
  void storedHashesKeepTheirOwnWorkFactor() {
    byte[] salt = new byte[16];
    // A hash made with fewer iterations (an older setting) still verifies.
    String older = PasswordHash.format(1000, salt, derive("pw", salt, 1000));
    assertThat(PasswordHash.matches("pw".toCharArray(), older)).isTrue();
  }

  @Test
  void unreadableStoredValuesNeverMatch() {
    assertThat(PasswordHash.matches("pw".toCharArray(), null)).isFalse();
    assertThat(PasswordHash.matches("pw".toCharArray(), "plain-text")).isFalse();
    assertThat(PasswordHash.matches("pw".toCharArray(), "md5$1$a$b")).isFalse();
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      return javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(
              new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, iterations, 256))
          .getEncoded();
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
