package org.councilperformance.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilperformance.domain.risk.RiskReviewBuilder.reviewOf;

import java.time.LocalDate;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.indicator.RagStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskTest {
  private static InvalidValueException refusal(Runnable change) {
    try {
      change.run();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("expected a refusal");
  }

  @ParameterizedTest(name = "{0}×{1} on a {2}×{2} -> {3}")
  @CsvSource({
    "0, 1, 4, inherent.likelihood",
    "5, 1, 4, inherent.likelihood",
    "1, 0, 4, inherent.impact",
    "1, 5, 4, inherent.impact",
    "4, 6, 5, inherent.impact",
    "4, , 4, inherent.impact"
  })
  void ratingsOutsideTheMatrixAreRefusedNamingTheField(
      Integer likelihood, Integer impact, int scale, String field) {
    Risk risk = new Risk("CR-01", "Cyber attack", scale);
    assertThat(refusal(() -> risk.rating(likelihood, impact, "inherent")).field()).isEqualTo(field);
  }

  @Test
  void theCornersOfTheMatrixAreAccepted() {
    Risk risk = new Risk("CR-01", "Cyber attack", 4);
    risk.assess(risk.rating(1, 1, "inherent"), risk.rating(4, 4, "residual"), "Firewalls");
    assertThat(risk.inherent().score()).isEqualTo(1);
    assertThat(risk.inherentBand()).isEqualTo(RagStatus.GREEN);
    assertThat(risk.residual().score()).isEqualTo(16);
    assertThat(risk.residualBand()).isEqualTo(RagStatus.RED);
  }

  @Test
  void aRiskNeedsATitleAndAScaleFromThreeToFive() {
    assertThat(refusal(() -> new Risk("CR-01", " ", 4)).field()).isEqualTo("title");
    assertThat(refusal(() -> new Risk("CR-01", "t", 6)).field()).isEqualTo("scale");
    assertThat(new Risk("CR-01", "t", 4).status()).isEqualTo(RiskStatus.OPEN);
  }

  @Test
  void aReviewCannotBeInTheFuture() {
    Risk risk = new Risk("CR-01", "Cyber attack", 4);
    LocalDate today = LocalDate.parse("2019-06-30");
    assertThatThrownBy(() -> reviewOf(risk, today.plusDays(1)).rated(2, 2).enteredOn(today).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("future");
    assertThat(reviewOf(risk, today).rated(2, 2).by(" ").enteredOn(today).build().reviewer())
        .isNull();
  }
}
