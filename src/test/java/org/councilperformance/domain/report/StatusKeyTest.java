package org.councilperformance.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.trend.DirectionOfTravel;
import org.junit.jupiter.api.Test;

class StatusKeyTest {
  @Test
  void theKeyHasEveryStatusAndDirectionWithItsPrintedMarkAndAMeaning() {
    assertThat(StatusKey.entries())
        .hasSize(RagStatus.values().length + DirectionOfTravel.values().length)
        .allSatisfy(e -> assertThat(e.definition()).isNotBlank().endsWith("."));
    assertThat(StatusKey.entries().get(0).mark()).isEqualTo(StatusMark.of(RagStatus.GREEN_PLUS));
    assertThat(StatusKey.entries())
        .extracting(StatusKey.Entry::mark)
        .contains("◆ Red", "✕ Missing", "↓ Worsening");
  }

  @Test
  void definitionsStateTheRulesOfDocsRules() {
    assertThat(StatusKey.definition(RagStatus.AMBER)).contains("5% of the target", "30 days");
    assertThat(StatusKey.definition(RagStatus.RED)).contains("more than its tolerance", "overdue");
    assertThat(StatusKey.definition(RagStatus.MISSING)).contains("never counted as on track");
  }
}
