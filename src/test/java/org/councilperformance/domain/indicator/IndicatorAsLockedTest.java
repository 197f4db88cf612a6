package org.councilperformance.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A locked period is judged by the indicator as it stood at locking, by the same rule. */
class IndicatorAsLockedTest {
  private static final ReportingPeriod Q2 =
      new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "period"), null);

  private static Indicator homes() {
    Indicator homes =
        new Indicator("HOMES", "Homes built", IndicatorUnit.COUNT, Polarity.HIGHER_IS_BETTER);
    homes.judgeWith(Threshold.percent("5"), Threshold.percent("10"));
    return homes;
  }

  private static Measurement actual(Indicator indicator, String value) {
    Measurement m = new Measurement(indicator, Q2);
    m.report(new BigDecimal(value), null, null, "test", Instant.EPOCH);
    return m;
  }

  private static IndicatorStatus asLocked(Indicator indicator, IndicatorAsLocked kept, String a) {
    return IndicatorStatus.of(indicator, kept.basis(), kept.target(), actual(indicator, a));
  }

  // Target 100, 5% tolerance and 10% green plus at locking: amber from 95, green plus from 110.
  @ParameterizedTest(name = "actual {0}: {1} as locked")
  @CsvSource({
    "110, GREEN_PLUS", // exactly at the green-plus margin
    "109.999, GREEN",
    "100, GREEN",
    "95, AMBER", // exactly at the tolerance
    "94.999, RED"
  })
  void aChangedDefinitionDoesNotMoveTheStatusAsLocked(String actual, RagStatus expected) {
    Indicator homes = homes();
    IndicatorAsLocked kept =
        new IndicatorAsLocked(Q2, homes, new BigDecimal("100"), null, null, null);

    homes.judgeWith(Threshold.absolute("0"), null);
    homes.define("Homes built", null, IndicatorUnit.COUNT, Polarity.LOWER_IS_BETTER);
    homes.scheduleReporting(Frequency.QUARTERLY, Aggregation.CUMULATIVE_YEAR_TO_DATE);

    IndicatorStatus locked = asLocked(homes, kept, actual);
    assertThat(locked.computed()).isEqualTo(expected);
    assertThat(locked.basis().polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(locked.basis().aggregation()).isEqualTo(Aggregation.SNAPSHOT);
    assertThat(locked.rule())
        .isEqualTo(
            new IndicatorStatusRule(
                    Polarity.HIGHER_IS_BETTER, Threshold.percent("5"), Threshold.percent("10"))
                .describe());
  }

  @ParameterizedTest(name = "actual {0}: {1} live after the change")
  @CsvSource({"100, GREEN", "95, RED", "94.999, RED"})
  void theSameFiguresJudgedLiveFollowTheNewDefinition(String actual, RagStatus expected) {
    Indicator homes = homes();
    homes.judgeWith(Threshold.absolute("0"), null);
    Target target = new Target(homes, Q2, new BigDecimal("100"));

    assertThat(IndicatorStatus.of(homes, target, actual(homes, actual)).computed())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "no target or actual as locked: {1}")
  @CsvSource({"DATA_ONLY_POLARITY, DATA_ONLY", "NO_TARGET, DATA_ONLY"})
  void aDataOnlyOrUntargetedIndicatorStaysUnjudgedAsLocked(String kind, RagStatus expected) {
    Indicator homes = homes();
    if (kind.equals("DATA_ONLY_POLARITY")) {
      homes.define("Homes built", null, IndicatorUnit.COUNT, Polarity.DATA_ONLY);
    }
    BigDecimal target = kind.equals("NO_TARGET") ? null : new BigDecimal("100");
    IndicatorAsLocked kept = new IndicatorAsLocked(Q2, homes, target, null, null, null);
    homes.define("Homes built", null, IndicatorUnit.COUNT, Polarity.HIGHER_IS_BETTER);

    assertThat(asLocked(homes, kept, "50").computed()).isEqualTo(expected);
  }
}
