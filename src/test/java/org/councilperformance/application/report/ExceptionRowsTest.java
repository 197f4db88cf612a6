package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.intervention.OffTrackItemBuilder.offTrackIndicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.intervention.InterventionPlan;
import org.councilperformance.domain.intervention.InterventionStep;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.junit.jupiter.api.Test;

class ExceptionRowsTest {
  private final Indicator leisure =
      new Indicator(
          "VFM-PI-11", "Leisure income", IndicatorUnit.CURRENCY_GBP, Polarity.HIGHER_IS_BETTER);
  private final Indicator calls =
      new Indicator(
          "VFM-PI-16", "Abandoned calls", IndicatorUnit.PERCENT, Polarity.LOWER_IS_BETTER);

  private InterventionPlan plan(String code, InterventionStep... steps) {
    InterventionPlan plan = new InterventionPlan(code);
    plan.address("Recover income", "Membership fell", List.of(leisure, calls), List.of());
    plan.plan(List.of(steps), null, null, true);
    return plan;
  }

  @Test
  void itemsComeFirstThenEachPlanOnceWithARowPerStep() {
    InterventionPlan plan =
        plan(
            "IP-B",
            new InterventionStep(
                "Relaunch memberships", "Leisure manager", LocalDate.of(2018, 12, 31)),
            new InterventionStep("Review prices", null, null));
    List<Map<String, Object>> rows =
        ExceptionRows.of(
            List.of(
                offTrackIndicator("VFM-PI-11", RagStatus.RED)
                    .commentary("Below target")
                    .plans(plan)
                    .build(),
                offTrackIndicator("VFM-PI-16", RagStatus.RED)
                    .commentary("Calls up")
                    .plans(plan)
                    .build()));

    assertThat(rows)
        .extracting(
            r ->
                r.get("part") + "/" + r.get("code") + r.get("planCode") + "/" + r.get("stepNumber"))
        .containsExactly(
            "items/VFM-PI-11/null", "items/VFM-PI-16/null", "plans/IP-B/1", "plans/IP-B/2");
    assertThat(rows.get(0))
        .containsEntry("status", "◆ Red")
        .containsEntry("plans", "IP-B: Recover income")
        .containsEntry("planMissing", false);
    assertThat(rows.get(2))
        .containsEntry("planReason", "Membership fell")
        .containsEntry("planCovers", "VFM-PI-11, VFM-PI-16")
        .containsEntry("expectedRecovery", "Not set")
        .containsEntry("forecast", "Not given")
        .containsEntry("focusedMonitoring", "Yes")
        .containsEntry("stepOwner", "Leisure manager");
    assertThat(rows.get(3)).containsEntry("stepOwner", "").containsEntry("stepDue", null);
  }

  @Test
  void aRedItemWithoutPlanOrCommentaryIsFlaggedAndAnAmberOneIsNot() {
    List<Map<String, Object>> rows =
        ExceptionRows.of(
            List.of(
                offTrackIndicator("VFM-PI-11", RagStatus.RED).commentary(" ").build(),
                offTrackIndicator("VFM-PI-16", RagStatus.AMBER).build()));
    assertThat(rows.get(0))
        .containsEntry("commentary", "No commentary")
        .containsEntry("commentaryMissing", true)
        .containsEntry("plans", "No intervention plan")
        .containsEntry("planMissing", true);
    assertThat(rows.get(1))
        .containsEntry("commentary", "")
        .containsEntry("commentaryMissing", false)
        .containsEntry("plans", "None")
        .containsEntry("planMissing", false);
  }

  @Test
  void aPlanWithoutStepsStillPrintsOnce() {
    InterventionPlan plan = plan("IP-C");
    List<Map<String, Object>> rows =
        ExceptionRows.of(
            List.of(
                offTrackIndicator("VFM-PI-11", RagStatus.RED)
                    .commentary("Below")
                    .plans(plan)
                    .build()));
    assertThat(rows.get(1))
        .containsEntry("planCode", "IP-C")
        .containsEntry("stepDescription", "No steps recorded.");
    assertThat(rows.get(1).get("stepNumber")).isNull();
  }

