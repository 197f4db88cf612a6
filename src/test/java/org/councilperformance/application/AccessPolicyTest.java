package org.councilperformance.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilperformance.domain.AccessDeniedException;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.UserAccount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessPolicyTest {
  private final AccessPolicy policy = new AccessPolicy();

  @ParameterizedTest(name = "{0} {1} {2} -> allowed={3}")
  @CsvSource({
    "VIEWER, GET, indicators/HC-PI-01/history, true",
    "VIEWER, GET, summary, true",
    "VIEWER, GET, users, false",
    "VIEWER, PUT, indicators/HC-PI-01/measurements/2018-19-Q2, false",
    "VIEWER, POST, tokens, true",
    "VIEWER, DELETE, tokens/3, true",
    "VIEWER, DELETE, session, true",
    "EDITOR, PUT, indicators/HC-PI-01/measurements/2018-19-Q2, true",
    "EDITOR, PUT, indicators/HC-PI-01/targets/2018-19, true",
    "EDITOR, PUT, indicators/HC-PI-01/measurements/2018-19-Q2/status-override, false",
    "EDITOR, DELETE, indicators/HC-PI-01/measurements/2018-19-Q2/status-override, false",
    "EDITOR, DELETE, indicators/HC-PI-01/measurements/2018-19-Q2/reported-status, true",
    "EDITOR, DELETE, indicators/HC-PI-01/measurements/2018-19-Q2/own-forecast, true",
    "EDITOR, DELETE, indicators/HC-PI-01/measurements/2018-19-Q2, false",
    "VIEWER, DELETE, indicators/HC-PI-01/measurements/2018-19-Q2/reported-status, false",
    "EDITOR, POST, periods/2019-20/basket-copy, false",
    "EDITOR, PUT, indicators/HC-PI-01, false",
    "EDITOR, POST, indicators, false",
    "EDITOR, POST, plans, false",
    "EDITOR, GET, users/admin, false",
    "EDITOR, POST, imports/preview, true",
    "EDITOR, POST, imports/apply, true",
    "VIEWER, POST, imports/apply, false",
    "APPROVER, POST, imports/preview, false",
    "APPROVER, PUT, indicators/HC-PI-01/measurements/2018-19-Q2, false",
    "APPROVER, POST, periods, false",
    "EDITOR, GET, reminders/schedule, false",
    "APPROVER, GET, reminders/periods/2026-27-Q1, false",
    "VIEWER, GET, reminders/deadlines/2026-27-Q1, true",
    "EDITOR, PUT, reminders/deadlines/2026-27-Q1, false",
    "EDITOR, POST, reminders/periods/2026-27-Q1/units/HS/again, false",
    "ADMIN, POST, reminders/periods/2026-27-Q1/units/HS/again, true",
    "ADMIN, POST, users, true",
    "ADMIN, PUT, indicators/HC-PI-01/measurements/2018-19-Q2/status-override, true",
    "ADMIN, DELETE, indicators/HC-PI-01/measurements/2018-19-Q2/status-override, true"
  })
  void decidesByRoleMethodAndPath(Role role, String method, String path, boolean allowed) {
    UserAccount caller = new UserAccount("someone", "Someone", role);
    if (allowed) {
      assertThatCode(() -> policy.checkRequest(method, path, caller)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> policy.checkRequest(method, path, caller))
          .isInstanceOf(AccessDeniedException.class);
    }
  }
}
