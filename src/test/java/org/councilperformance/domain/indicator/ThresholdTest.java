package org.councilperformance.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.councilperformance.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class ThresholdTest {
  @Test
  void relativeDistanceIsAShareOfTheTargetsSize() {
    assertThat(Threshold.percent("5").distanceFrom(new BigDecimal("494958")))
        .isEqualByComparingTo("24747.9");
    assertThat(Threshold.percent("5").distanceFrom(new BigDecimal("-20")))
        .isEqualByComparingTo("1");
    assertThat(Threshold.percent("5").distanceFrom(BigDecimal.ZERO)).isEqualByComparingTo("0");
  }

  @Test
  void absoluteDistanceIgnoresTheTarget() {
    assertThat(Threshold.absolute("2").distanceFrom(new BigDecimal("1000")))
        .isEqualByComparingTo("2");
  }

  @Test
  void negativeThresholdIsRefused() {
    assertThatThrownBy(() -> Threshold.percent("-1")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void equalThresholdsCompareByValueNotScale() {
    assertThat(Threshold.percent("5.00")).isEqualTo(Threshold.percent("5"));
    assertThat(Threshold.percent("5")).isNotEqualTo(Threshold.absolute("5"));
  }
}
