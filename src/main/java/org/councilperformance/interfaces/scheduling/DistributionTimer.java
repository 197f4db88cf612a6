package org.councilperformance.interfaces.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.spi.CDI;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one persistent timer (docs/design.md#scheduling): Liberty's
 * enterpriseBeansPersistentTimer-4.0 stores it in the database, so with several servers it fires on
 * one of them per slot and another takes it over if that one dies. It only records due runs —
 * idempotent rows — in the timer's own transaction; issuing and sending are the workers'.
 */
@Singleton
public class DistributionTimer {
  private static final Logger LOG = Logger.getLogger(DistributionTimer.class.getName());

  /**
   * Every 30 seconds: a pack goes out within a minute of its publication date starting, or of its
   * period being published on that date.
   */
  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = true, info = "distribution")
  void recordDueRuns() {
    // An enterprise bean's constructor cannot take CDI beans in every container: the bean is looked
    // up when the timer fires instead.
    DistributionWork work = CDI.current().select(DistributionWork.class).get();
    work.recordDueRuns();
    // The archive's retention rides on the same once-per-cluster timer (docs/design.md#retention);
    // its failure is logged and tried at the next firing, never undoing the runs above.
    try {
      work.deleteExpiredPacks();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The archive's retention round failed; it runs again next firing", e);
    }
    // Reminders ride on it too (docs/design.md#reminders), likewise in a transaction of their own.
    try {
      CDI.current().select(ReminderWork.class).get().recordDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Recording due reminders failed; it runs again next firing", e);
    }
  }
}
