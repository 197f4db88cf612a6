package org.councilperformance.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

/**
 * A calculated indicator's measurement: the figure counted, the one printed beside it, and when
 * they disagree (docs/rules.md#calculated-indicators).
 */
class CalculatedMeasurementTest {
  private static final ReportingPeriod Q1 =
      new ReportingPeriod(PeriodCode.parse("2019-20-Q1", "period"), null);
  private static final Formula SATISFACTION =
      Formula.parse("(positive - negative) / (positive + neutral + negative)", "formula");
  private static final Formula RATE = Formula.parse("[COMPLAINTS] / [HOMES] * 1000", "formula");
  private static final Function<String, BigDecimal> NO_INDICATORS = code -> null;

  private static Measurement measurement(Formula formula) {
    Indicator indicator =
        new Indicator("CS-SAT", "Satisfaction", IndicatorUnit.SCORE, Polarity.HIGHER_IS_BETTER);
    indicator.calculateBy(formula);
    return new Measurement(indicator, Q1);
  }

  private static Map<String, BigDecimal> responses(int positive, int neutral, int negative) {
    return Map.of(
        "positive", BigDecimal.valueOf(positive),
        "neutral", BigDecimal.valueOf(neutral),
        "negative", BigDecimal.valueOf(negative));
  }

  private static void report(
      Measurement m, Map<String, BigDecimal> components, String printed, String reason) {
    m.reportCalculated(
        SATISFACTION,
        components,
        printed == null ? null : new BigDecimal(printed),
        reason,
        null,
        null,
        NO_INDICATORS,
        "editor",
        Instant.EPOCH);
  }

  @Test
  void theFiguresCountedIsTheFormulasResultFromTheComponents() {
    Measurement m = measurement(SATISFACTION);
    report(m, responses(60, 25, 15), null, null);
    assertThat(m.value()).isEqualByComparingTo("0.45");
    assertThat(m.calculatedValue()).isEqualByComparingTo("0.45");
    assertThat(m.printedValue()).isNull();
    assertThat(m.components()).containsOnlyKeys("negative", "neutral", "positive");
    assertThat(m.differsFromFormula()).isFalse();
  }

  @Test
  void aPrintedFigureThatRoundsFromTheResultAgrees() {
    Measurement m = measurement(RATE);
    m.reportCalculated(
        RATE,
        null,
        new BigDecimal("2333.3"),
        null,
        null,
        null,
        code -> code.equals("COMPLAINTS") ? BigDecimal.valueOf(7) : BigDecimal.valueOf(3),
        "editor",
        Instant.EPOCH);
    assertThat(m.value()).isEqualByComparingTo("2333.333333");
    assertThat(m.printedValue()).isEqualByComparingTo("2333.3");
    assertThat(m.differsFromFormula()).isFalse();
  }

  @Test
  void aPrintedFigureTheFormulaDoesNotGiveIsFlaggedAndTheResultCounts() {
    Measurement m = measurement(SATISFACTION);
    report(m, responses(60, 25, 15), "0.6", null);
    assertThat(m.value()).isEqualByComparingTo("0.45");
    assertThat(m.printedValue()).isEqualByComparingTo("0.6");
    assertThat(m.differsFromFormula()).isTrue();
    // 0.46 is not 0.45 at two decimals; 0.5 is 0.45 at one
    report(m, null, "0.46", null);
    assertThat(m.differsFromFormula()).isTrue();
    report(m, null, "0.5", null);
    assertThat(m.differsFromFormula()).isFalse();
  }

  @Test
  void withoutEveryComponentThePrintedFigureCountsAndNothingIsFlagged() {
    Measurement m = measurement(SATISFACTION);
    report(m, Map.of("positive", BigDecimal.ONE), "0.3", null);
    assertThat(m.calculatedValue()).isNull();
    assertThat(m.value()).isEqualByComparingTo("0.3");
    assertThat(m.differsFromFormula()).isFalse();
  }

  @Test
  void componentsLeftOutKeepThoseEntered() {
    Measurement m = measurement(SATISFACTION);
    report(m, responses(60, 25, 15), null, null);
    report(m, null, "0.45", null);
    assertThat(m.components()).hasSize(3);
    assertThat(m.value()).isEqualByComparingTo("0.45");
  }

  @Test
  void aComponentTheFormulaDoesNotUseIsRefusedNamingIt() {
    Measurement m = measurement(SATISFACTION);
    assertThatThrownBy(() -> report(m, Map.of("postive", BigDecimal.ONE), null, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("positive, negative, neutral")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("components.postive");
  }

  @Test
  void nothingToCalculateFromAndNothingPrintedIsRefusedSayingWhatIsMissing() {
    Measurement m = measurement(SATISFACTION);
    assertThatThrownBy(() -> report(m, Map.of("positive", BigDecimal.ONE), null, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("no figure for negative, neutral")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("components");
    // A missing-data reason is an answer too.
    report(m, Map.of(), null, "Survey not run");
    assertThat(m.value()).isNull();
    assertThat(m.missingReason()).isEqualTo("Survey not run");
  }

  @Test
  void anInputsNewFigureIsCalculatedAgainAndReplacesAMissingDataReason() {
    Measurement m = measurement(RATE);
    m.reportCalculated(
        RATE,
        null,
        null,
        "Homes not counted yet",
        null,
        null,
        NO_INDICATORS,
        "editor",
        Instant.EPOCH);
    boolean changed =
        m.recalculate(
            RATE,
            code -> code.equals("COMPLAINTS") ? BigDecimal.valueOf(12) : BigDecimal.valueOf(4000),
            "officer",
            Instant.EPOCH.plusSeconds(60));
    assertThat(changed).isTrue();
    assertThat(m.value()).isEqualByComparingTo("3");
    assertThat(m.missingReason()).isNull();
    assertThat(m.enteredBy()).isEqualTo("officer");
    assertThat(m.recalculate(RATE, code -> BigDecimal.TEN, "other", Instant.EPOCH)).isTrue();
    assertThat(m.recalculate(RATE, code -> BigDecimal.TEN, "other", Instant.EPOCH)).isFalse();
  }

  @Test
  void anIndicatorNoLongerCalculatedCountsTheFigureThatWasPrinted() {
    Measurement m = measurement(SATISFACTION);
    report(m, responses(60, 25, 15), "0.5", null);
    m.recalculate(null, NO_INDICATORS, "admin", Instant.EPOCH);
    assertThat(m.value()).isEqualByComparingTo("0.5");
    assertThat(m.calculatedValue()).isNull();
    assertThat(m.printedValue()).isNull();
    assertThat(m.components()).isEmpty();
  }
}
