package org.councilperformance.domain;

/** A request body larger than any honest request needs. */
public class PayloadTooLargeException extends BusinessException {
  public PayloadTooLargeException(long limitBytes) {
    super("body", "the request body is larger than " + limitBytes / 1024 + " KiB");
  }

  /** The same, in the words of what was sent (a portal form's file, say). */
  public PayloadTooLargeException(String field, String message) {
    super(field, message);
  }
}
