package org.councilperformance.interfaces.portal.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.councilperformance.application.Caller;
import org.councilperformance.application.report.PrintedPack;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.junit.jupiter.api.Test;

/**
 * The background packs' rules (docs/portal.md#the-committee-pack): joining, results, failures,
 * keeping.
 */
class PackJobsTest {
  private static final Caller MEMBER = Caller.server("member");

  private final List<Runnable> queued = new ArrayList<>();
  private final AtomicInteger printed = new AtomicInteger();
  private Instant now = Instant.parse("2026-12-03T01:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  private final PackJobs jobs =
      new PackJobs(
          (caller, request) -> {
            printed.incrementAndGet();
            if (request.priority() == null) {
              throw new OutOfMemoryError("Java heap space");
            }
            if (request.format() == ReportFormat.DOCX) {
              throw new NotFoundException("period", "period 2018-19-Q2 has not been set up");
            }
            return new PrintedPack(
                new byte[] {1, 2}, request.format(), caller.name(), Duration.ZERO, Duration.ZERO);
          },
          (e, where) -> where + ": " + e.getMessage(),
          queued::add,
          clock);

  private static PackRequest request(ReportFormat format) {
    return new PackRequest(
        PeriodCode.parse("2018-19-Q2", "period"),
        Code.of("HC", "priority"),
        null,
        List.of(PackSection.COVER, PackSection.SUMMARY),
        format);
  }

  private void runQueued() {
    List<Runnable> now = List.copyOf(queued);
    queued.clear();
    now.forEach(Runnable::run);
  }

  @Test
  void anIdenticalRequestJoinsTheQueuedOrRunningJobAndAnotherStartsItsOwn() {
    PackJob first = jobs.submit(request(ReportFormat.PDF), MEMBER);
    assertThat(first.state()).isEqualTo(PackJob.State.QUEUED);
    assertThat(jobs.submit(request(ReportFormat.PDF), Caller.server("other"))).isSameAs(first);
    PackJob xlsx = jobs.submit(request(ReportFormat.XLSX), MEMBER);
    assertThat(xlsx.id()).isNotEqualTo(first.id());
    assertThat(queued).hasSize(2);

    runQueued();
    assertThat(printed).hasValue(2);
    assertThat(first.state()).isEqualTo(PackJob.State.DONE);
    assertThat(first.printed().fileName()).isEqualTo("member.pdf"); // printed as who asked
    assertThat(jobs.job(first.id())).contains(first);

    // Once printed, asking again prints afresh: the figures may have changed since.
    assertThat(jobs.submit(request(ReportFormat.PDF), MEMBER).id()).isNotEqualTo(first.id());
  }

  @Test
  void aFailedJobSaysWhyAndOffersNoDocument() {
    PackJob job = jobs.submit(request(ReportFormat.DOCX), MEMBER);
    runQueued();
    assertThat(job.state()).isEqualTo(PackJob.State.FAILED);
    assertThat(job.failure())
        .isEqualTo("pack job " + job.id() + ": period 2018-19-Q2 has not been set up");
    assertThat(job.printed()).isNull();
  }

  @Test
  void aJobKilledByAnErrorFailsRatherThanRunningForEver() {
    PackJob job =
        jobs.submit(
            new PackRequest(
                PeriodCode.parse("2018-19-Q2", "period"),
                null,
                null,
                List.of(PackSection.COVER),
                ReportFormat.PDF),
            MEMBER);
    assertThatThrownBy(this::runQueued).isInstanceOf(OutOfMemoryError.class);
    assertThat(job.state()).isEqualTo(PackJob.State.FAILED);
    assertThat(job.failure()).contains("ask for it again");
  }

  @Test
  void aJobTheExecutorRefusedIsNotKeptForOthersToJoin() {
    AtomicInteger refusals = new AtomicInteger(1);
    PackJobs refusingOnce =
        new PackJobs(
            (c, r) -> null,
            (e, where) -> e.getMessage(),
            task -> {
              if (refusals.getAndDecrement() > 0) {
                throw new java.util.concurrent.RejectedExecutionException("shutting down");
              }
              queued.add(task);
            },
            clock);
    assertThatThrownBy(() -> refusingOnce.submit(request(ReportFormat.PDF), MEMBER))
        .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
    PackJob again = refusingOnce.submit(request(ReportFormat.PDF), MEMBER);
    assertThat(queued).hasSize(1); // a job of its own, queued: not a phantom that never runs
    assertThat(refusingOnce.job(again.id())).contains(again);
  }

  @Test
  void elapsedTimeStopsWhenTheJobFinishes() {
    PackJob job = jobs.submit(request(ReportFormat.PDF), MEMBER);
    now = now.plusSeconds(4);
    assertThat(job.elapsed(now)).isEqualTo(Duration.ofSeconds(4));
    runQueued();
    now = now.plusSeconds(10);
    assertThat(job.elapsed(now)).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aFinishedPackIsKeptThirtyMinutesAndOnlyTheNewestTwenty() {
    PackJob job = jobs.submit(request(ReportFormat.PDF), MEMBER);
    runQueued();
    now = now.plus(PackJobs.KEPT_FOR);
    assertThat(jobs.job(job.id())).contains(job);
    now = now.plusSeconds(1);
    assertThat(jobs.job(job.id())).isEmpty();

    List<PackJob> made = new ArrayList<>();
    for (int i = 0; i <= PackJobs.KEPT; i++) {
      made.add(jobs.submit(request(ReportFormat.PDF), MEMBER));
      runQueued();
      now = now.plusSeconds(1);
    }
    assertThat(jobs.job(made.get(0).id())).isEmpty();
    assertThat(jobs.job(made.get(1).id())).contains(made.get(1));
    assertThat(jobs.job(made.get(PackJobs.KEPT).id())).contains(made.get(PackJobs.KEPT));
  }

  @Test
  void aJobNotYetFinishedIsNeverForgotten() {
    PackJob job = jobs.submit(request(ReportFormat.PDF), MEMBER);
    now = now.plus(Duration.ofHours(5));
    assertThat(jobs.job(job.id())).contains(job);
  }
}
