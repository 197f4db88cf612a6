package org.councilperformance.domain.contact;

/** A month's or a quarter's call counts for a test, naming only the counts the test gives. */
public final class CallFiguresBuilder {
  private Long received;
  private Long answered;
  private Long answeredWithin30s;
  private Long answeredWithin60s;
  private Long abandoned;
  private Long rejected;

  private CallFiguresBuilder() {}

  public static CallFiguresBuilder calls() {
    return new CallFiguresBuilder();
  }

  public CallFiguresBuilder received(long count) {
    this.received = count;
    return this;
  }

  public CallFiguresBuilder answered(long count) {
    this.answered = count;
    return this;
  }

  public CallFiguresBuilder answeredWithin30s(long count) {
    this.answeredWithin30s = count;
    return this;
  }

  public CallFiguresBuilder answeredWithin60s(long count) {
    this.answeredWithin60s = count;
    return this;
  }

  public CallFiguresBuilder abandoned(long count) {
    this.abandoned = count;
    return this;
  }

  public CallFiguresBuilder rejected(long count) {
    this.rejected = count;
    return this;
  }

  public CallFigures build() {
    return CallFigures.ofCounts(
        received, answered, answeredWithin30s, answeredWithin60s, abandoned, rejected);
  }
}
