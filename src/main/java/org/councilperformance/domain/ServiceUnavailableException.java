package org.councilperformance.domain;

import java.time.Duration;

/**
 * The service cannot give a true answer now because something it depends on, its database, cannot
 * be reached; nothing was saved (docs/operations.md#database-outage).
 */
public class ServiceUnavailableException extends RetryLaterException {
  public ServiceUnavailableException(String message, Duration retryAfter) {
    super(message, retryAfter);
  }
}
