package org.councilperformance.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import org.councilperformance.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The formula language of calculated indicators (docs/rules.md#calculated-indicators). */
class FormulaTest {
  private static final Function<String, BigDecimal> NONE = name -> null;

  private static BigDecimal value(String formula) {
    return Formula.parse(formula, "formula").evaluate(NONE, NONE);
  }

  private static Function<String, BigDecimal> figures(Map<String, String> figures) {
    return name -> figures.containsKey(name) ? new BigDecimal(figures.get(name)) : null;
  }

  @Test
  void aSatisfactionScoreIsTheAverageOfPlusOneZeroAndMinusOneResponses() {
    Formula score =
        Formula.parse("(positive - negative) / (positive + neutral + negative)", "formula");
    assertThat(score.components()).containsExactly("positive", "negative", "neutral");
    assertThat(score.indicators()).isEmpty();
    BigDecimal result =
        score.evaluate(figures(Map.of("positive", "60", "neutral", "25", "negative", "15")), NONE);
    assertThat(result).isEqualByComparingTo("0.45");
  }

  @Test
  void aRatePerThousandIsRoundedHalfUpToSixPlacesOnlyAtTheEnd() {
    Formula rate = Formula.parse("[HS-01] / [HS-02] * 1000", "formula");
    assertThat(rate.indicators()).containsExactly("HS-01", "HS-02");
    BigDecimal result = rate.evaluate(NONE, figures(Map.of("HS-01", "7", "HS-02", "3")));
    // 7 ÷ 3 is carried to 34 digits before × 1000: 2333.3333333…, not 2333.333333000.
    assertThat(result).isEqualByComparingTo("2333.333333");
    assertThat(result.scale()).isEqualTo(Formula.RESULT_SCALE);
    assertThat(value("2 / 3")).isEqualByComparingTo("0.666667");
    assertThat(value("1 / 8000000")).isEqualByComparingTo("0.000000");
    assertThat(value("5 / 1000000 * 0.1")).isEqualByComparingTo("0.000001");
  }

  @Test
  void sumsAndProductsAreExactDecimals() {
    assertThat(value("0.1 + 0.2")).isEqualByComparingTo("0.3");
    assertThat(value("1.005 * 1000")).isEqualByComparingTo("1005");
  }

  @Test
  void multiplicationAndDivisionBindBeforeAdditionAndEachGroupsFromTheLeft() {
    assertThat(value("1 + 2 * 3")).isEqualByComparingTo("7");
    assertThat(value("(1 + 2) * 3")).isEqualByComparingTo("9");
    assertThat(value("10 - 4 - 3")).isEqualByComparingTo("3");
    assertThat(value("12 / 4 / 3")).isEqualByComparingTo("1");
    assertThat(value("-2 * -3")).isEqualByComparingTo("6");
    assertThat(value("2 - -3")).isEqualByComparingTo("5");
  }

  @Test
  void anInputWithoutAFigureOrADivisorOfZeroLeavesItUncalculated() {
    Formula rate = Formula.parse("[A] / [B] * 1000", "formula");
    assertThat(rate.evaluate(NONE, figures(Map.of("A", "7")))).isNull();
    assertThat(rate.evaluate(NONE, figures(Map.of("A", "7", "B", "0")))).isNull();
    assertThat(rate.evaluate(NONE, figures(Map.of("A", "0", "B", "7")))).isEqualByComparingTo("0");
  }

  @Test
  void noFormulaIsAnEnteredFigure() {
    assertThat(Formula.parse(null, "formula")).isNull();
    assertThat(Formula.parse("  ", "formula")).isNull();
  }

  @Test
  void aFormulaThatCannotBeReadIsRefusedNamingTheFieldAndThePlace() {
    assertRefused("1 +", "character 4");
    assertRefused("(1 + 2", "closing bracket");
    assertRefused("[A / 2", "closed by ]");
    assertRefused("[A/B] * 2", "indicator code");
    assertRefused("a $ b", "character 3");
    assertRefused("1 2", "an operator");
    assertRefused("1. + 2", "after the decimal point");
    assertRefused(".5", "before the decimal point");
    assertRefused("é + 1", "a component name");
    assertRefused("-".repeat(60) + "1", "50 deep");
    assertRefused("(".repeat(60) + "1" + ")".repeat(60), "50 deep");
    assertRefused("x".repeat(Formula.MAX_NAME + 1), "at most " + Formula.MAX_NAME);
    assertRefused("1+".repeat(300) + "1", "at most " + Formula.MAX_LENGTH);
  }

  private static void assertRefused(String text, String saying) {
    assertThatThrownBy(() -> Formula.parse(text, "formula"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(saying)
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("formula");
  }

  @Test
  void anIndicatorMayNotDependOnItselfDirectlyOrThroughOthers() {
    Map<String, Formula> formulas =
        Map.of("B", Formula.parse("[C] + 1", "formula"), "C", Formula.parse("[A] * 2", "formula"));
    Formula a = Formula.parse("[B] / 2", "formula");
    assertThatThrownBy(() -> a.requireNoCycle("A", formulas::get, "formula"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("A → B → C → A");
    Formula self = Formula.parse("[A] + 1", "formula");
    assertThatThrownBy(() -> self.requireNoCycle("A", Map.<String, Formula>of()::get, "formula"))
        .hasMessageContaining("A → A");
  }

  @Test
  void twoIndicatorsUsingTheSameInputAreNoCycle() {
    Map<String, Formula> formulas =
        Map.of("B", Formula.parse("[D] + 1", "formula"), "C", Formula.parse("[D] * 2", "formula"));
    Formula a = Formula.parse("[B] + [C]", "formula");
    a.requireNoCycle("A", formulas::get, "formula");
    assertThat(a.indicators()).containsExactly("B", "C");
  }
}
