package org.councilperformance.domain.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.councilperformance.domain.indicator.Aggregation;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatusRule;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.indicator.StatusBasis;
import org.councilperformance.domain.period.PeriodCode;

/**
 * An indicator's trend for a period: direction of travel against the previous period and the same
 * period last year, a cumulative indicator's position against its profiled target, and the year-end
 * forecast with the status it would have against the annual target.
 *
 * <p>A cumulative indicator restarts every April, so against the previous period it is compared by
 * its average per quarter (total so far ÷ quarters elapsed); against the same period last year its
 * totals compare directly.
 */
public record IndicatorTrend(
    Indicator indicator,
    StatusBasis basis,
    PeriodCode period,
    BigDecimal actual,
    BigDecimal previousActual,
    DirectionOfTravel sincePrevious,
    BigDecimal lastYearActual,
    DirectionOfTravel sinceLastYear,
    BigDecimal profiledTarget,
    RagStatus againstProfile,
    BigDecimal annualTarget,
    YearEndForecast forecast,
    RagStatus forecastStatus,
    BigDecimal ownForecast,
    RagStatus ownForecastStatus) {

  /**
   * @param basis the definition judged by: the indicator's now, or as at the period's locking
   * @param quarterTarget the target this quarter is judged against (its own or profiled), null for
   *     a year
   * @param annualTarget the target set for the financial year
   */
  public static IndicatorTrend of(
      Indicator indicator,
      StatusBasis basis,
      PeriodCode period,
      BigDecimal actual,
      BigDecimal previousActual,
      BigDecimal lastYearActual,
      BigDecimal quarterTarget,
      BigDecimal annualTarget) {
    return of(
        indicator,
        basis,
        period,
        actual,
        previousActual,
        lastYearActual,
        quarterTarget,
        annualTarget,
        null,
        null);
  }

  /**
   * The same, with the officer's own year-end forecast and its status shown beside the computed
   * ones (docs/rules.md#the-councils-own-forecast).
   *
   * @param ownForecast null when the officer gave none
   * @param ownForecastStatus null when the officer gave none
   */
  public static IndicatorTrend of(
      Indicator indicator,
      StatusBasis basis,
      PeriodCode period,
      BigDecimal actual,
      BigDecimal previousActual,
      BigDecimal lastYearActual,
      BigDecimal quarterTarget,
      BigDecimal annualTarget,
      BigDecimal ownForecast,
      RagStatus ownForecastStatus) {
    boolean cumulative = basis.aggregation() == Aggregation.CUMULATIVE_YEAR_TO_DATE;
    IndicatorStatusRule rule = basis.rule();
    int elapsed = period.quartersElapsed();
    DirectionOfTravel sincePrevious =
        cumulative && period.quarter() != null
            ? DirectionOfTravel.between(
                basis.polarity(),
                perQuarter(previousActual, period.previous().quartersElapsed()),
                perQuarter(actual, elapsed))
            : DirectionOfTravel.between(basis.polarity(), previousActual, actual);
    BigDecimal profile = null;
    RagStatus againstProfile = null;
    if (cumulative) {
      profile = quarterTarget != null ? quarterTarget : rule.profiledTarget(annualTarget, elapsed);
      againstProfile = profile == null ? null : rule.statusOf(profile, actual);
    }
    YearEndForecast forecast = YearEndForecast.of(basis, indicator.unit(), actual, elapsed);
    RagStatus forecastStatus =
        forecast.value() == null || annualTarget == null
            ? null
            : rule.statusOf(annualTarget, forecast.value());
    return new IndicatorTrend(
        indicator,
        basis,
        period,
        actual,
        previousActual,
        sincePrevious,
        lastYearActual,
        DirectionOfTravel.between(basis.polarity(), lastYearActual, actual),
        profile,
        againstProfile,
        annualTarget,
        forecast,
        forecastStatus,
        ownForecast,
        ownForecastStatus);
  }

  private static BigDecimal perQuarter(BigDecimal total, int quarters) {
    return total == null
        ? null
        : total.divide(BigDecimal.valueOf(quarters), 10, RoundingMode.HALF_UP);
  }
}
