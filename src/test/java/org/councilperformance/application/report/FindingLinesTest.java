package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.councilperformance.domain.quality.Consistency;
import org.councilperformance.domain.quality.Finding;
import org.junit.jupiter.api.Test;

class FindingLinesTest {
  private static Finding finding(String where) {
    return Consistency.derived(
            "absence", where, "days lost ÷ FTE", new BigDecimal("2.9"), new BigDecimal("2.958"))
        .orElseThrow();
  }

  @Test
  void withoutTheDataQualityAppendixAnAppendixListsEachFindingByPeriodName() {
    assertThat(FindingLines.of(List.of(finding("2018-19-Q2 Finance days per FTE")), false))
        .containsExactly(
            "2018/19 Quarter 2 Finance days per FTE: supplied 2.9 but days lost ÷ FTE gives 3.0");
  }

  @Test
  void withItAnAppendixSaysHowManyAndWhereSoEachFindingPrintsOnce() {
    assertThat(FindingLines.of(List.of(finding("a"), finding("b")), true))
        .containsExactly(
            "2 figures in this appendix do not add up: each is listed, with the figure computed, in"
                + " the appendix of data-quality findings.");
    assertThat(FindingLines.of(List.of(finding("a")), true))
        .containsExactly(
            "1 figure in this appendix does not add up: it is listed, with the figure computed, in"
                + " the appendix of data-quality findings.");
    assertThat(FindingLines.of(List.of(), true)).isEmpty();
  }
}
