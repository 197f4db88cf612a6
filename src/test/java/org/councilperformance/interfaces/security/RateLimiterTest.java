package org.councilperformance.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  private void advance(Duration d) {
    now.addAndGet(d.toNanos());
  }

  @Test
  void aKeyMaySpendItsWholeMinuteAtOnceAndNoMore() {
    RateLimiter limiter = new RateLimiter(3, now::get);
    assertThat(limiter.take("alice")).isEmpty();
    assertThat(limiter.take("alice")).isEmpty();
    assertThat(limiter.take("alice")).isEmpty();
    assertThat(limiter.take("alice")).contains(Duration.ofSeconds(20));
  }

  @Test
  void oneComesBackAfterASixtiethOfAMinutePerLimit() {
    RateLimiter limiter = new RateLimiter(3, now::get);
    for (int i = 0; i < 3; i++) {
      limiter.take("alice");
    }
    advance(Duration.ofSeconds(20).minusNanos(1));
    assertThat(limiter.take("alice")).contains(Duration.ofNanos(1));
    advance(Duration.ofNanos(1));
    assertThat(limiter.take("alice")).isEmpty();
    assertThat(limiter.take("alice")).isPresent();
  }

  @Test
  void aRefusedAttemptSpendsNothing() {
    RateLimiter limiter = new RateLimiter(1, now::get);
    limiter.take("alice");
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.take("alice")).isPresent();
    }
    advance(Duration.ofMinutes(1));
    assertThat(limiter.take("alice")).isEmpty();
  }

  @Test
  void keysAreCountedApartAndAFullBucketNeverOverfills() {
    RateLimiter limiter = new RateLimiter(2, now::get);
    limiter.take("alice");
    limiter.take("alice");
    assertThat(limiter.take("bob")).isEmpty();
    advance(Duration.ofDays(400));
    assertThat(limiter.take("alice")).isEmpty();
    assertThat(limiter.take("alice")).isEmpty();
    assertThat(limiter.take("alice")).isPresent();
  }

  @Test
  void zeroTurnsTheLimitOff() {
    RateLimiter limiter = new RateLimiter(0, now::get);
    for (int i = 0; i < 1_000; i++) {
      assertThat(limiter.take("alice")).isEmpty();
    }
  }

  @Test
  void forgottenKeysAreOnlyThoseWhoseBucketIsFullAgain() {
    RateLimiter limiter = new RateLimiter(1, now::get);
    limiter.take("spent");
    for (int i = 0; i <= RateLimiter.MAX_KEYS; i++) {
      limiter.take("k" + i);
    }
    advance(Duration.ofSeconds(30));
    limiter.take("trigger");
    // "spent" is half refilled: still remembered, still refused
    assertThat(limiter.take("spent")).contains(Duration.ofSeconds(30));
  }
}
