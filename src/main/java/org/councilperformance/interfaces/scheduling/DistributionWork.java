package org.councilperformance.interfaces.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import org.councilperformance.application.Caller;
import org.councilperformance.application.distribution.ArchiveRetention;
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

  /** This server among several: its JVM's pid@host, recorded with what it claims and records. */
  static final String SERVER = ManagementFactory.getRuntimeMXBean().getName();

  private final DistributionSchedule schedule;
  private final Outbox outbox;
  private final ArchiveRetention retention;
  private final HaltForTests halt;

  @Inject
  public DistributionWork(
      DistributionSchedule schedule, Outbox outbox, ArchiveRetention retention, HaltForTests halt) {
    this.schedule = schedule;
    this.outbox = outbox;
    this.retention = retention;
    this.halt = halt;
  }

  /** For CDI's client proxy only. */
  protected DistributionWork() {
    this(null, null, null, null);
  }

  /** The timer's transaction: joins the timer's own, so a firing and its runs commit together. */
  @Transactional
  public int recordDueRuns() {
    return TASK.run(() -> schedule.recordDueRuns(SERVER));
  }

  /** One due pack issued with its deliveries, or nothing; a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean issueNextDueRun() {
    boolean issued = TASK.run(schedule::issueNextDueRun);
    if (issued) {
      halt.at(HaltForTests.Point.MID_GENERATION);
    }
    return issued;
  }

  /**
   * The archive's retention, from the timer (once per cluster) but in a transaction of its own, so
   * that a failure there does not undo the runs the timer recorded.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int deleteExpiredPacks() {
    return TASK.run(retention::deleteExpired);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Outbox.Claim> claim(String server, int limit) {
    return TASK.run(() -> outbox.claim(server, limit));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void settle(Outbox.Claim claim, String server, Instant startedAt, SendResult result) {
    TASK.run(
        () -> {
          outbox.settle(claim, server, startedAt, result);
          return null;
        });
  }
}
