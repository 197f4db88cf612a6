package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.indicator.IndicatorStatusBuilder.statusOf;

import java.util.ArrayList;
import java.util.List;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.junit.jupiter.api.Test;

class AsReportedNoteTest {
  private final List<IndicatorStatus> statuses = new ArrayList<>();

  private void indicator(RagStatus computed, RagStatus printed) {
    Indicator indicator =
        new Indicator(
            "PI-" + statuses.size(), "Indicator", IndicatorUnit.PERCENT, Polarity.HIGHER_IS_BETTER);
    statuses.add(statusOf(indicator).target("90").status(computed).reported(printed).build());
  }

  @Test
  void noNoteWhereEveryPrintedStatusAgreesOrNoneWasPrinted() {
    indicator(RagStatus.GREEN, RagStatus.GREEN);
    indicator(RagStatus.RED, null);
    assertThat(AsReportedNote.of(statuses)).isEmpty();
    assertThat(AsReportedNote.of(List.of())).isEmpty();
  }

  @Test
  void oneDifferenceIsExplainedWithTheCouncilsOwnCount() {
    indicator(RagStatus.AMBER, RagStatus.GREEN);
    indicator(RagStatus.GREEN, RagStatus.GREEN);
    indicator(RagStatus.RED, RagStatus.RED);
    assertThat(AsReportedNote.of(statuses))
        .startsWith(
            "The council's own report counted 2 of 3 indicators on track (67%). The status of 1"
                + " indicator here differs from the one it printed, because this report judges"
                + " every figure by one rule")
        .contains(
            "marked \"as reported\", in the dashboards, the exception report and the"
                + " compendium.");
  }

  @Test
  void severalDifferencesAreCountedAndOnlyPrintedStatusesMakeTheCouncilsCount() {
    indicator(RagStatus.AMBER, RagStatus.GREEN);
    indicator(RagStatus.MISSING, RagStatus.RED);
    indicator(RagStatus.DATA_ONLY, RagStatus.GREEN);
    indicator(RagStatus.GREEN, null);
    assertThat(AsReportedNote.of(statuses))
        .startsWith(
            "The council's own report counted 2 of 3 indicators on track (67%). The statuses of 3"
                + " indicators here differ from the ones it printed");
  }
}
