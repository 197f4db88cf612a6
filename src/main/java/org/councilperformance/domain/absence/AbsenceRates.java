package org.councilperformance.domain.absence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The council's absence rate over more than one quarter (docs/rules.md#sickness-absence). A
 * quarter's rate is its days lost ÷ its FTE; rates over several quarters add up, each quarter
 * divided by its own staff.
 */
public final class AbsenceRates {
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);

  private AbsenceRates() {}

  /**
   * The annual projection: days per FTE so far this year ÷ quarters elapsed × 4, from the rates of
   * the year's quarters so far (Q1 up to the quarter asked for).
   *
   * @return null unless every quarter so far has a rate: a missing quarter would understate it
   */
  public static BigDecimal projection(List<BigDecimal> quarterlyRatesSoFar) {
    if (quarterlyRatesSoFar.isEmpty() || quarterlyRatesSoFar.stream().anyMatch(Objects::isNull)) {
      return null;
    }
    return sum(quarterlyRatesSoFar)
        .divide(BigDecimal.valueOf(quarterlyRatesSoFar.size()), 10, RoundingMode.HALF_UP)
        .multiply(FOUR);
  }

  /** Days per FTE so far this year: the sum of the quarters' rates; null if one is missing. */
  public static BigDecimal yearToDate(List<BigDecimal> quarterlyRatesSoFar) {
    if (quarterlyRatesSoFar.isEmpty() || quarterlyRatesSoFar.stream().anyMatch(Objects::isNull)) {
      return null;
    }
    return sum(quarterlyRatesSoFar);
  }

  /**
   * Days per FTE over the rolling twelve months to a quarter: the sum of the rates of that quarter
   * and the three before it.
   *
   * @return null unless all four consecutive quarters have a rate
   */
  public static BigDecimal rollingTwelveMonths(List<BigDecimal> lastFourQuarters) {
    if (lastFourQuarters.size() != 4 || lastFourQuarters.stream().anyMatch(Objects::isNull)) {
      return null;
    }
    return sum(lastFourQuarters);
  }

  private static BigDecimal sum(List<BigDecimal> rates) {
    return rates.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
