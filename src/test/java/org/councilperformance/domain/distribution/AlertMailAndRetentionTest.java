package org.councilperformance.domain.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An alert's email (the outbox's lease and back-off) and the archive's retention rule. */
class AlertMailAndRetentionTest {
  private static final RetryPolicy POLICY =
      new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1));
  private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");

  private static AlertMail copy() {
    return new AlertMail(7, "Admin@Council.gov.uk", "council.gov.uk", T0, T0.plusSeconds(600));
  }

  @Test
  void anAlertsMessageIdIsFixedPerAlertAndAddressAndDiffersOtherwise() {
    String id = MessageIds.ofAlert(7, "admin@council.gov.uk", "Council.gov.uk");
    assertThat(id).matches("<alert\\.7\\.[0-9a-f]{16}@council\\.gov\\.uk>");
    assertThat(MessageIds.ofAlert(7, " Admin@Council.gov.uk ", "council.gov.uk")).isEqualTo(id);
    assertThat(copy().messageId()).isEqualTo(id);
    assertThat(MessageIds.ofAlert(8, "admin@council.gov.uk", "council.gov.uk")).isNotEqualTo(id);
    assertThat(MessageIds.ofAlert(7, "other@council.gov.uk", "council.gov.uk")).isNotEqualTo(id);
    assertThat(id).doesNotContain("admin"); // the address is not in clear
  }

  @Test
  void aClaimedCopyIsHeldByItsServerUntilTheLeaseRunsOut() {
    AlertMail copy = copy();
    assertThat(copy.claimable(T0)).isTrue();
    copy.claim("a", T0, Duration.ofSeconds(30));
    assertThat(copy.heldBy("a")).isTrue();
    assertThat(copy.heldBy("b")).isFalse();
    assertThat(copy.claimable(T0.plusSeconds(29))).isFalse();
    assertThatThrownBy(() -> copy.claim("b", T0.plusSeconds(29), Duration.ofSeconds(30)))
        .isInstanceOf(IllegalStateException.class);
    copy.claim("b", T0.plusSeconds(30), Duration.ofSeconds(30)); // "a" died: taken over
    assertThat(copy.heldBy("a")).isFalse();
    assertThat(copy.attempts()).isEqualTo(2);
  }

  @Test
  void aTransientFailureWaitsThenAPermanentOneOrTheDeadlineEndsIt() {
    AlertMail copy = copy();
    copy.claim("a", T0, Duration.ofSeconds(30));
    assertThat(copy.settle(AttemptOutcome.TRANSIENT, 451, "busy", T0, POLICY)).isFalse();
    assertThat(copy.state()).isEqualTo(DeliveryState.RETRY);
    assertThat(copy.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    copy.claim("a", T0.plusSeconds(60), Duration.ofSeconds(30));
    copy.settle(AttemptOutcome.TRANSIENT, null, "no answer", T0.plusSeconds(60), POLICY);
    copy.claim("a", T0.plusSeconds(180), Duration.ofSeconds(30));
    // The next wait (4 min) would pass the deadline (10 min after T0): given up.
    assertThat(copy.settle(AttemptOutcome.TRANSIENT, 421, "busy", T0.plusSeconds(420), POLICY))
        .isTrue();
    assertThat(copy.state()).isEqualTo(DeliveryState.FAILED_PERMANENT);
    assertThat(copy.lastError()).startsWith("gave up at the alert's deadline");

    AlertMail refused = copy();
    refused.claim("a", T0, Duration.ofSeconds(30));
    assertThat(refused.settle(AttemptOutcome.PERMANENT, 550, "no such user", T0, POLICY)).isTrue();
    assertThat(refused.lastReplyCode()).isEqualTo(550);

    AlertMail sent = copy();
    sent.claim("a", T0, Duration.ofSeconds(30));
    assertThat(sent.settle(AttemptOutcome.SENT, 250, null, T0, POLICY)).isFalse();
    assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
    assertThat(sent.sentAt()).isEqualTo(T0);
    assertThat(sent.claimable(T0.plusSeconds(3600))).isFalse();
  }

  @Test
  void aPackIsKeptUntilTheEndOfItsRetainUntilDayAndDeletedFromTheNext() {
    LocalDate retainUntil = LocalDate.of(2032, 12, 2);
    assertThat(PackEdition.pastRetention(retainUntil, retainUntil.minusDays(1))).isFalse();
    assertThat(PackEdition.pastRetention(retainUntil, retainUntil)).isFalse();
    assertThat(PackEdition.pastRetention(retainUntil, retainUntil.plusDays(1))).isTrue();
  }
}
