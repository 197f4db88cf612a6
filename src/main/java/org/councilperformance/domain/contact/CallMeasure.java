package org.councilperformance.domain.contact;

/** The rows of a contact-centre table: what is counted each month. */
public enum CallMeasure {
  /** Calls to the contact centre's numbers (not to individual extensions). */
  RECEIVED("calls received", "received"),
  ANSWERED("calls answered", "answered"),
  ANSWERED_WITHIN_30S("calls answered within 30 s", "answeredWithin30s"),
  /** Includes those answered within 30 s. */
  ANSWERED_WITHIN_60S("calls answered within 60 s", "answeredWithin60s"),
  /** Callers who hung up while queueing on the holding line. */
  ABANDONED("calls abandoned", "abandoned"),
  /** Calls the system turned away because no line was free to hold them. */
  REJECTED("calls rejected", "rejected");

  private final String words;
  private final String field;

  CallMeasure(String words, String field) {
    this.words = words;
    this.field = field;
  }

  /** The request field that carries it, named in errors. */
  public String field() {
    return field;
  }

  /** How a report names the row, e.g. "calls answered within 30 s". */
  public String words() {
    return words;
  }
}
