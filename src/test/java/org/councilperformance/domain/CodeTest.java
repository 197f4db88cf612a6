package org.councilperformance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeTest {
  private static final Pattern FORMAT = Pattern.compile(Code.FORMAT);

  @Test
  void twoCodesAreEqualByTheirTextWhereverTheyWereRead() {
    Code fromPath = Code.of("HC-PI-01", "code");
    Code fromBody = Code.of("HC-PI-01", "indicators");
    assertThat(fromPath).isEqualTo(fromBody).hasSameHashCodeAs(fromBody);
    assertThat(fromPath.source()).isEqualTo("code");
    assertThat(fromBody.source()).isEqualTo("indicators");
    assertThat(fromPath).isNotEqualTo(Code.of("HC-PI-02", "code"));
    assertThat(fromPath).hasToString("HC-PI-01");
  }

  @Test
  void noTextIsNoCode() {
    assertThat(Code.of(null, "businessUnit")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"HC-PI-01", "VFM_PI.19", "CR(2)", "a", "FPLocal_03"})
  void aNewCodeMayUseLettersDigitsAndTheseMarks(String code) {
    assertThat(FORMAT.matcher(code).matches()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"HC/PI/01", "HC PI", "", "HC?1", "HC#1", "é"})
  void aNewCodeMayNotSplitAnAddressOrUseOtherCharacters(String code) {
    assertThat(FORMAT.matcher(code).matches()).isFalse();
  }
}
