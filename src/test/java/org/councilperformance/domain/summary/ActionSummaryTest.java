package org.councilperformance.domain.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.indicator.RagStatus.AMBER;
import static org.councilperformance.domain.indicator.RagStatus.GREEN;
import static org.councilperformance.domain.indicator.RagStatus.RED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.councilperformance.domain.indicator.RagStatus;
import org.junit.jupiter.api.Test;

class ActionSummaryTest {
  @Test
  void theSampleCouncilsActionsAreTwentyThreeOfTwentySixWhichIsEightyEightPercent() {
    List<RagStatus> colours = new ArrayList<>(Collections.nCopies(23, GREEN));
    colours.add(AMBER);
    colours.addAll(List.of(RED, RED));
    ActionSummary summary = ActionSummary.of(colours, 0);
    assertThat(summary.judged()).isEqualTo(26);
    assertThat(summary.onTrackPercent()).isEqualByComparingTo("88"); // 88.46, half-up
    assertThat(summary.text()).isEqualTo("23 of 26 actions on track (88%)");
  }

  @Test
  void cancelledAndUnassessedActionsAreCountedApartAndNotJudged() {
    List<RagStatus> colours = new ArrayList<>(List.of(GREEN, AMBER));
    colours.add(null); // cancelled
    colours.add(null); // no status at all
    ActionSummary summary = ActionSummary.of(colours, 1);
    assertThat(summary.total()).isEqualTo(4);
    assertThat(summary.cancelled()).isEqualTo(1);
    assertThat(summary.notAssessed()).isEqualTo(1);
    assertThat(summary.text()).isEqualTo("1 of 2 actions on track (50%)");
  }

  @Test
  void halfRoundsUp() {
    // 1 of 8 is 12.5%: printed 13%.
    List<RagStatus> colours = new ArrayList<>(Collections.nCopies(7, RED));
    colours.add(GREEN);
    assertThat(ActionSummary.of(colours, 0).onTrackPercent()).isEqualByComparingTo("13");
  }

  @Test
  void noJudgedActionsHaveNoPercentage() {
    ActionSummary none = ActionSummary.of(List.of(), 0);
    assertThat(none.onTrackPercent()).isNull();
    assertThat(none.text()).isEqualTo("0 of 0 actions on track");
  }
}