  @Test
  void theSummaryCountsRedAndAmberAndWhatIsMissing() {
    assertThat(ExceptionRows.summary(List.of()))
        .isEqualTo(
            "No indicator or action in scope is red or amber, and no figure is missing, this"
                + " period.");
    assertThat(
            ExceptionRows.summary(
                List.of(
                    offTrackIndicator("A", RagStatus.RED).build(),
                    offTrackIndicator("B", RagStatus.RED)
                        .commentary("Said")
                        .plans(plan("IP-A"))
                        .build(),
                    offTrackIndicator("C", RagStatus.AMBER).build())))
        .isEqualTo(
            "2 red and 1 amber items are off track. 1 red item has no intervention plan."
                + " 1 red item has no commentary.");
  }

  @Test
  void aMissingFigureIsListedSayingWhatIsMissingBesideItsCommentaryAndPlans() {
    InterventionPlan plan = plan("IP-A-B");
    List<Map<String, Object>> rows =
        ExceptionRows.of(
            List.of(
                offTrackIndicator("VFM-PI-15", RagStatus.MISSING)
                    .missing("No single figure: the report gives three")
                    .commentary("Sample repeated in Q3.")
                    .reportedStatus(RagStatus.RED)
                    .plans(plan)
                    .build(),
                offTrackIndicator("VFM-PI-14", RagStatus.MISSING)
                    .missing("No figure reported")
                    .build()));
    assertThat(rows.get(0))
        .containsEntry("status", "✕ Missing\nas reported: ◆\u00A0Red")
        .containsEntry("reportedStatus", "as reported: ◆\u00A0Red")
        .containsEntry(
            "commentary", "No single figure: the report gives three\nSample repeated in Q3.")
        .containsEntry("plans", "IP-A-B: Recover income")
        .containsEntry("planMissing", false)
        .containsEntry("commentaryMissing", false);
    // Missing data has no plan to lack: only red items are flagged.
    assertThat(rows.get(1))
        .containsEntry("status", "✕ Missing")
        .containsEntry("commentary", "No figure reported")
        .containsEntry("plans", "None")
        .containsEntry("planMissing", false);
    assertThat(rows)
        .extracting(r -> r.get("part") + "/" + r.get("code") + r.get("planCode"))
        .containsExactly("items/VFM-PI-15", "items/VFM-PI-14", "plans/IP-A-B");
  }

  @Test
  void anItemIsPrintedWithItsBusinessUnitsNameNotItsCode() {
    List<Map<String, Object>> rows =
        ExceptionRows.of(
            List.of(
                new OffTrackItem(
                    OffTrackItem.Kind.INDICATOR,
                    "HC-PI-05",
                    "Empty homes",
                    "HOUSING",
                    RagStatus.RED,
                    "Delays",
                    List.of(),
                    "Housing Services",
                    RagStatus.RED,
                    null)));
    assertThat(rows.get(0))
        .containsEntry("businessUnit", "Housing Services")
        .containsEntry("status", "◆ Red")
        .containsEntry("reportedStatus", "");
  }

  @Test
  void theSummaryCountsMissingFiguresApart() {
    assertThat(
            ExceptionRows.summary(
                List.of(
                    offTrackIndicator("A", RagStatus.AMBER).commentary("Said").build(),
                    offTrackIndicator("B", RagStatus.MISSING).build())))
        .isEqualTo("0 red and 1 amber item is off track. 1 indicator has no figure.");
    assertThat(
            ExceptionRows.summary(
                List.of(
                    offTrackIndicator("B", RagStatus.MISSING).build(),
                    offTrackIndicator("C", RagStatus.MISSING).build())))
        .isEqualTo("0 red and 0 amber items are off track. 2 indicators have no figure.");
  }
}
