package org.councilperformance.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.indicator.Polarity.DATA_ONLY;
import static org.councilperformance.domain.indicator.Polarity.HIGHER_IS_BETTER;
import static org.councilperformance.domain.indicator.Polarity.LOWER_IS_BETTER;
import static org.councilperformance.domain.indicator.RagStatus.AMBER;
import static org.councilperformance.domain.indicator.RagStatus.GREEN;
import static org.councilperformance.domain.indicator.RagStatus.GREEN_PLUS;
import static org.councilperformance.domain.indicator.RagStatus.RED;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorStatusRuleTest {

  private static RagStatus status(IndicatorStatusRule rule, String target, String actual) {
    return rule.statusOf(
        target == null ? null : new BigDecimal(target),
        actual == null ? null : new BigDecimal(actual));
  }

  @Nested
  class HigherIsBetterWithRelativeTolerance {
    // 5% of 20 is 1: green from 20, amber from 19, red below 19.
    private final IndicatorStatusRule rule =
        new IndicatorStatusRule(HIGHER_IS_BETTER, Threshold.percent("5"), null);

    @ParameterizedTest(name = "target 20, actual {0} -> {1}")
    @CsvSource({
      "25, GREEN",
      "20.0001, GREEN",
      "20, GREEN", // on target
      "19.9999, AMBER", // just below target
      "19, AMBER", // exactly at tolerance
      "18.9999, RED", // just beyond tolerance
      "0, RED"
    })
    void judgesAgainstTargetAndTolerance(String actual, RagStatus expected) {
      assertThat(status(rule, "20", actual)).isEqualTo(expected);
    }
  }

  @Nested
  class LowerIsBetterWithRelativeTolerance {
    // The sample council's average queue time: target 10 minutes, 5% tolerance = 0.5.
    private final IndicatorStatusRule rule =
        new IndicatorStatusRule(LOWER_IS_BETTER, Threshold.percent("5"), null);

    @ParameterizedTest(name = "target 10, actual {0} -> {1}")
    @CsvSource({
      "8, GREEN",
      "10, GREEN", // on target
      "10.0001, AMBER", // just worse than target
      "10.5, AMBER", // exactly at tolerance
      "10.5001, RED", // just beyond
      "21, RED"
    })
    void judgesAgainstTargetAndTolerance(String actual, RagStatus expected) {
      assertThat(status(rule, "10", actual)).isEqualTo(expected);
    }

    @Test
    void newClaimsAtSixteenPointOneDaysAgainstFifteenPointNineIsAmberNotGreen() {
      // Printed green by the council; 16.1 is 1.26% over 15.9, inside the 5% tolerance.
      assertThat(status(rule, "15.9", "16.1")).isEqualTo(AMBER);
    }
  }

  @Nested
  class AbsoluteTolerance {
    private final IndicatorStatusRule higher =
        new IndicatorStatusRule(HIGHER_IS_BETTER, Threshold.absolute("2"), null);
    private final IndicatorStatusRule lower =
        new IndicatorStatusRule(LOWER_IS_BETTER, Threshold.absolute("2"), null);

    @ParameterizedTest(name = "higher is better, target 90, actual {0} -> {1}")
    @CsvSource({"90, GREEN", "88, AMBER", "87.99, RED"})
    void higherIsBetter(String actual, RagStatus expected) {
      assertThat(status(higher, "90", actual)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "lower is better, target 28, actual {0} -> {1}")
    @CsvSource({"28, GREEN", "30, AMBER", "30.01, RED"})
    void lowerIsBetter(String actual, RagStatus expected) {
      assertThat(status(lower, "28", actual)).isEqualTo(expected);
    }
  }

  @Nested
  class ZeroTarget {
    @Test
    void relativeToleranceOfZeroIsZeroSoAnyMissIsRed() {
      IndicatorStatusRule rule =
          new IndicatorStatusRule(LOWER_IS_BETTER, Threshold.percent("5"), null);
      assertThat(status(rule, "0", "0")).isEqualTo(GREEN);
      assertThat(status(rule, "0", "0.0001")).isEqualTo(RED);
      assertThat(status(rule, "0", "1")).isEqualTo(RED);
    }

    @Test
    void absoluteToleranceStillGivesAnAmberBand() {
      // e.g. Ombudsman complaints upheld against the council: target 0, amber up to 1.
      IndicatorStatusRule rule =
          new IndicatorStatusRule(LOWER_IS_BETTER, Threshold.absolute("1"), null);
      assertThat(status(rule, "0", "1")).isEqualTo(AMBER);
      assertThat(status(rule, "0", "2")).isEqualTo(RED);
    }

    @Test
    void higherIsBetterWithZeroTargetIsGreenAtZero() {
      IndicatorStatusRule rule =
          new IndicatorStatusRule(HIGHER_IS_BETTER, Threshold.percent("5"), null);
      assertThat(status(rule, "0", "0")).isEqualTo(GREEN);
      assertThat(status(rule, "0", "-0.01")).isEqualTo(RED);
    }
  }

  @Nested
  class NegativeTarget {
    // A budget variance target of -100 (an underspend of 100); 10% of |-100| = 10.
    private final IndicatorStatusRule lower =
        new IndicatorStatusRule(LOWER_IS_BETTER, Threshold.percent("10"), null);
    private final IndicatorStatusRule higher =
        new IndicatorStatusRule(HIGHER_IS_BETTER, Threshold.percent("10"), null);

    @ParameterizedTest(name = "lower is better, target -100, actual {0} -> {1}")
    @CsvSource({"-120, GREEN", "-100, GREEN", "-90, AMBER", "-89.99, RED"})
    void lowerIsBetter(String actual, RagStatus expected) {
      assertThat(status(lower, "-100", actual)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "higher is better, target -100, actual {0} -> {1}")
    @CsvSource({"-80, GREEN", "-100, GREEN", "-110, AMBER", "-110.01, RED"})
    void higherIsBetter(String actual, RagStatus expected) {
      assertThat(status(higher, "-100", actual)).isEqualTo(expected);
    }
  }

  @Nested
  class GreenPlus {
    @ParameterizedTest(name = "higher is better, target 85, margin 5, actual {0} -> {1}")
    @CsvSource({"95, GREEN_PLUS", "90, GREEN_PLUS", "89.99, GREEN", "85, GREEN", "84, AMBER"})
    void higherIsBetterWithAbsoluteMargin(String actual, RagStatus expected) {
      IndicatorStatusRule rule =
          new IndicatorStatusRule(
              HIGHER_IS_BETTER, Threshold.percent("5"), Threshold.absolute("5"));
      assertThat(status(rule, "85", actual)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "lower is better, target 20, margin 10%, actual {0} -> {1}")
    @CsvSource({"17, GREEN_PLUS", "18, GREEN_PLUS", "18.01, GREEN", "20, GREEN", "21, AMBER"})
    void lowerIsBetterWithRelativeMargin(String actual, RagStatus expected) {
      IndicatorStatusRule rule =
          new IndicatorStatusRule(LOWER_IS_BETTER, Threshold.percent("5"), Threshold.percent("10"));
      assertThat(status(rule, "20", actual)).isEqualTo(expected);
    }

    @Test
    void noMarginMeansNoGreenPlusHoweverFarAhead() {
      IndicatorStatusRule rule =
          new IndicatorStatusRule(HIGHER_IS_BETTER, Threshold.percent("5"), null);
      assertThat(status(rule, "10", "1000")).isEqualTo(GREEN);
    }

    @Test
    void zeroMarginMakesEveryOnTargetResultGreenPlus() {
      IndicatorStatusRule rule =
          new IndicatorStatusRule(
              HIGHER_IS_BETTER, Threshold.percent("5"), Threshold.absolute("0"));
      assertThat(status(rule, "10", "10")).isEqualTo(GREEN_PLUS);
    }
  }

  @Nested
  class MissingAndDataOnly {
    private final IndicatorStatusRule rule =
        new IndicatorStatusRule(HIGHER_IS_BETTER, Threshold.percent("5"), null);

    @Test
    void noActualAgainstATargetIsMissingNeverGreen() {
      assertThat(status(rule, "50", null)).isEqualTo(RagStatus.MISSING);
    }

    @Test
    void aFigureWithNoTargetIsDataOnly() {
      assertThat(status(rule, null, "43")).isEqualTo(RagStatus.DATA_ONLY);
    }

    @Test
    void noFigureIsMissingEvenWithNoTarget() {
      // A due figure that never came counts against, target or not (issue 15, item 2).
      assertThat(status(rule, null, null)).isEqualTo(RagStatus.MISSING);
      IndicatorStatusRule lower =
          new IndicatorStatusRule(LOWER_IS_BETTER, Threshold.absolute("1"), null);
      assertThat(status(lower, null, null)).isEqualTo(RagStatus.MISSING);
    }

    @ParameterizedTest(name = "data only, target {0}, actual {1} -> DATA_ONLY")
    @CsvSource({"80000, 17857", "80000, ", ", 17857", ","})
    void aDataOnlyIndicatorIsDataOnlyWithOrWithoutATargetOrAFigure(String target, String actual) {
      // A data-only measure with no figure is simply not reported: never counted as missing.
      IndicatorStatusRule dataOnly =
          new IndicatorStatusRule(DATA_ONLY, Threshold.percent("5"), null);
      assertThat(status(dataOnly, target, actual)).isEqualTo(RagStatus.DATA_ONLY);
    }
  }

  @Test
  void exactDecimalsDoNotSufferFromBinaryFloatingPoint() {
    // 0.1 + 0.2 != 0.3 in binary floating point; here the actual 0.3 is exactly on target.
    IndicatorStatusRule rule =
        new IndicatorStatusRule(HIGHER_IS_BETTER, Threshold.percent("0"), null);
    BigDecimal target = new BigDecimal("0.1").add(new BigDecimal("0.2"));
    assertThat(rule.statusOf(target, new BigDecimal("0.3"))).isEqualTo(GREEN);
  }

  @Test
  void describesTheRuleInWords() {
    assertThat(new IndicatorStatusRule(LOWER_IS_BETTER, Threshold.percent("5"), null).describe())
        .isEqualTo("lower is better; amber up to 5% above target");
    assertThat(
            new IndicatorStatusRule(
                    HIGHER_IS_BETTER, Threshold.absolute("2.5"), Threshold.percent("10"))
                .describe())
        .isEqualTo(
            "higher is better; amber up to 2.5 below target; green plus at 10% above target or more");
    assertThat(new IndicatorStatusRule(DATA_ONLY, Threshold.percent("5"), null).describe())
        .isEqualTo("data only; no status");
  }
}
