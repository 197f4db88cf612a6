package org.councilperformance.domain.trend;

import java.math.BigDecimal;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.period.PeriodCode;

/**
 * An indicator's trend as a test states it, field by field, without working it out from figures the
 * way {@link IndicatorTrend#of} does. What a test does not name stays unset.
 */
public final class IndicatorTrendBuilder {
  private final Indicator indicator;
  private PeriodCode period;
  private BigDecimal actual;
  private BigDecimal previousActual;
  private DirectionOfTravel sincePrevious;
  private BigDecimal lastYearActual;
  private DirectionOfTravel sinceLastYear;
  private BigDecimal profiledTarget;
  private RagStatus againstProfile;
  private BigDecimal annualTarget;
  private YearEndForecast forecast;
  private RagStatus forecastStatus;

  private IndicatorTrendBuilder(Indicator indicator) {
    this.indicator = indicator;
  }

  public static IndicatorTrendBuilder trendOf(Indicator indicator) {
    return new IndicatorTrendBuilder(indicator);
  }

  public IndicatorTrendBuilder period(String code) {
    this.period = PeriodCode.parse(code, "period");
    return this;
  }

  public IndicatorTrendBuilder actual(String value) {
    this.actual = new BigDecimal(value);
    return this;
  }

  public IndicatorTrendBuilder previousActual(String value) {
    this.previousActual = new BigDecimal(value);
    return this;
  }

  public IndicatorTrendBuilder sincePrevious(DirectionOfTravel direction) {
    this.sincePrevious = direction;
    return this;
  }

  public IndicatorTrendBuilder lastYearActual(String value) {
    this.lastYearActual = new BigDecimal(value);
    return this;
  }

  public IndicatorTrendBuilder sinceLastYear(DirectionOfTravel direction) {
    this.sinceLastYear = direction;
    return this;
  }

  public IndicatorTrendBuilder profiledTarget(String value, RagStatus againstProfile) {
    this.profiledTarget = new BigDecimal(value);
    this.againstProfile = againstProfile;
    return this;
  }

  public IndicatorTrendBuilder annualTarget(String value) {
    this.annualTarget = new BigDecimal(value);
    return this;
  }

  public IndicatorTrendBuilder forecast(YearEndForecast forecast, RagStatus status) {
    this.forecast = forecast;
    this.forecastStatus = status;
    return this;
  }

  public IndicatorTrend build() {
    return new IndicatorTrend(
        indicator,
        indicator.statusBasis(),
        period,
        actual,
        previousActual,
        sincePrevious,
        lastYearActual,
        sinceLastYear,
        profiledTarget,
        againstProfile,
        annualTarget,
        forecast,
        forecastStatus,
        null,
        null);
  }
}
