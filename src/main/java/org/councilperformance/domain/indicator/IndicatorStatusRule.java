package org.councilperformance.domain.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The RAG rule (docs/rules.md#indicator-status) for one indicator: target T, actual A, tolerance t.
 *
 * <ul>
 *   <li>higher is better: A ≥ T → GREEN; A ≥ T − t → AMBER; else RED
 *   <li>lower is better: A ≤ T → GREEN; A ≤ T + t → AMBER; else RED
 *   <li>GREEN_PLUS where a margin m is set and A beats T by at least m
 *   <li>data-only indicator → DATA_ONLY, with or without a figure (it is reported, never judged)
 *   <li>no actual → MISSING, even with no target: a figure was due and none came, so it counts
 *       against (docs/rules.md#indicator-status)
 *   <li>an actual but no target → DATA_ONLY
 * </ul>
 *
 * All boundaries are inclusive and all arithmetic is exact decimal.
 */
public final class IndicatorStatusRule {
  private final Polarity polarity;
  private final Threshold tolerance;
  private final Threshold greenPlusMargin;

  /**
   * @param greenPlusMargin may be null: then the indicator has no green-plus band
   */
  public IndicatorStatusRule(Polarity polarity, Threshold tolerance, Threshold greenPlusMargin) {
    this.polarity = Objects.requireNonNull(polarity);
    this.tolerance = Objects.requireNonNull(tolerance);
    this.greenPlusMargin = greenPlusMargin;
  }

  /**
   * @param target null when no target is set for the period
   * @param actual null when no figure was reported for the period
   */
  public RagStatus statusOf(BigDecimal target, BigDecimal actual) {
    if (polarity == Polarity.DATA_ONLY) {
      return RagStatus.DATA_ONLY;
    }
    // Missing before "no target": a due figure that never came must not drop out of the
    // denominator and flatter the on-track percentage.
    if (actual == null) {
      return RagStatus.MISSING;
    }
    if (target == null) {
      return RagStatus.DATA_ONLY;
    }
    // How far the actual is better than the target (negative: worse), whatever the polarity.
    BigDecimal better =
        polarity == Polarity.HIGHER_IS_BETTER ? actual.subtract(target) : target.subtract(actual);
    if (better.signum() >= 0) {
      boolean beatsByMargin =
          greenPlusMargin != null && better.compareTo(greenPlusMargin.distanceFrom(target)) >= 0;
      return beatsByMargin ? RagStatus.GREEN_PLUS : RagStatus.GREEN;
    }
    return better.negate().compareTo(tolerance.distanceFrom(target)) <= 0
        ? RagStatus.AMBER
        : RagStatus.RED;
  }

  /** The rule in words, e.g. "lower is better; amber up to 5% above target". */
  public String describe() {
    if (polarity == Polarity.DATA_ONLY) {
      return "data only; no status";
    }
    String worse = polarity == Polarity.HIGHER_IS_BETTER ? "below" : "above";
    String better = polarity == Polarity.HIGHER_IS_BETTER ? "above" : "below";
    StringBuilder words =
        new StringBuilder(polarity.words())
            .append("; amber up to ")
            .append(tolerance.words())
            .append(' ')
            .append(worse)
            .append(" target");
    if (greenPlusMargin != null) {
      words
          .append("; green plus at ")
          .append(greenPlusMargin.words())
          .append(' ')
          .append(better)
          .append(" target or more");
    }
    return words.toString();
  }
}
