package org.councilperformance.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.councilperformance.domain.indicator.Aggregation;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatusRule;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.indicator.SeasonalProfile;
import org.councilperformance.domain.period.PeriodCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTrendTest {
  private static final PeriodCode Q2 = PeriodCode.parse("2018-19-Q2", "period");
  private static final PeriodCode Q1 = PeriodCode.parse("2019-20-Q1", "period");

  private static BigDecimal n(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  private static List<BigDecimal> percents(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
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

    @ParameterizedTest(name = "cumulative {0}% by Q2 forecast {1}%")
    @CsvSource({"49.9999, 99.9998", "50, 100", "50.0001, 100", "55, 100"})
    void aCumulativePercentageIsNeverForecastAbove100(String actual, String forecast) {
      Indicator collected =
          indicator(Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE_YEAR_TO_DATE);
      collected.define(
          "Council tax collected", null, IndicatorUnit.PERCENT, Polarity.HIGHER_IS_BETTER);
      YearEndForecast f =
          YearEndForecast.of(collected.statusBasis(), IndicatorUnit.PERCENT, n(actual), 2);
      assertThat(f.value()).isEqualByComparingTo(forecast);
      assertThat(f.method().contains("capped at 100%"))
          .isEqualTo(new BigDecimal(actual).compareTo(n("50")) > 0);
    }

    @Test
    void aCumulativeCountOrASnapshotPercentageIsNotCapped() {
      Indicator homes = indicator(Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE_YEAR_TO_DATE);
      assertThat(YearEndForecast.of(homes.statusBasis(), IndicatorUnit.COUNT, n("55"), 2).value())
          .isEqualByComparingTo("110");
      Indicator rate = indicator(Polarity.HIGHER_IS_BETTER, Aggregation.SNAPSHOT);
      assertThat(YearEndForecast.of(rate.statusBasis(), IndicatorUnit.PERCENT, n("120"), 2).value())
          .isEqualByComparingTo("120");
    }

    @Test
    void aSeasonalProfileForecastsByItsShareOfTheYearToDate() {
      Indicator homes = indicator(Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE_YEAR_TO_DATE);
      homes.profileSeasonally(new SeasonalProfile(percents("10", "20", "30", "40")));
      // 15 by Q2, when 30% of the year is due: heading for 50, not the straight-line 30.
      YearEndForecast f = YearEndForecast.of(homes.statusBasis(), IndicatorUnit.COUNT, n("15"), 2);
      assertThat(f.value()).isEqualByComparingTo("50");
      assertThat(f.method()).contains("30%");
      // Nothing due yet: no forecast rather than a division by zero.
      homes.profileSeasonally(new SeasonalProfile(percents("0", "50", "25", "25")));
      assertThat(YearEndForecast.of(homes.statusBasis(), IndicatorUnit.COUNT, n("3"), 1).value())
          .isNull();
    }

    @Test
    void theStraightLineProfileSpreadsTheAnnualTargetEvenly() {
      IndicatorStatusRule rule =
          indicator(Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE_YEAR_TO_DATE).statusRule();
      assertThat(rule.profiledTarget(n("100"), 1)).isEqualByComparingTo("25");
      assertThat(rule.profiledTarget(n("90"), 3)).isEqualByComparingTo("67.5");
      assertThat(rule.profiledTarget(null, 3)).isNull();
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
  void theOfficersOwnForecastIsShownBesideTheComputedOne() {
    Indicator homes = indicator(Polarity.HIGHER_IS_BETTER, Aggregation.CUMULATIVE_YEAR_TO_DATE);
    IndicatorTrend t =
        IndicatorTrend.of(
            homes,
            homes.statusBasis(),
            Q2,
            n("45"),
            null,
            null,
            null,
            n("100"),
            n("98"),
            RagStatus.AMBER);
    assertThat(t.forecast().value()).isEqualByComparingTo("90");
    assertThat(t.forecastStatus()).isEqualTo(RagStatus.RED);
    assertThat(t.ownForecast()).isEqualByComparingTo("98");
    assertThat(t.ownForecastStatus()).isEqualTo(RagStatus.AMBER);
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
