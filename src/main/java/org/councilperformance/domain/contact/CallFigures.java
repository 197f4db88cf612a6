package org.councilperformance.domain.contact;

import java.math.BigDecimal;
import java.util.function.BinaryOperator;

/**
 * One figure per row of the contact-centre table: a month's counts, a quarter's sums, the change
 * from last year, or the figures a council printed. A null figure is one not given; any sum or
 * difference with it is not given either.
 */
public record CallFigures(
    BigDecimal received,
    BigDecimal answered,
    BigDecimal answeredWithin30s,
    BigDecimal answeredWithin60s,
    BigDecimal abandoned,
    BigDecimal rejected) {
  public static final CallFigures NONE = new CallFigures(null, null, null, null, null, null);

  /** Whole-number counts, null where not given. */
  public static CallFigures ofCounts(
      Long received,
      Long answered,
      Long answeredWithin30s,
      Long answeredWithin60s,
      Long abandoned,
      Long rejected) {
    return new CallFigures(
        decimal(received),
        decimal(answered),
        decimal(answeredWithin30s),
        decimal(answeredWithin60s),
        decimal(abandoned),
        decimal(rejected));
  }

  public BigDecimal get(CallMeasure measure) {
    return switch (measure) {
      case RECEIVED -> received;
      case ANSWERED -> answered;
      case ANSWERED_WITHIN_30S -> answeredWithin30s;
      case ANSWERED_WITHIN_60S -> answeredWithin60s;
      case ABANDONED -> abandoned;
      case REJECTED -> rejected;
    };
  }

  public boolean isEmpty() {
    return this.equals(NONE);
  }

  public CallFigures plus(CallFigures other) {
    return combine(other, BigDecimal::add);
  }

  public CallFigures minus(CallFigures other) {
    return combine(other, BigDecimal::subtract);
  }

  private CallFigures combine(CallFigures other, BinaryOperator<BigDecimal> op) {
    return new CallFigures(
        apply(received, other.received, op),
        apply(answered, other.answered, op),
        apply(answeredWithin30s, other.answeredWithin30s, op),
        apply(answeredWithin60s, other.answeredWithin60s, op),
        apply(abandoned, other.abandoned, op),
        apply(rejected, other.rejected, op));
  }

  private static BigDecimal apply(BigDecimal a, BigDecimal b, BinaryOperator<BigDecimal> op) {
    return a == null || b == null ? null : op.apply(a, b);
  }

  private static BigDecimal decimal(Long value) {
    return value == null ? null : BigDecimal.valueOf(value);
  }
}
