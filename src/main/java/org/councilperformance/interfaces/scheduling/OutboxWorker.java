package org.councilperformance.interfaces.scheduling;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.councilperformance.application.distribution.MailSender;
import org.councilperformance.application.distribution.Outbox;
import org.councilperformance.application.distribution.SendResult;
import org.councilperformance.domain.distribution.AttemptOutcome;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each server's outbox worker (docs/design.md#outbox): every few seconds it issues the packs whose
 * runs the timer recorded, then claims due messages a few at a time, sends each outside any
 * transaction and records how it went. Several servers run one each; leases and SKIP LOCKED keep
 * them off each other's messages.
 */
@ApplicationScoped
public class OutboxWorker {
  private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

  /** Messages claimed per transaction: few, so a crash leaves few leases to run out. */
  static final int BATCH = 10;

  /** Batches per tick, so that one tick ends and the next starts with fresh claims. */
  static final int BATCHES_PER_TICK = 50;

  private final DistributionWork work;
  private final MailSender sender;
  private final HaltForTests halt;
  private final Clock clock;
  private final long pollSeconds;
  private final boolean enabled;
  private final String server;
  private ScheduledFuture<?> ticking;

  @Inject
  public OutboxWorker(
      DistributionWork work,
      MailSender sender,
      HaltForTests halt,
      Clock clock,
      @ConfigProperty(name = "distribution.poll.seconds", defaultValue = "15") long pollSeconds,
      @ConfigProperty(name = "distribution.worker.enabled", defaultValue = "true")
          boolean enabled) {
    this.work = work;
    this.sender = sender;
    this.halt = halt;
    this.clock = clock;
    this.pollSeconds = pollSeconds;
    this.enabled = enabled;
    this.server = DistributionWork.SERVER;
  }

  /** For CDI's client proxy only. */
  protected OutboxWorker() {
    this(null, null, null, null, 15, false);
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (!enabled) {
      LOG.info("The outbox worker is off (DISTRIBUTION_WORKER_ENABLED=false).");
      return;
    }
    try {
      ManagedScheduledExecutorService executor =
          InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
      ticking =
          executor.scheduleWithFixedDelay(this::tick, pollSeconds, pollSeconds, TimeUnit.SECONDS);
    } catch (NamingException e) {
      throw new IllegalStateException("the server offers no managed scheduled executor", e);
    }
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
    if (ticking != null) {
      ticking.cancel(false);
    }
  }

  /** One round: due packs issued, then the outbox sent. Never throws: the next tick tries again. */
  void tick() {
    try {
      while (work.issueNextDueRun()) {
        LOG.info("Issued a scheduled committee pack");
      }
      for (int batch = 0; batch < BATCHES_PER_TICK; batch++) {
        List<Outbox.Claim> claims = work.claim(server, BATCH);
        if (claims.isEmpty()) {
          return;
        }
        halt.at(HaltForTests.Point.AFTER_CLAIM);
        for (Outbox.Claim claim : claims) {
          Instant started = clock.instant();
          SendResult result = sender.send(claim.mail());
          if (result.outcome() == AttemptOutcome.SENT) {
            halt.at(HaltForTests.Point.AFTER_ACCEPT);
          }
          work.settle(claim, server, started, result);
        }
      }
    } catch (RuntimeException e) {
      // The database away, most likely: what was claimed is taken again once its lease runs out.
      LOG.log(Level.WARNING, "The outbox worker's round failed; it tries again next round", e);
    }
  }
}
