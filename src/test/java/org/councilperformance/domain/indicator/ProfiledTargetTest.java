package org.councilperformance.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A quarter without a target of its own is judged against the profiled annual target. */
class ProfiledTargetTest {
  private static final PeriodCode Q2 = PeriodCode.parse("2018-19-Q2", "period");

  private static BigDecimal n(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  private static List<BigDecimal> percentages(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }

  private static Indicator indicator(Aggregation aggregation) {
    Indicator i = new Indicator("P-1", "Test", IndicatorUnit.COUNT, Polarity.HIGHER_IS_BETTER);
    i.scheduleReporting(Frequency.QUARTERLY, aggregation);
    return i;
  }

  private static IndicatorStatus status(
      Indicator indicator, PeriodCode period, String quarterTarget, String annual, String actual) {
    Measurement m = new Measurement(indicator, new ReportingPeriod(period, null));
    m.report(n(actual), null, null, "test", Instant.EPOCH);
    return IndicatorStatus.of(
        indicator, indicator.statusBasis(), period, n(quarterTarget), n(annual), m);
  }

  @ParameterizedTest(name = "{0} in {1}, annual 100: judged against {2}")
  @CsvSource({
    "SNAPSHOT, 2018-19-Q2, 100",
    "ROLLING_12_MONTHS, 2018-19-Q2, 100",
    "CUMULATIVE_YEAR_TO_DATE, 2018-19-Q1, 25",
    "CUMULATIVE_YEAR_TO_DATE, 2018-19-Q2, 50",
    "CUMULATIVE_YEAR_TO_DATE, 2018-19-Q3, 75",
    "CUMULATIVE_YEAR_TO_DATE, 2018-19-Q4, 100"
  })
  void aQuarterWithoutATargetIsJudgedAgainstTheStraightLineProfile(
      Aggregation aggregation, String period, String profiled) {
    IndicatorStatus s =
        status(indicator(aggregation), PeriodCode.parse(period, "period"), null, "100", "1");
    assertThat(s.target()).isEqualByComparingTo(profiled);
    assertThat(s.targetSource()).isEqualTo(TargetSource.PROFILE);
    assertThat(s.periodTarget()).isNull();
  }

  // Cumulative, annual 100, Q2 straight-line profile 50 with 5% tolerance: amber from 47.5.
  @ParameterizedTest(name = "actual {0} against the profile 50 -> {1}")
  @CsvSource({"50, GREEN", "49.9999, AMBER", "47.5, AMBER", "47.4999, RED"})
  void theProfiledTargetIsJudgedByTheSameRule(String actual, RagStatus expected) {
    Indicator homes = indicator(Aggregation.CUMULATIVE_YEAR_TO_DATE);
    assertThat(status(homes, Q2, null, "100", actual).computed()).isEqualTo(expected);
  }

  @Test
  void aQuarterTargetWhereSetIsJudgedAgainstItself() {
    IndicatorStatus s =
        status(indicator(Aggregation.CUMULATIVE_YEAR_TO_DATE), Q2, "40", "100", "45");
    assertThat(s.target()).isEqualByComparingTo("40");
    assertThat(s.targetSource()).isEqualTo(TargetSource.PERIOD);
    assertThat(s.computed()).isEqualTo(RagStatus.GREEN);
  }

  @Test
  void withNeitherTargetAFigureStaysDataOnly() {
    IndicatorStatus s = status(indicator(Aggregation.SNAPSHOT), Q2, null, null, "45");
    assertThat(s.target()).isNull();
    assertThat(s.targetSource()).isNull();
    assertThat(s.computed()).isEqualTo(RagStatus.DATA_ONLY);
  }

  @Test
  void aYearIsJudgedOnlyAgainstItsOwnTarget() {
    PeriodCode year = PeriodCode.parse("2018-19", "period");
    IndicatorStatus s = status(indicator(Aggregation.SNAPSHOT), year, null, "100", "45");
    assertThat(s.targetSource()).isNull();
    assertThat(s.computed()).isEqualTo(RagStatus.DATA_ONLY);
  }

  @Nested
  class Seasonal {
    private Indicator seasonal(Aggregation aggregation) {
      Indicator i = indicator(aggregation);
      i.profileSeasonally(new SeasonalProfile(percentages("10", "20", "30", "40")));
      return i;
    }

    @ParameterizedTest(name = "{0}: {1} of an annual 200")
    @CsvSource({"2018-19-Q1, 20", "2018-19-Q2, 60", "2018-19-Q3, 120", "2018-19-Q4, 200"})
    void aCumulativeTargetFollowsTheSeasonalProfile(String period, String profiled) {
      IndicatorStatus s =
          status(
              seasonal(Aggregation.CUMULATIVE_YEAR_TO_DATE),
              PeriodCode.parse(period, "period"),
              null,
              "200",
              "1");
      assertThat(s.target()).isEqualByComparingTo(profiled);
      assertThat(s.rule()).contains("seasonal profile 10/20/30/40%");
    }

    @Test
    void aSnapshotIgnoresTheSeasonalProfile() {
      IndicatorStatus s = status(seasonal(Aggregation.SNAPSHOT), Q2, null, "200", "1");
      assertThat(s.target()).isEqualByComparingTo("200");
      assertThat(s.rule()).doesNotContain("seasonal");
    }

    @Test
    void aLockedPeriodKeepsTheProfileItWasJudgedWith() {
      Indicator homes = seasonal(Aggregation.CUMULATIVE_YEAR_TO_DATE);
      IndicatorAsLocked kept =
          new IndicatorAsLocked(new ReportingPeriod(Q2, null), homes, null, n("200"), null, null);
      homes.profileSeasonally(null);
      assertThat(kept.basis().rule().profiledTarget(n("200"), 2)).isEqualByComparingTo("60");
      assertThat(homes.statusRule().profiledTarget(n("200"), 2)).isEqualByComparingTo("100");
    }

    @Test
    void percentagesAddingUpToExactly100AreAccepted() {
      SeasonalProfile p = new SeasonalProfile(percentages("0", "33.3", "33.3", "33.4"));
      assertThat(p.shareToDate(1)).isEqualByComparingTo("0");
      assertThat(p.shareToDate(3)).isEqualByComparingTo("0.666");
    }

    @ParameterizedTest(name = "{0} refused")
    @CsvSource({
      "'25,25,25,24.999'", // just under 100
      "'25,25,25,25.001'", // just over
      "'50,50,25,-25'", // adds up, with a negative quarter
      "'50,50,0'" // three quarters
    })
    void percentagesThatDoNotAddUpTo100AreRefusedNamingTheField(String values) {
      assertThatThrownBy(() -> new SeasonalProfile(percentages(values.split(","))))
          .isInstanceOf(InvalidValueException.class)
          .extracting("field")
          .isEqualTo("seasonalProfile");
    }
  }
}
