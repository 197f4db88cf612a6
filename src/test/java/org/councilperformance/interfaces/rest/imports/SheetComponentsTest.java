package org.councilperformance.interfaces.rest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.indicator.Formula;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetComponentsTest {
  private static final Formula SATISFACTION =
      Formula.parse("(positive - negative) / (positive + neutral + negative)", "formula");

  @Test
  void theTemplateNamesEveryComponentAlphabeticallyWithTheFigureEnteredOrNothing() {
    assertThat(SheetComponents.write(SATISFACTION, Map.of("positive", new BigDecimal("60.50"))))
        .isEqualTo("negative =; neutral =; positive = 60.5");
    assertThat(SheetComponents.write(SATISFACTION, Map.of()))
        .isEqualTo("negative =; neutral =; positive =");
  }

  @Test
  void anEnteredIndicatorOrAFormulaOverIndicatorsOnlyHasNoComponentsCell() {
    assertThat(SheetComponents.write(null, Map.of())).isEmpty();
    assertThat(SheetComponents.write(Formula.parse("[A] / [B] * 1000", "formula"), Map.of()))
        .isEmpty();
  }

  @Test
  void whatTheTemplateWritesReadsBackAsEntered() {
    Map<String, BigDecimal> entered =
        Map.of("negative", new BigDecimal("15"), "positive", new BigDecimal("-2.25"));
    assertThat(SheetComponents.read(SheetComponents.write(SATISFACTION, entered)))
        .isEqualTo(entered);
  }

  @Test
  void spacingAndATrailingSemicolonDoNotMatterAndANameWithoutAFigureIsNotGiven() {
    assertThat(SheetComponents.read(" positive=60 ;neutral =  ; negative = 15;"))
        .containsExactly(
            Map.entry("negative", new BigDecimal("15")),
            Map.entry("positive", new BigDecimal("60")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"positive 60", "= 60", "positive = 1,000", "positive = =A1", "a = 1; a = 2"})
  void aPartThatIsNotNameEqualsFigureIsTheColumnsError(String cell) {
    assertThatThrownBy(() -> SheetComponents.read(cell))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("Components"));
  }
}
