package org.councilperformance.domain.trend;

import java.math.BigDecimal;
import org.councilperformance.domain.indicator.Polarity;

/**
 * Whether an indicator got better or worse between two periods, judged with its polarity
 * (docs/rules.md#direction-of-travel): for a higher-is-better indicator a rise is improving, for a
 * lower-is-better one a fall is. Any change counts, however small; an equal figure is unchanged.
 */
public enum DirectionOfTravel {
  IMPROVING,
  UNCHANGED,
  WORSENING;

  /**
   * @return the direction from {@code earlier} to {@code later}, or null when either figure is
   *     missing or the indicator is data only (there is no better or worse)
   */
  public static DirectionOfTravel between(Polarity polarity, BigDecimal earlier, BigDecimal later) {
    if (earlier == null || later == null || polarity == Polarity.DATA_ONLY) {
      return null;
    }
    int change = later.compareTo(earlier);
    if (change == 0) {
      return UNCHANGED;
    }
    boolean rose = change > 0;
    return rose == (polarity == Polarity.HIGHER_IS_BETTER) ? IMPROVING : WORSENING;
  }
}
