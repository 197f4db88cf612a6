package org.councilperformance.domain.distribution;

import java.time.Duration;

/**
 * How long to wait before trying a transiently failed message again: doubling from {@code first}
 * after each attempt, never more than {@code cap} (docs/design.md#outbox).
 */
public record RetryPolicy(Duration first, Duration cap) {
  public RetryPolicy {
    if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
      throw new IllegalArgumentException("0 < first <= cap: " + first + ", " + cap);
    }
  }

  /** The wait after the given number of attempts so far (1 after the first). */
  public Duration delayAfter(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts count from 1");
    }
    int doublings = Math.min(attempts - 1, 30); // 2^30 times any first wait passes any cap
    Duration delay = first.multipliedBy(1L << doublings);
    return delay.compareTo(cap) > 0 ? cap : delay;
  }
}
