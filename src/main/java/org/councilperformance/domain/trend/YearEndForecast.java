package org.councilperformance.domain.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.indicator.Aggregation;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.StatusBasis;

/**
 * The figure an indicator is heading for at the year end, from its latest actual, by how its
 * periods combine:
 *
 * <ul>
 *   <li>snapshot (a position, e.g. rent arrears %): the latest position is the forecast;
 *   <li>cumulative year to date (e.g. homes delivered so far): straight-line, the total so far ÷
 *       quarters elapsed × 4, or with a seasonal profile the total so far ÷ the profile's share of
 *       the year to date (docs/rules.md#profiles); a cumulative percentage is never forecast above
 *       100%;
 *   <li>rolling twelve months (e.g. days lost per FTE): already a year's figure, so the latest is
 *       the forecast.
 * </ul>
 *
 * @param value the forecast, or null without an actual
 * @param method the method in words, for the people reading it
 */
public record YearEndForecast(BigDecimal value, String method) {
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /**
   * The forecast by the indicator's basis: its aggregation and, for a cumulative indicator, its
   * seasonal profile where it has one.
   */
  public static YearEndForecast of(
      StatusBasis basis, IndicatorUnit unit, BigDecimal latest, int quartersElapsed) {
    boolean cumulative = basis.aggregation() == Aggregation.CUMULATIVE_YEAR_TO_DATE;
    YearEndForecast forecast =
        cumulative && basis.seasonalProfile() != null
            ? seasonal(basis, latest, quartersElapsed)
            : of(basis.aggregation(), latest, quartersElapsed);
    // A share of something (e.g. council tax collected so far) cannot pass the whole of it.
    if (cumulative
        && unit == IndicatorUnit.PERCENT
        && forecast.value() != null
        && forecast.value().compareTo(HUNDRED) > 0) {
      return new YearEndForecast(HUNDRED, forecast.method() + ", capped at 100%");
    }
    return forecast;
  }

  private static YearEndForecast seasonal(
      StatusBasis basis, BigDecimal latest, int quartersElapsed) {
    BigDecimal share = basis.rule().shareOfYear(quartersElapsed);
    String percent = Decimals.plain(share.movePointRight(2)).toPlainString() + "%";
    if (share.signum() == 0) {
      return new YearEndForecast(
          null, "none: the seasonal profile expects none of the year's total by now");
    }
    return new YearEndForecast(
        latest == null ? null : Decimals.plain(latest.divide(share, 6, RoundingMode.HALF_UP)),
        "the total so far ÷ " + percent + ", the seasonal profile's share of the year to date");
  }

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
}
