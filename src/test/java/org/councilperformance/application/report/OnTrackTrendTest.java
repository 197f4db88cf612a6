package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.indicator.IndicatorStatusBuilder.statusOf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.junit.jupiter.api.Test;

class OnTrackTrendTest {
  private static IndicatorStatus status(String code, RagStatus rag) {
    Indicator indicator =
        new Indicator(code, "Indicator " + code, IndicatorUnit.PERCENT, Polarity.HIGHER_IS_BETTER);
    return statusOf(indicator).target("90").status(rag).build();
  }

  private final List<IndicatorStatus> now =
      List.of(
          status("A", RagStatus.GREEN),
          status("B", RagStatus.GREEN_PLUS),
          status("C", RagStatus.RED),
          status("D", RagStatus.MISSING));

  @Test
  void oneQuarterWithStatusesIsNoTrend() {
    OnTrackTrend trend = OnTrackTrend.of(now, List.of(), "Q2 2018/19");

    assertThat(trend.points()).isEmpty();
    assertThat(trend.altText()).isEmpty();
  }

  @Test
  void aQuarterWithoutRedAmberOrGreenStatusesIsLeftOut() {
    EarlierQuarters.Quarter missing =
        new EarlierQuarters.Quarter("Q1 2018/19", Map.of("A", RagStatus.MISSING));

    assertThat(OnTrackTrend.of(now, List.of(missing), "Q2 2018/19").points()).isEmpty();
  }

  @Test
  void twoQuartersGiveTheShareOnTrackOfThoseAssessedAndSayItInWords() {
    EarlierQuarters.Quarter before =
        new EarlierQuarters.Quarter(
            "Q1 2018/19", Map.of("A", RagStatus.AMBER, "B", RagStatus.GREEN, "E", RagStatus.GREEN));

    OnTrackTrend trend = OnTrackTrend.of(now, List.of(before), "Q2 2018/19");

    // Q1: of A and B (E is not on this dashboard), B on track; Q2: A and B of A, B and C.
    assertThat(trend.points())
        .containsExactly(
            Map.of("quarter", "Q1 2018/19", "share", new BigDecimal("50")),
            Map.of("quarter", "Q2 2018/19", "share", new BigDecimal("67")));
    assertThat(trend.altText())
        .isEqualTo(
            "Indicators on track (green or green plus, of those with a red, amber or green"
                + " status): Q1 2018/19 50% (1 of 2), Q2 2018/19 67% (2 of 3).");
  }
}
