package org.councilperformance.domain.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.councilperformance.domain.indicator.Polarity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionOfTravelTest {
  private static BigDecimal n(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  @ParameterizedTest(name = "higher is better: {0} -> {1} is {2}")
  @CsvSource({
    "80, 81, IMPROVING",
    "80, 80.0001, IMPROVING", // any rise counts
    "80, 80, UNCHANGED",
    "80, 80.00, UNCHANGED", // same figure, other scale
    "80, 79.9999, WORSENING",
    "0, -1, WORSENING",
    ", 80, ", // no earlier figure
    "80, , " // no later figure
  })
  void higherIsBetter(String earlier, String later, DirectionOfTravel expected) {
    assertThat(DirectionOfTravel.between(Polarity.HIGHER_IS_BETTER, n(earlier), n(later)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "lower is better: {0} -> {1} is {2}")
  @CsvSource({
    "10.9, 8.3, IMPROVING",
    "10.9, 10.8999, IMPROVING",
    "10.9, 10.90, UNCHANGED",
    "10.9, 10.9001, WORSENING",
    "0, 1, WORSENING",
    ", 8.3, "
  })
  void lowerIsBetter(String earlier, String later, DirectionOfTravel expected) {
    assertThat(DirectionOfTravel.between(Polarity.LOWER_IS_BETTER, n(earlier), n(later)))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"1, 2", "2, 1", "1, 1"})
  void dataOnlyHasNoDirection(String earlier, String later) {
    assertThat(DirectionOfTravel.between(Polarity.DATA_ONLY, n(earlier), n(later))).isNull();
  }
}
