package org.councilperformance.domain.distribution;

/** Where one recipient's copy of a pack is (docs/design.md#outbox). */
public enum DeliveryState {
  /** Waiting for its first attempt. */
  PENDING,
  /** Claimed by a server, which holds a lease on it while it talks to the mail server. */
  SENDING,
  /** The last attempt failed for a reason that may pass; tried again from nextAttemptAt. */
  RETRY,
  /** The mail server accepted it. */
  SENT,
  /** Refused for good (5xx), or still not sent at the deadline before the meeting: an alert. */
  FAILED_PERMANENT
}
