package org.councilperformance.domain;

import java.time.Duration;

/**
 * The service cannot give a true answer now: something it depends on cannot be had — its database
 * cannot be reached (docs/operations.md#database-outage), or every printer of the public packs is
 * busy (docs/open-data.md#the-pack); nothing was saved.
 */
public class ServiceUnavailableException extends RetryLaterException {
  public ServiceUnavailableException(String message, Duration retryAfter) {
    super(message, retryAfter);
  }
}
