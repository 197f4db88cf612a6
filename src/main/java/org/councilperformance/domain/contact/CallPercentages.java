package org.councilperformance.domain.contact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.councilperformance.domain.quality.Consistency;

/**
 * The contact centre's percentages (docs/rules.md#contact-centre): % abandoned = abandoned ÷
 * received; % answered within 30 s (and 60 s) = answered within 30 s (60 s) ÷ answered. Computed
 * ones keep full precision so that a printed figure is checked at its own precision; null where a
 * figure is missing or the divisor is 0.
 */
public record CallPercentages(
    BigDecimal abandoned, BigDecimal answeredWithin30s, BigDecimal answeredWithin60s) {
  public static final CallPercentages NONE = new CallPercentages(null, null, null);

  /** How each percentage is computed, in the words a report would use. */
  public static final String ABANDONED_RULE = "abandoned ÷ received";

  public static final String WITHIN_30S_RULE = "answered within 30 s ÷ answered";
  public static final String WITHIN_60S_RULE = "answered within 60 s ÷ answered";

  public static CallPercentages of(CallFigures f) {
    return new CallPercentages(
        Consistency.percent(f.abandoned(), f.received()),
        Consistency.percent(f.answeredWithin30s(), f.answered()),
        Consistency.percent(f.answeredWithin60s(), f.answered()));
  }

  /** The change in percentage points from {@code before}. */
  public CallPercentages minus(CallPercentages before) {
    return new CallPercentages(
        subtract(abandoned, before.abandoned),
        subtract(answeredWithin30s, before.answeredWithin30s),
        subtract(answeredWithin60s, before.answeredWithin60s));
  }

  /** Rounded half-up to {@code places} decimals, for showing. */
  public CallPercentages rounded(int places) {
    return new CallPercentages(
        round(abandoned, places),
        round(answeredWithin30s, places),
        round(answeredWithin60s, places));
  }

  public boolean isEmpty() {
    return this.equals(NONE);
  }

  private static BigDecimal subtract(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? null : a.subtract(b);
  }

  private static BigDecimal round(BigDecimal value, int places) {
    return value == null ? null : value.setScale(places, RoundingMode.HALF_UP);
  }
}
