package org.councilperformance.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.councilperformance.domain.indicator.Aggregation;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.period.PeriodCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IndicatorTrendTest {
  private static final PeriodCode Q2 = PeriodCode.parse("2018-19-Q2", "period");
  private static final PeriodCode Q1 = PeriodCode.parse("2019-20-Q1", "period");

  private static BigDecimal n(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  private static Indicator indicator(Polarity polarity, Aggregation aggregation) {
    Indicator i = new Indicator("T-1", "Test", IndicatorUnit.COUNT, polarity);
    i.scheduleReporting(Frequency.QUARTERLY, aggregation);
    return i;
  }

  @Nested
  class Forecasts {
    @Test
    void aSnapshotCarriesTheLatestPositionToTheYearEnd() {
      YearEndForecast f = YearEndForecast.of(Aggregation.SNAPSHOT, n("2.19"), 2);
      assertThat(f.value()).isEqualByComparingTo("2.19");
      assertThat(f.method()).contains("latest position");
    }

    @Test
    void aCumulativeTotalIsExtendedInAStraightLine() {
      assertThat(YearEndForecast.of(Aggregation.CUMULATIVE_YEAR_TO_DATE, n("45"), 2).value())
          .isEqualByComparingTo("90");
      assertThat(YearEndForecast.of(Aggregation.CUMULATIVE_YEAR_TO_DATE, n("10"), 3).value())
          .isEqualByComparingTo("13.333333");
      assertThat(YearEndForecast.of(Aggregation.CUMULATIVE_YEAR_TO_DATE, n("120"), 4).value())
          .isEqualByComparingTo("120");
    }

    @Test
    void aRollingFigureIsAlreadyAYearsWorth() {
      assertThat(YearEndForecast.of(Aggregation.ROLLING_12_MONTHS, n("8.4"), 1).value())
          .isEqualByComparingTo("8.4");
    }

    @Test
    void noActualNoForecast() {
      assertThat(YearEndForecast.of(Aggregation.CUMULATIVE_YEAR_TO_DATE, null, 2).value()).isNull();
    }

    @Test
    void theStraightLineProfileSpreadsTheAnnualTargetEvenly() {
      assertThat(YearEndForecast.straightLineProfile(n("100"), 1)).isEqualByComparingTo("25");
      assertThat(YearEndForecast.straightLineProfile(n("90"), 3)).isEqualByComparingTo("67.5");
      assertThat(YearEndForecast.straightLineProfile(null, 3)).isNull();
    }
  }

  @Test
  void theForecastIsJudgedAgainstTheAnnualTargetByTheIndicatorsRule() {
    Indicator homes = indicator(Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE_YEAR_TO_DATE);
    // 45 homes by Q2 heads for 90 against 100: more than 5% short, red.
    IndicatorTrend behind =
        IndicatorTrend.of(homes, homes.statusBasis(), Q2, n("45"), null, null, null, n("100"));
    assertThat(behind.forecast().value()).isEqualByComparingTo("90");
    assertThat(behind.forecastStatus()).isEqualTo(RagStatus.RED);
    // 48 heads for 96: within 5%, amber; 50 for 100: green.
    assertThat(
            IndicatorTrend.of(homes, homes.statusBasis(), Q2, n("48"), null, null, null, n("100"))
                .forecastStatus())
        .isEqualTo(RagStatus.AMBER);
    assertThat(
            IndicatorTrend.of(homes, homes.statusBasis(), Q2, n("50"), null, null, null, n("100"))
                .forecastStatus())
        .isEqualTo(RagStatus.GREEN);
    // Without an annual target there is nothing to judge the forecast against.
    assertThat(
            IndicatorTrend.of(homes, homes.statusBasis(), Q2, n("50"), null, null, null, null)
                .forecastStatus())
        .isNull();
  }

  @Test
  void aCumulativeIndicatorWithoutAQuarterTargetIsJudgedAgainstTheStraightLineProfile() {
    Indicator audits = indicator(Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE_YEAR_TO_DATE);
    // Broxtowe FPLocal_03: 33% of audits done by Q1 against 100% for the year; profile 25%.
    IndicatorTrend t =
        IndicatorTrend.of(audits, audits.statusBasis(), Q1, n("33"), null, null, null, n("100"));
    assertThat(t.profiledTarget()).isEqualByComparingTo("25");
    assertThat(t.againstProfile()).isEqualTo(RagStatus.GREEN);
    // A quarter target, where set, is the profile.
    assertThat(
            IndicatorTrend.of(
                    audits, audits.statusBasis(), Q1, n("33"), null, null, n("40"), n("100"))
                .againstProfile())
        .isEqualTo(RagStatus.RED);
  }

  @Test
  void aSnapshotHasNoProfile() {
    Indicator snapshot = indicator(Polarity.LOWER_IS_BETTER, Aggregation.SNAPSHOT);
    IndicatorTrend t =
        IndicatorTrend.of(
            snapshot,
            snapshot.statusBasis(),
            Q2,
            n("2.19"),
            n("2.4"),
            n("2.3"),
            n("2.51"),
            n("2.51"));
    assertThat(t.profiledTarget()).isNull();
    assertThat(t.againstProfile()).isNull();
    assertThat(t.sincePrevious()).isEqualTo(DirectionOfTravel.IMPROVING);
    assertThat(t.sinceLastYear()).isEqualTo(DirectionOfTravel.IMPROVING);
  }

  @Test
  void aCumulativeTotalIsComparedWithThePreviousQuarterByItsAveragePerQuarter() {
    Indicator homes = indicator(Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE_YEAR_TO_DATE);
    // Q1 30, Q2 total 50: 25 a quarter against 30, worsening although the total rose.
    assertThat(
            IndicatorTrend.of(homes, homes.statusBasis(), Q2, n("50"), n("30"), null, null, null)
                .sincePrevious())
        .isEqualTo(DirectionOfTravel.WORSENING);
    assertThat(
            IndicatorTrend.of(homes, homes.statusBasis(), Q2, n("60"), n("30"), null, null, null)
                .sincePrevious())
        .isEqualTo(DirectionOfTravel.UNCHANGED);
    // Q1 after a year of 100 (25 a quarter): 26 is improving.
    assertThat(
            IndicatorTrend.of(homes, homes.statusBasis(), Q1, n("26"), n("100"), null, null, null)
                .sincePrevious())
        .isEqualTo(DirectionOfTravel.IMPROVING);
    // Against last year's same quarter the totals compare directly.
    assertThat(
            IndicatorTrend.of(homes, homes.statusBasis(), Q2, n("50"), null, n("49"), null, null)
                .sinceLastYear())
        .isEqualTo(DirectionOfTravel.IMPROVING);
  }
}
