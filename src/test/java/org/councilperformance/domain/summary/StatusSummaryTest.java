package org.councilperformance.domain.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.indicator.RagStatus.AMBER;
import static org.councilperformance.domain.indicator.RagStatus.DATA_ONLY;
import static org.councilperformance.domain.indicator.RagStatus.GREEN;
import static org.councilperformance.domain.indicator.RagStatus.GREEN_PLUS;
import static org.councilperformance.domain.indicator.RagStatus.MISSING;
import static org.councilperformance.domain.indicator.RagStatus.RED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.councilperformance.domain.indicator.RagStatus;
import org.junit.jupiter.api.Test;

class StatusSummaryTest {
  private static List<RagStatus> statuses(Object... countsAndStatuses) {
    List<RagStatus> all = new ArrayList<>();
    for (int i = 0; i < countsAndStatuses.length; i += 2) {
      all.addAll(
          Collections.nCopies(
              (Integer) countsAndStatuses[i], (RagStatus) countsAndStatuses[i + 1]));
    }
    return all;
  }

  @Test
  void theSampleCouncilsPrintedCountsGiveItsPrintedPercentage() {
    // "twenty-five of the thirty-eight are on track or green (66%), two amber, eleven red"
    StatusSummary summary = StatusSummary.of(statuses(25, GREEN, 2, AMBER, 11, RED));
    assertThat(summary.total()).isEqualTo(38);
    assertThat(summary.onTrack()).isEqualTo(25);
    assertThat(summary.onTrackPercent()).isEqualByComparingTo("66");
    assertThat(summary.text()).isEqualTo("25 of 38 indicators on track (66%)");
  }

  @Test
  void partsAddUpToTotal() {
    StatusSummary s =
        StatusSummary.of(
            statuses(1, GREEN_PLUS, 2, GREEN, 3, AMBER, 4, RED, 5, MISSING, 6, DATA_ONLY));
    assertThat(s.greenPlus() + s.green() + s.amber() + s.red() + s.missing() + s.dataOnly())
        .isEqualTo(s.total())
        .isEqualTo(21);
  }

  @Test
  void greenPlusCountsAsOnTrackAndMissingCountsAgainst() {
    StatusSummary s = StatusSummary.of(statuses(1, GREEN_PLUS, 1, GREEN, 2, MISSING));
    assertThat(s.onTrack()).isEqualTo(2);
    assertThat(s.judged()).isEqualTo(4);
    assertThat(s.onTrackPercent()).isEqualByComparingTo("50");
  }

  @Test
  void dataOnlyIsReportedButNotJudged() {
    StatusSummary s = StatusSummary.of(statuses(3, GREEN, 3, DATA_ONLY));
    assertThat(s.total()).isEqualTo(6);
    assertThat(s.judged()).isEqualTo(3);
    assertThat(s.onTrackPercent()).isEqualByComparingTo("100");
  }

  @Test
  void percentageRoundsHalfUp() {
    // 1 of 8 = 12.5% -> 13%; 2 of 3 = 66.67% -> 67%
    assertThat(StatusSummary.of(statuses(1, GREEN, 7, RED)).onTrackPercent())
        .isEqualByComparingTo("13");
    assertThat(StatusSummary.of(statuses(2, GREEN, 1, RED)).onTrackPercent())
        .isEqualByComparingTo("67");
  }

  @Test
  void nothingToJudgeHasNoPercentage() {
    StatusSummary empty = StatusSummary.of(List.of());
    assertThat(empty.total()).isZero();
    assertThat(empty.onTrackPercent()).isNull();
    assertThat(empty.text()).isEqualTo("0 of 0 indicators on track");
    assertThat(StatusSummary.of(statuses(2, DATA_ONLY)).onTrackPercent()).isNull();
  }
}
