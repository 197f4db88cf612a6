package org.councilperformance.interfaces.rest.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.MalformedValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HistoryCursorTest {
  @Test
  void absentParametersMeanTheNewestPageOfTheUsualSize() {
    assertThat(HistoryCursor.limit(null)).isEqualTo(100);
    assertThat(HistoryCursor.before(null)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aPageHoldsOneToFiveHundredChangeSets() {
    assertThat(HistoryCursor.limit("1")).isEqualTo(1);
    assertThat(HistoryCursor.limit("500")).isEqualTo(500);
    assertThat(HistoryCursor.before("1")).isEqualTo(1);
    assertThat(HistoryCursor.before("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "501", "-1", "1.5", "ten", "", " 5", "1e2", "9999999999999999999"})
  void anythingElseIsRefusedNamingTheLimit(String limit) {
    assertThatThrownBy(() -> HistoryCursor.limit(limit))
        .isInstanceOf(MalformedValueException.class)
        .extracting(e -> ((BusinessException) e).field())
        .isEqualTo("limit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "abc", "", "1000000000000000000000"})
  void aCursorIsAPositiveWholeNumber(String before) {
    assertThatThrownBy(() -> HistoryCursor.before(before))
        .isInstanceOf(MalformedValueException.class)
        .extracting(e -> ((BusinessException) e).field())
        .isEqualTo("before");
  }
}
