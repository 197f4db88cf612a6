package org.councilperformance.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SingleSignOnSettingsTest {
  private static SingleSignOnSettings afterSignIn(String value) {
    return new SingleSignOnSettings(
        true,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "preferred_username",
        "openid",
        value);
  }

  @Test
  void aPathIsBelowTheContextRoot() {
    assertThat(afterSignIn("/portal/").afterSignIn("/performance"))
        .isEqualTo("/performance/portal/");
  }

  @Test
  void atTheRootThePathIsAsGiven() {
    assertThat(afterSignIn("/portal/").afterSignIn("")).isEqualTo("/portal/");
  }

  @Test
  void anAbsoluteUrlIsTakenAsItIs() {
    assertThat(afterSignIn("https://intranet.example.gov.uk/").afterSignIn("/performance"))
        .isEqualTo("https://intranet.example.gov.uk/");
  }

  @Test
  void aSchemeRelativeUrlIsNotAPath() {
    assertThat(afterSignIn("//intranet.example.gov.uk/").afterSignIn("/performance"))
        .isEqualTo("//intranet.example.gov.uk/");
  }
}
