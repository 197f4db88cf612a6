package org.councilperformance.interfaces.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.councilperformance.application.Caller;
import org.councilperformance.application.reminder.Reminders;

/**
 * The reminders' step of the once-per-cluster timer (docs/design.md#reminders): records the
 * reminders due, in a transaction of its own so that a failure here never undoes the distribution
 * runs the same firing recorded. The outbox workers send them.
 */
@ApplicationScoped
public class ReminderWork {
  static final Caller TASK = Caller.server("reminders");

  private final Reminders reminders;

  @Inject
  public ReminderWork(Reminders reminders) {
    this.reminders = reminders;
  }

  /** For CDI's client proxy only. */
  protected ReminderWork() {
    this(null);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int recordDue() {
    return TASK.run(() -> reminders.recordDue(DistributionWork.SERVER));
  }
}
