package org.councilperformance.domain.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxRulesTest {
  private static final RetryPolicy POLICY =
      new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1));

  @Test
  void theWaitDoublesFromTheFirstAndStopsAtTheCap() {
    assertThat(POLICY.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(POLICY.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(POLICY.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(POLICY.delayAfter(7)).isEqualTo(Duration.ofHours(1)); // 64 min capped
    assertThat(POLICY.delayAfter(1_000)).isEqualTo(Duration.ofHours(1)); // no overflow
  }

  @Test
  void aPolicyNeedsAPositiveFirstWaitNoLongerThanItsCap() {
    assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> POLICY.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void replyCodesAreClassifiedByTheirFirstDigit() {
    assertThat(AttemptOutcome.ofReply(250)).isEqualTo(AttemptOutcome.SENT);
    assertThat(AttemptOutcome.ofReply(251)).isEqualTo(AttemptOutcome.SENT);
    assertThat(AttemptOutcome.ofReply(421)).isEqualTo(AttemptOutcome.TRANSIENT);
    assertThat(AttemptOutcome.ofReply(451)).isEqualTo(AttemptOutcome.TRANSIENT);
    assertThat(AttemptOutcome.ofReply(452)).isEqualTo(AttemptOutcome.TRANSIENT);
    assertThat(AttemptOutcome.ofReply(499)).isEqualTo(AttemptOutcome.TRANSIENT);
    assertThat(AttemptOutcome.ofReply(500)).isEqualTo(AttemptOutcome.PERMANENT);
    assertThat(AttemptOutcome.ofReply(550)).isEqualTo(AttemptOutcome.PERMANENT);
    assertThat(AttemptOutcome.ofReply(554)).isEqualTo(AttemptOutcome.PERMANENT);
    assertThat(AttemptOutcome.ofReply(null)).isEqualTo(AttemptOutcome.TRANSIENT); // no answer
    assertThat(AttemptOutcome.ofReply(354)).isEqualTo(AttemptOutcome.TRANSIENT);
  }

  @Test
  void aMessageIdIsTheSameForTheSameDeliveryAndDiffersForAnother() {
    String id = MessageIds.of(12, 1, 340, "Council.gov.uk");
    assertThat(id).isEqualTo("<pack.12.1.340@council.gov.uk>");
    assertThat(MessageIds.of(12, 1, 340, "council.gov.uk")).isEqualTo(id);
    assertThat(MessageIds.of(12, 2, 340, "council.gov.uk")).isNotEqualTo(id);
    assertThat(MessageIds.of(12, 1, 341, "council.gov.uk")).isNotEqualTo(id);
    assertThat(MessageIds.of(13, 1, 340, "council.gov.uk")).isNotEqualTo(id);
  }

  @Test
  void theSendersDomainIsReadFromItsAddress() {
    assertThat(MessageIds.domainOf("papers@nwleics.gov.uk")).isEqualTo("nwleics.gov.uk");
    assertThat(MessageIds.domainOf("Committee papers <papers@nwleics.gov.uk>"))
        .isEqualTo("nwleics.gov.uk");
    assertThat(MessageIds.domainOf("nobody")).isEqualTo("localhost");
    assertThat(MessageIds.domainOf(null)).isEqualTo("localhost");
  }
}
