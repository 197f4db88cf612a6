package org.councilperformance.domain.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.councilperformance.domain.Decimals;

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
 * A quarter with no target of its own is judged against the annual target profiled to the quarter
 * (docs/rules.md#profiles): a snapshot or rolling twelve-month figure against the annual target
 * itself, a cumulative one against the share of the annual target due by then (straight-line, a
 * quarter each, or the indicator's seasonal profile).
 *
 * <p>All boundaries are inclusive and all arithmetic is exact decimal.
 */
public final class IndicatorStatusRule {
  private final Polarity polarity;
  private final Threshold tolerance;
  private final Threshold greenPlusMargin;
  private final Aggregation aggregation;
  private final SeasonalProfile profile;

  /** A snapshot indicator's rule. */
  public IndicatorStatusRule(Polarity polarity, Threshold tolerance, Threshold greenPlusMargin) {
    this(polarity, tolerance, greenPlusMargin, Aggregation.SNAPSHOT, null);
  }

  /**
   * @param greenPlusMargin may be null: then the indicator has no green-plus band
   * @param profile may be null: then a cumulative target is profiled straight-line
   */
  public IndicatorStatusRule(
      Polarity polarity,
      Threshold tolerance,
      Threshold greenPlusMargin,
      Aggregation aggregation,
      SeasonalProfile profile) {
    this.polarity = Objects.requireNonNull(polarity);
    this.tolerance = Objects.requireNonNull(tolerance);
    this.greenPlusMargin = greenPlusMargin;
    this.aggregation = Objects.requireNonNull(aggregation);
    this.profile = profile;
  }

  /**
   * The share of the year's total due by the end of the quarter for a cumulative indicator: the
   * seasonal profile's percentages so far, or straight-line, quarters elapsed ÷ 4.
   */
  public BigDecimal shareOfYear(int quartersElapsed) {
    if (quartersElapsed < 1 || quartersElapsed > 4) {
      throw new IllegalArgumentException("quarters elapsed must be 1 to 4");
    }
    return profile != null
        ? profile.shareToDate(quartersElapsed)
        : BigDecimal.valueOf(quartersElapsed).divide(BigDecimal.valueOf(4));
  }

  /**
   * The target a quarter with none of its own is judged against: the annual target for a snapshot
   * or rolling figure, the annual target × the share of the year to date for a cumulative one.
   *
   * @return null without an annual target
   */
  public BigDecimal profiledTarget(BigDecimal annualTarget, int quartersElapsed) {
    if (annualTarget == null) {
      return null;
    }
    if (aggregation != Aggregation.CUMULATIVE_YEAR_TO_DATE) {
      return annualTarget;
    }
    return Decimals.plain(
        annualTarget.multiply(shareOfYear(quartersElapsed)).setScale(6, RoundingMode.HALF_UP));
  }

  /** The seasonal profile of a cumulative indicator, or null when it is straight-line. */
  public SeasonalProfile seasonalProfile() {
    return aggregation == Aggregation.CUMULATIVE_YEAR_TO_DATE ? profile : null;
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
    if (seasonalProfile() != null) {
      words
          .append("; seasonal profile ")
          .append(profile.words())
          .append(" of the annual target by quarter");
    }
    return words.toString();
  }
}
