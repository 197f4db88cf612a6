package org.councilperformance.domain.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A locked period judges its actions by their dates and progress as they stood at locking. */
class ActionAsLockedTest {
  private static final ReportingPeriod Q2 =
      new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "period"), null);
  private static final LocalDate END = Q2.endDate(); // 30 September 2018
  private final ActionStatusRule rule = ActionStatusRule.standard();

  private static Action scheduled(String due) {
    Action action = new Action("ACT-1", "Open the new depot");
    action.schedule(null, LocalDate.parse(due), null);
    return action;
  }

  private static ActionUpdate progress(Action action, int percent) {
    ActionUpdate update = new ActionUpdate(action, Q2);
    update.record(percent, null, null, null, "test", Instant.EPOCH);
    return update;
  }

  @ParameterizedTest(name = "due {0} at locking, moved to {1}: {2} as locked")
  @CsvSource({
    "2018-09-30, 2018-09-29, WARNING", // due on the day judged is not overdue, whatever it moves to
    "2018-11-01, 2018-09-29, NOT_STARTED", // beyond the warning window at locking
    "2018-10-30, 2018-09-01, WARNING", // 30 days ahead: the window's far end
    "2018-09-29, 2019-03-31, OVERDUE" // overdue at locking stays overdue when the date moves on
  })
  void laterDatesDoNotMoveTheStatusAsLocked(
      String dueAtLocking, String movedTo, ActionStatus kept) {
    Action action = scheduled(dueAtLocking);
    ActionAsLocked asLocked =
        new ActionAsLocked(Q2, action, ActionBasis.live(action, END, progress(action, 0)));

    action.schedule(null, LocalDate.parse(dueAtLocking), LocalDate.parse(movedTo));

    assertThat(asLocked.basis().statusBy(rule)).isEqualTo(kept);
    assertThat(asLocked.basis().due()).isEqualTo(LocalDate.parse(dueAtLocking));
  }

  @Test
  void theSameActionJudgedLiveFollowsItsNewDate() {
    Action action = scheduled("2018-09-30");
    action.schedule(null, LocalDate.parse("2018-09-30"), LocalDate.parse("2018-09-29"));

    assertThat(ActionBasis.live(action, END, null).statusBy(rule)).isEqualTo(ActionStatus.OVERDUE);
  }

  @Test
  void progressAsLockedStandsWhenAnEarlierUpdateChanges() {
    Action action = scheduled("2019-03-31");
    ActionUpdate update = progress(action, 100);
    ActionAsLocked asLocked = new ActionAsLocked(Q2, action, ActionBasis.live(action, END, update));

    update.record(10, null, null, null, "test", Instant.EPOCH);

    assertThat(asLocked.basis().statusBy(rule)).isEqualTo(ActionStatus.COMPLETED);
    assertThat(ActionPosition.of(action, asLocked.basis(), update, update, rule).progress())
        .isEqualTo(100);
  }
}
