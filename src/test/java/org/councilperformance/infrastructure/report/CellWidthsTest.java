package org.councilperformance.infrastructure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CellWidthsTest {
  private static int needed(String... codes) {
    return CellWidths.needed(
        java.util.Arrays.stream(codes).map(c -> Map.of("code", c)).toList(), "code");
  }

  @Test
  void theWidestCodeSetsTheWidthInStepsOfSixPoints() {
    int sample = needed("VFM-PI-17", "HC-A-01");
    int longer = needed("VFM-PI-17", "IND-002eca3b");

    assertThat(sample).isBetween(54, 72);
    assertThat(sample % 6).isZero();
    assertThat(longer).isGreaterThan(72);
  }

  @Test
  void noCodeNeedsNoWidthAndTheLongestCodesAreCapped() {
    assertThat(CellWidths.needed(List.of(Map.of("code", " ")), "code")).isZero();
    assertThat(needed("W".repeat(40))).isEqualTo(CellWidths.WIDEST);
  }
}
