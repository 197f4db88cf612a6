package org.councilperformance.application.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.councilperformance.application.report.PrintedPack;
import org.councilperformance.domain.ServiceUnavailableException;
import org.councilperformance.domain.report.ReportFormat;

/**
 * The published packs anyone may ask for, printed once and kept for a few minutes
 * (docs/open-data.md#the-pack). Printing a council's pack takes seconds to minutes and much memory,
 * and nobody need sign in to ask for it: so a pack asked for again while it is printed waits for
 * that print rather than starting another, a printed one is answered from memory until it is {@link
 * #KEPT} old, and only {@link #PRINTERS} different packs are printed at once on a server — another
 * waits up to {@link #QUEUE} for the printer, then is answered 503 with {@code Retry-After}.
 */
@ApplicationScoped
public class PublicPacks {
  /** As long as shared caches may keep the pack (docs/open-data.md#caching). */
  public static final Duration KEPT = Duration.ofMinutes(5);

  /** Different packs printed at once on one server. */
  public static final int PRINTERS = 1;

  /** Bytes of printed packs kept in memory at most; the oldest go first. */
  static final long MAX_KEPT_BYTES = 64L * 1024 * 1024;

  /**
   * How long a request for another pack waits for the printer: a district's pack prints in a second
   * or two, so nobody sees the 503 but while a county's (minutes) is printed.
   */
  static final Duration QUEUE = Duration.ofSeconds(20);

  /** How long a request waits for a print another request started. */
  static final Duration WAIT = Duration.ofMinutes(3);

  static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  /**
   * Which pack: a period published again after a reopening is another pack.
   *
   * @param publishedAt when the period was last published
   */
  public record Key(String period, ReportFormat format, Instant publishedAt) {}

  private record Kept(PrintedPack pack, Instant printedAt) {}

  private final Clock clock;
  private final long maxKeptBytes;
  private final Duration queue;
  private final Map<Key, CompletableFuture<Kept>> packs = new ConcurrentHashMap<>();
  private final Semaphore printers = new Semaphore(PRINTERS);

  @Inject
  public PublicPacks(Clock clock) {
    this(clock, MAX_KEPT_BYTES, QUEUE);
  }

  PublicPacks(Clock clock, long maxKeptBytes, Duration queue) {
    this.clock = clock;
    this.maxKeptBytes = maxKeptBytes;
    this.queue = queue;
  }

  /** For CDI's client proxy only. */
  protected PublicPacks() {
    this(null);
  }

  /**
   * The pack for the key: kept, being printed (waited for), or printed now by {@code print}.
   *
   * @throws ServiceUnavailableException when the printer stays busy with other packs longer than
   *     the queue allows, or the print waited for takes longer than {@link #WAIT}
   */
  public PrintedPack pack(Key key, Supplier<PrintedPack> print) {
    while (true) {
      CompletableFuture<Kept> mine = new CompletableFuture<>();
      CompletableFuture<Kept> theirs = packs.putIfAbsent(key, mine);
      if (theirs == null) {
        return printInto(mine, key, print).pack();
      }
      Kept kept = await(theirs);
      if (kept != null && !expired(kept)) {
        return kept.pack();
      }
      packs.remove(key, theirs); // expired, or its print failed: print afresh
    }
  }

  private Kept printInto(CompletableFuture<Kept> mine, Key key, Supplier<PrintedPack> print) {
    if (!acquirePrinter()) {
      ServiceUnavailableException busy =
          new ServiceUnavailableException(
              "other published packs are being printed; try again shortly", RETRY_AFTER);
      packs.remove(key, mine);
      mine.completeExceptionally(busy);
      throw busy;
    }
    try {
      Kept kept = new Kept(print.get(), clock.instant());
      mine.complete(kept);
      trim();
      return kept;
    } catch (RuntimeException | Error e) {
      packs.remove(key, mine);
      mine.completeExceptionally(e);
      throw e;
    } finally {
      printers.release();
    }
  }

  private boolean acquirePrinter() {
    try {
      return printers.tryAcquire(queue.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The print another request started; null when it failed for a reason of its own. */
  private static Kept await(CompletableFuture<Kept> theirs) {
    try {
      return theirs.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException slow) {
      throw new ServiceUnavailableException(
          "the published pack is still being printed; try again shortly", RETRY_AFTER);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableException("the server is stopping", RETRY_AFTER);
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof ServiceUnavailableException busy) {
        throw busy; // the printers were busy for them too
      }
      return null;
    }
  }

  private boolean expired(Kept kept) {
    return !clock.instant().isBefore(kept.printedAt().plus(KEPT));
  }

  /** Forgets expired packs, then the oldest until what is kept fits the bytes allowed. */
  private void trim() {
    packs.entrySet().removeIf(e -> done(e.getValue()) && expired(e.getValue().join()));
    long bytes = 0;
    var newestFirst =
        packs.entrySet().stream()
            .filter(e -> done(e.getValue()))
            .sorted(
                Comparator.comparing(
                        (Map.Entry<Key, CompletableFuture<Kept>> e) ->
                            e.getValue().join().printedAt())
                    .reversed())
            .toList();
    for (var entry : newestFirst) {
      bytes += entry.getValue().join().pack().document().length;
      if (bytes > maxKeptBytes) {
        packs.remove(entry.getKey(), entry.getValue());
      }
    }
  }

  private static boolean done(CompletableFuture<Kept> f) {
    return f.isDone() && !f.isCompletedExceptionally();
  }
}
