package org.councilperformance.application.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.councilperformance.application.report.PrintedPack;
import org.councilperformance.domain.ServiceUnavailableException;
import org.councilperformance.domain.report.ReportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The public packs' keeping (docs/open-data.md#the-pack). */
class PublicPacksTest {
  private static final Instant PUBLISHED = Instant.parse("2026-07-30T09:00:00Z");
  private static final PublicPacks.Key Q1 =
      new PublicPacks.Key("2026-27-Q1", ReportFormat.PDF, PUBLISHED);
  private static final PublicPacks.Key Q1_HTML =
      new PublicPacks.Key("2026-27-Q1", ReportFormat.HTML, PUBLISHED);

  /** A clock the test moves on. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-08-01T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/London");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final Hands clock = new Hands();
  private final AtomicInteger prints = new AtomicInteger();
  private final ExecutorService others = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    others.shutdownNow();
  }

  private Supplier<PrintedPack> printer(int bytes) {
    return () -> {
      int n = prints.incrementAndGet();
      return new PrintedPack(new byte[bytes], ReportFormat.PDF, "pack-" + n, Duration.ZERO, null);
    };
  }

  @Test
  void aPackAskedForAgainWithinFiveMinutesIsNotPrintedAgain() {
    PublicPacks packs = new PublicPacks(clock);
    PrintedPack first = packs.pack(Q1, printer(10));
    clock.now = clock.now.plus(PublicPacks.KEPT).minusSeconds(1);
    assertThat(packs.pack(Q1, printer(10))).isSameAs(first);
    assertThat(prints).hasValue(1);
  }

  @Test
  void fiveMinutesOnItIsPrintedAgain() {
    PublicPacks packs = new PublicPacks(clock);
    PrintedPack first = packs.pack(Q1, printer(10));
    clock.now = clock.now.plus(PublicPacks.KEPT);
    PrintedPack second = packs.pack(Q1, printer(10));
    assertThat(second).isNotSameAs(first);
    assertThat(second.fileStem()).isEqualTo("pack-2");
  }

  @Test
  void eachFormatAndEachPublicationIsItsOwnPack() {
    PublicPacks packs = new PublicPacks(clock);
    packs.pack(Q1, printer(10));
    packs.pack(Q1_HTML, printer(10));
    packs.pack(
        new PublicPacks.Key(Q1.period(), Q1.format(), PUBLISHED.plusSeconds(60)), printer(10));
    assertThat(prints).hasValue(3);
  }

  @Test
  void aPackAskedForWhileItIsPrintedWaitsForThatPrint() throws Exception {
    PublicPacks packs = new PublicPacks(clock);
    CountDownLatch finish = new CountDownLatch(1);
    Future<PrintedPack> first = printingUntil(packs, finish);
    Future<PrintedPack> second = others.submit(() -> packs.pack(Q1, printer(10)));
    Thread.sleep(200); // the second is waiting, not printing
    assertThat(prints).hasValue(0);
    finish.countDown();
    assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
    assertThat(prints).hasValue(1);
  }

  @Test
  void anotherPackWhileThePrinterIsBusyWaitsItsTurn() throws Exception {
    PublicPacks packs = new PublicPacks(clock, 1_000_000, Duration.ofSeconds(10));
    CountDownLatch finish = new CountDownLatch(1);
    Future<PrintedPack> first = printingUntil(packs, finish);
    Future<PrintedPack> other = others.submit(() -> packs.pack(Q1_HTML, printer(10)));
    Thread.sleep(200);
    assertThat(other).isNotDone();
    finish.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS).fileStem()).isEqualTo("pack-1");
    assertThat(other.get(10, TimeUnit.SECONDS).fileStem()).isEqualTo("pack-2");
  }

  @Test
  void anotherPackWhenTheQueueRunsOutIs503WithRetryAfterAndNothingIsKeptOfIt() throws Exception {
    PublicPacks packs = new PublicPacks(clock, 1_000_000, Duration.ofMillis(100));
    CountDownLatch finish = new CountDownLatch(1);
    Future<PrintedPack> first = printingUntil(packs, finish);
    assertThatThrownBy(() -> packs.pack(Q1_HTML, printer(10)))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("try again shortly")
        .satisfies(
            e -> assertThat(((ServiceUnavailableException) e).retryAfterSeconds()).isEqualTo(30));
    finish.countDown();
    first.get(10, TimeUnit.SECONDS);
    // Once the printer is free, the refused pack is printed as if never asked for.
    assertThat(packs.pack(Q1_HTML, printer(10)).fileStem()).isEqualTo("pack-2");
  }

  @Test
  void aFailedPrintIsNotKeptTheNextRequestPrintsAfresh() {
    PublicPacks packs = new PublicPacks(clock);
    assertThatThrownBy(
            () ->
                packs.pack(
                    Q1,
                    () -> {
                      throw new IllegalStateException("the database went away");
                    }))
        .hasMessage("the database went away");
    assertThat(packs.pack(Q1, printer(10)).fileStem()).isEqualTo("pack-1");
  }

  @Test
  void beyondTheBytesAllowedTheOldestPacksAreForgotten() {
    PublicPacks packs = new PublicPacks(clock, 25, Duration.ZERO);
    packs.pack(Q1, printer(10));
    clock.now = clock.now.plusSeconds(1);
    packs.pack(Q1_HTML, printer(10));
    clock.now = clock.now.plusSeconds(1);
    PublicPacks.Key q2 = new PublicPacks.Key("2026-27-Q2", ReportFormat.PDF, PUBLISHED);
    packs.pack(q2, printer(10)); // 30 bytes: the oldest, Q1's PDF, goes
    assertThat(prints).hasValue(3);
    packs.pack(q2, printer(10));
    packs.pack(Q1_HTML, printer(10));
    assertThat(prints).hasValue(3);
    packs.pack(Q1, printer(10));
    assertThat(prints).hasValue(4);
  }

  /** Q1's PDF being printed in another thread until {@code finish} counts down. */
  private Future<PrintedPack> printingUntil(PublicPacks packs, CountDownLatch finish)
      throws InterruptedException {
    CountDownLatch printing = new CountDownLatch(1);
    Future<PrintedPack> print =
        others.submit(
            () ->
                packs.pack(
                    Q1,
                    () -> {
                      printing.countDown();
                      await(finish);
                      return printer(10).get();
                    }));
    assertThat(printing.await(10, TimeUnit.SECONDS)).isTrue();
    return print;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
