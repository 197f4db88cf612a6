package org.councilperformance.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.indicator.RagStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RiskScoreBandsTest {
  @ParameterizedTest(name = "4×4 score {0} -> {1}")
  @CsvSource({
    "1, GREEN", // the lowest score
    "4, GREEN", // top of green: a quarter of 16
    "5, AMBER", // one above green
    "8, AMBER", // top of amber: half of 16
    "9, RED", // one above amber
    "16, RED" // the highest score
  })
  void theDefaultFourByFourMatrixBandsEveryBoundary(int score, RagStatus expected) {
    assertThat(RiskScoreBands.standard().band(score)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "5×5 score {0} -> {1}")
  @CsvSource({"1, GREEN", "6, GREEN", "7, AMBER", "12, AMBER", "13, RED", "25, RED"})
  void aFiveByFiveMatrixBandsByQuartersOfTwentyFive(int score, RagStatus expected) {
    assertThat(RiskScoreBands.forScale(5).band(score)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "3×3 score {0} -> {1}")
  @CsvSource({"1, GREEN", "2, GREEN", "3, AMBER", "4, AMBER", "5, RED", "9, RED"})
  void aThreeByThreeMatrixBandsByQuartersOfNine(int score, RagStatus expected) {
    assertThat(RiskScoreBands.forScale(3).band(score)).isEqualTo(expected);
  }

  @Test
  void everyPossibleProductOnTheDefaultMatrixFallsInExactlyTheDocumentedBand() {
    RiskScoreBands bands = RiskScoreBands.standard();
    for (int likelihood = 1; likelihood <= 4; likelihood++) {
      for (int impact = 1; impact <= 4; impact++) {
        int score = likelihood * impact;
        RagStatus expected =
            score <= 4 ? RagStatus.GREEN : score <= 8 ? RagStatus.AMBER : RagStatus.RED;
        assertThat(bands.band(score)).as("%d×%d", likelihood, impact).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "score {0} is not on a 4×4 matrix")
  @ValueSource(ints = {0, 17, -1})
  void aScoreOffTheMatrixIsAProgrammingError(int score) {
    assertThatThrownBy(() -> RiskScoreBands.standard().band(score))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDefaultIsFourByFour() {
    assertThat(RiskScoreBands.standard().scale()).isEqualTo(4);
    assertThat(RiskScoreBands.standard().highestScore()).isEqualTo(16);
  }

  @ParameterizedTest(name = "scale {0} is refused")
  @ValueSource(ints = {2, 6, 0})
  void onlyThreeToFiveAreScales(int scale) {
    assertThatThrownBy(() -> RiskScoreBands.forScale(scale))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("3×3 to 5×5")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("scale");
  }

  @Test
  void describesItselfInWords() {
    assertThat(RiskScoreBands.standard().describe())
        .isEqualTo("4×4; score = likelihood × impact; GREEN 1–4, AMBER 5–8, RED 9–16");
    assertThat(RiskScoreBands.forScale(5).describe())
        .isEqualTo("5×5; score = likelihood × impact; GREEN 1–6, AMBER 7–12, RED 13–25");
  }
}
