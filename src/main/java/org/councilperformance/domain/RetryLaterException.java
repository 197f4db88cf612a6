package org.councilperformance.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * A request that cannot be answered now but may be later: the client is told how long to wait (the
 * HTTP {@code Retry-After} header).
 */
public abstract class RetryLaterException extends BusinessException {
  private final Duration retryAfter;

  protected RetryLaterException(String message, Duration retryAfter) {
    super(null, message);
    this.retryAfter = Objects.requireNonNull(retryAfter);
  }

  /** Whole seconds to wait before trying again (rounded up), at least one. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
