package org.councilperformance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallerTest {
  @AfterEach
  void leave() {
    Caller.leave();
  }

  @Test
  void workWithNoCallerRunsAsTheSystem() {
    assertThat(Caller.current()).isEqualTo(Caller.SYSTEM);
    assertThat(Caller.current().name()).isEqualTo("system");
    assertThat(Caller.current().account()).isNull();
  }

  @Test
  void aSignedInCallerIsNamedByTheirAccount() {
    UserAccount editor = new UserAccount("housing.editor", "Housing editor", Role.EDITOR);
    Caller.signedIn(editor).enter();
    assertThat(Caller.current().name()).isEqualTo("housing.editor");
    assertThat(Caller.current().account()).isSameAs(editor);
    Caller.leave();
    assertThat(Caller.current()).isEqualTo(Caller.SYSTEM);
  }

  @Test
  void aSignInAttemptIsAnonymousUnlessTheRequestCarriesAPrincipal() {
    assertThat(Caller.notSignedIn(null).name()).isEqualTo("anonymous");
    assertThat(Caller.notSignedIn("admin").name()).isEqualTo("admin");
    assertThat(Caller.notSignedIn("admin").account()).isNull();
  }

  @Test
  void aServerTaskRestoresWhoeverWasActingBeforeEvenWhenItFails() {
    Caller outer = Caller.server("sample-loader");
    outer.enter();
    String inside = Caller.server("first-admin-setup").run(() -> Caller.current().name());
    assertThat(inside).isEqualTo("first-admin-setup");
    assertThat(Caller.current()).isEqualTo(outer);
    assertThatThrownBy(
            () ->
                Caller.server("failing")
                    .run(
                        () -> {
                          throw new IllegalStateException("boom");
                        }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Caller.current()).isEqualTo(outer);
  }
}
