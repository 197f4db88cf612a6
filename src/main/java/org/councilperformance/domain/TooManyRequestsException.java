package org.councilperformance.domain;

import java.time.Duration;

/**
 * Too many sign-ins or token uses in a short time from one address, for one username or with one
 * token: guessing passwords or tokens is slowed down (docs/access-and-workflow.md#rate-limits).
 */
public class TooManyRequestsException extends RetryLaterException {
  public TooManyRequestsException(String message, Duration retryAfter) {
    super(message, retryAfter);
  }
}
