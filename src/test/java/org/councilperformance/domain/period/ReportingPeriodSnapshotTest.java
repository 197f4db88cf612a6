package org.councilperformance.domain.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * When a period is judged from the snapshot taken as it was locked
 * (docs/rules.md#a-locked-period-keeps-its-statuses): only once the snapshot is taken, whatever it
 * holds, and not after reopening.
 */
class ReportingPeriodSnapshotTest {
  private final ReportingPeriod period =
      new ReportingPeriod(PeriodCode.parse("2030-31-Q1", "period"), "Q1 2030/31");

  @Test
  void anOpenPeriodIsJudgedLive() {
    assertThat(period.judgedAsLocked()).isFalse();
  }

  @Test
  void aLockedPeriodIsJudgedLiveUntilItsSnapshotIsTakenEvenAnEmptyOne() {
    period.lock();
    assertThat(period.judgedAsLocked()).as("locking, before the snapshot").isFalse();
    period.snapshotTaken();
    assertThat(period.judgedAsLocked()).isTrue();
    period.publish();
    assertThat(period.judgedAsLocked()).as("publishing keeps it").isTrue();
  }

  @Test
  void reopeningJudgesItLiveAgainUntilLockedAgain() {
    period.lock();
    period.snapshotTaken();
    period.reopen("a figure was wrong");
    period.snapshotDropped();
    assertThat(period.judgedAsLocked()).isFalse();
    period.lock();
    assertThat(period.judgedAsLocked()).as("locked again, no snapshot yet").isFalse();
  }

  @Test
  void aLockedPeriodWhoseSnapshotIsStillMarkedButReopenedIsLive() {
    period.lock();
    period.snapshotTaken();
    period.reopen("reopened without dropping: the state alone says live");
    assertThat(period.judgedAsLocked()).isFalse();
  }
}
