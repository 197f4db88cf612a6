package org.councilperformance.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookieTest {
  @Test
  void atTheRootTheCookieIsForTheWholeServer() {
    assertThat(SessionCookie.path("")).isEqualTo("/");
  }

  @Test
  void atAnotherContextRootTheCookieIsForThatPathOnly() {
    assertThat(SessionCookie.path("/performance")).isEqualTo("/performance");
  }
}
