package org.councilperformance.domain.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.indicator.Aggregation;

/**
 * The figure an indicator is heading for at the year end, from its latest actual, by how its
 * periods combine:
 *
 * <ul>
 *   <li>snapshot (a position, e.g. rent arrears %): the latest position is the forecast;
 *   <li>cumulative year to date (e.g. homes delivered so far): straight-line, the total so far ÷
 *       quarters elapsed × 4;
 *   <li>rolling twelve months (e.g. days lost per FTE): already a year's figure, so the latest is
 *       the forecast.
 * </ul>
 *
 * @param value the forecast, or null without an actual
 * @param method the method in words, for the people reading it
 */
public record YearEndForecast(BigDecimal value, String method) {

  public static YearEndForecast of(
      Aggregation aggregation, BigDecimal latest, int quartersElapsed) {
    if (quartersElapsed < 1 || quartersElapsed > 4) {
      throw new IllegalArgumentException("quarters elapsed must be 1 to 4");
    }
    return switch (aggregation) {
      case SNAPSHOT -> new YearEndForecast(latest, "the latest position carried to the year end");
      case ROLLING_12_MONTHS ->
          new YearEndForecast(latest, "the latest twelve-month figure carried to the year end");
      case CUMULATIVE_YEAR_TO_DATE ->
          new YearEndForecast(
              latest == null
                  ? null
                  : Decimals.plain(
                      latest
                          .multiply(BigDecimal.valueOf(4))
                          .divide(BigDecimal.valueOf(quartersElapsed), 6, RoundingMode.HALF_UP)),
              "the total so far ÷ "
                  + quartersElapsed
                  + (quartersElapsed == 1 ? " quarter" : " quarters")
                  + " elapsed × 4");
    };
  }

  /**
   * The cumulative target profile for the quarter when none was set: the annual target spread
   * evenly, annual ÷ 4 × quarters elapsed.
   */
  public static BigDecimal straightLineProfile(BigDecimal annualTarget, int quartersElapsed) {
    if (annualTarget == null) {
      return null;
    }
    return Decimals.plain(
        annualTarget
            .multiply(BigDecimal.valueOf(quartersElapsed))
            .divide(BigDecimal.valueOf(4), 6, RoundingMode.HALF_UP));
  }
}
