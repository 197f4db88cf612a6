package org.councilperformance.domain.distribution;

/** How one attempt to hand a message to the mail server ended. */
public enum AttemptOutcome {
  /** 2xx: accepted. */
  SENT,
  /** 4xx, no connection or no answer in time: may pass, so try again later. */
  TRANSIENT,
  /** 5xx: refused for good; sending again will not help. */
  PERMANENT;

  /**
   * The outcome of an SMTP reply code (RFC 5321 §4.2.1), or of no reply at all (null: the server
   * could not be reached or did not answer in time).
   */
  public static AttemptOutcome ofReply(Integer code) {
    if (code == null) {
      return TRANSIENT;
    }
    if (code >= 200 && code < 300) {
      return SENT;
    }
    if (code >= 500 && code < 600) {
      return PERMANENT;
    }
    // 4xx, and anything a server should not say (1xx, 3xx at the end of a transaction, 6xx+):
    // nothing was accepted, and nothing says it never will be.
    return TRANSIENT;
  }
}
