package org.councilperformance.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecureSessionCookieTest {
  @Test
  void theCookieIsTheSameOneMadeSecure() {
    assertThat(SecureSessionCookie.header("cp_session", "abc123", "/performance", true, "Lax"))
        .isEqualTo("cp_session=abc123; Path=/performance; Secure; HttpOnly; SameSite=Lax");
  }

  @Test
  void withoutHttpOnlyOrSameSiteNeitherIsAdded() {
    assertThat(SecureSessionCookie.header("cp_session", "abc123", "/", false, null))
        .isEqualTo("cp_session=abc123; Path=/; Secure");
  }
}
