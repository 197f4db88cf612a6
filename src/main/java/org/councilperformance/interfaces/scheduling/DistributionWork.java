package org.councilperformance.interfaces.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.councilperformance.application.Caller;
import org.councilperformance.application.distribution.DistributionSchedule;
import org.councilperformance.application.distribution.Outbox;
import org.councilperformance.application.distribution.SendResult;

/**
 * The scheduled work's transactions, each short and each its own (docs/design.md#scheduling). The
 * work runs as the server task "distribution", which the audit and the archive record as who did
 * it.
 */
@ApplicationScoped
public class DistributionWork {
  static final Caller TASK = Caller.server("distribution");

  private final DistributionSchedule schedule;
  private final Outbox outbox;

  @Inject
  public DistributionWork(DistributionSchedule schedule, Outbox outbox) {
    this.schedule = schedule;
    this.outbox = outbox;
  }

  /** For CDI's client proxy only. */
  protected DistributionWork() {
    this(null, null);
  }

  /** The timer's transaction: joins the timer's own, so a firing and its runs commit together. */
  @Transactional
  public int recordDueRuns() {
    return TASK.run(schedule::recordDueRuns);
  }

  /** One due pack issued with its deliveries, or nothing; a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean issueNextDueRun() {
    return TASK.run(schedule::issueNextDueRun);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Outbox.Claim> claim(String server, int limit) {
    return TASK.run(() -> outbox.claim(server, limit));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void settle(long deliveryId, String server, Instant startedAt, SendResult result) {
    TASK.run(
        () -> {
          outbox.settle(deliveryId, server, startedAt, result);
          return null;
        });
  }
}
