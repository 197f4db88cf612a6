package org.councilperformance.interfaces.portal.reading;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.councilperformance.application.Caller;
import org.councilperformance.application.report.PrintedPack;
import org.councilperformance.interfaces.rest.problem.Problem;
import org.councilperformance.interfaces.rest.problem.UnexpectedExceptionMapper;

/**
 * The large packs being printed in the background, and those printed lately
 * (docs/portal.md#the-committee-pack). A request identical to one queued or running joins it. A
 * finished pack is kept for {@link #KEPT_FOR} and at most {@link #KEPT} of them, the oldest going
 * first. They live in this server's memory only, as sessions do (docs/design.md#not-yet-built,
 * "Several servers"): a job survives the browser leaving, not the server stopping.
 */
@ApplicationScoped
public class PackJobs {
  static final Duration KEPT_FOR = Duration.ofMinutes(30);
  static final int KEPT = 20;

  private final BiFunction<Caller, PackRequest, PrintedPack> printer;
  private final BiFunction<RuntimeException, String, String> judge;
  private final Clock clock;
  private final Map<String, PackJob> jobs = new LinkedHashMap<>();
  private Executor executor;

  @Inject
  public PackJobs(PackPrinting printing) {
    this(printing == null ? null : printing::print, PackJobs::judged, null, Clock.systemUTC());
  }

  /**
   * @param judge a failure's message for the person, given where it happened
   * @param executor where jobs run; null for the server's default managed executor
   */
  PackJobs(
      BiFunction<Caller, PackRequest, PrintedPack> printer,
      BiFunction<RuntimeException, String, String> judge,
      Executor executor,
      Clock clock) {
    this.printer = printer;
    this.judge = judge;
    this.executor = executor;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected PackJobs() {
    this(null);
  }

  /** The job printing this pack: the one queued or running for the same request, else a new one. */
  public synchronized PackJob submit(PackRequest request, Caller caller) {
    forgetOld();
    Optional<PackJob> running =
        jobs.values().stream()
            .filter(j -> !j.finished() && j.request().equals(request))
            .findFirst();
    if (running.isPresent()) {
      return running.get();
    }
    PackJob job = new PackJob(UUID.randomUUID().toString(), request, clock.instant());
    executor().execute(() -> run(job, caller)); // refused (shutting down): no job is kept
    jobs.put(job.id(), job);
    return job;
  }

  public synchronized Optional<PackJob> job(String id) {
    forgetOld();
    return Optional.ofNullable(jobs.get(id));
  }

  private void run(PackJob job, Caller caller) {
    job.running();
    try {
      job.done(printer.apply(caller, job.request()), clock.instant());
    } catch (RuntimeException e) {
      job.failed(judge.apply(e, "pack job " + job.id()), clock.instant());
    } finally {
      if (!job.finished()) { // an Error: never a job that runs for ever for others to join
        job.failed("the pack could not be printed; ask for it again", clock.instant());
      }
    }
  }

  /** Judged and logged as a request's failure is: the same words, the same incident id. */
  private static String judged(RuntimeException e, String where) {
    return ((Problem) UnexpectedExceptionMapper.problemFor(e, where).getEntity()).detail();
  }

  private void forgetOld() {
    Instant now = clock.instant();
    jobs.values().removeIf(j -> j.finished() && j.finishedAt().plus(KEPT_FOR).isBefore(now));
    while (jobs.values().stream().filter(PackJob::finished).count() > KEPT) {
      jobs.values().stream()
          .filter(PackJob::finished)
          .min(Comparator.comparing(PackJob::finishedAt))
          .ifPresent(j -> jobs.remove(j.id()));
    }
  }

  /**
   * The server's default managed executor (feature concurrent-3.0): its threads carry the
   * application's context, so CDI and transactions work there. Looked up, not injected, because
   * Jakarta Concurrency 3.0 offers it by resource name only.
   */
  private Executor executor() {
    if (executor == null) {
      try {
        executor =
            InitialContext.<ManagedExecutorService>doLookup(
                "java:comp/DefaultManagedExecutorService");
      } catch (NamingException e) {
        throw new IllegalStateException("no managed executor: is concurrent-3.0 enabled?", e);
      }
    }
    return executor;
  }
}
