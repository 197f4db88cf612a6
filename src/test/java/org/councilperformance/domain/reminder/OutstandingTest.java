package org.councilperformance.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.reminder.Outstanding.Item;
import org.councilperformance.domain.reminder.Outstanding.Kind;
import org.junit.jupiter.api.Test;

class OutstandingTest {
  private static Item indicator(
      boolean entered, RagStatus status, String commentary, boolean plan) {
    return new Item(Kind.INDICATOR, "HC-PI-01", "Rent arrears", entered, status, commentary, plan);
  }

  private static Item action(boolean updated, RagStatus status, String commentary, boolean plan) {
    return new Item(Kind.ACTION, "A-01", "New depot", updated, status, commentary, plan);
  }

  @Test
  void aPeriodWithEverythingInAndExplainedIsComplete() {
    Outstanding o =
        Outstanding.of(
            List.of(
                indicator(true, RagStatus.GREEN, null, false),
                indicator(true, RagStatus.AMBER, "Recovering", false),
                indicator(true, RagStatus.RED, "Staff shortage", true),
                action(true, RagStatus.GREEN, null, false)));
    assertThat(o.complete()).isTrue();
    assertThat(o.count()).isZero();
    assertThat(o.lines()).isEmpty();
  }

  @Test
  void noItemsAtAllIsComplete() {
    assertThat(Outstanding.of(List.of()).complete()).isTrue();
  }

  @Test
  void aFigureNotEnteredIsMissingButNotAlsoCommentary() {
    Outstanding o = Outstanding.of(List.of(indicator(false, RagStatus.MISSING, null, false)));
    assertThat(o.figures()).containsExactly("HC-PI-01 Rent arrears");
    assertThat(o.commentary()).isEmpty();
    assertThat(o.plans()).isEmpty();
    assertThat(o.lines()).containsExactly("Figures not entered (1):", "  - HC-PI-01 Rent arrears");
  }

  @Test
  void anActionNotUpdatedIsMissingProgress() {
    Outstanding o = Outstanding.of(List.of(action(false, RagStatus.GREEN, null, false)));
    assertThat(o.actionUpdates()).containsExactly("A-01 New depot");
    assertThat(o.count()).isEqualTo(1);
  }

  @Test
  void redWithCommentaryButNoPlanNeedsOnlyThePlan() {
    Outstanding o = Outstanding.of(List.of(indicator(true, RagStatus.RED, "Why", false)));
    assertThat(o.plans()).containsExactly("HC-PI-01 Rent arrears");
    assertThat(o.commentary()).isEmpty();
  }

  @Test
  void redWithAPlanButNoCommentaryNeedsOnlyCommentary() {
    Outstanding o = Outstanding.of(List.of(indicator(true, RagStatus.RED, null, true)));
    assertThat(o.commentary()).containsExactly("HC-PI-01 Rent arrears");
    assertThat(o.plans()).isEmpty();
  }

  @Test
  void amberWithoutCommentaryNeedsCommentaryButNoPlan() {
    Outstanding o = Outstanding.of(List.of(indicator(true, RagStatus.AMBER, "   ", false)));
    assertThat(o.commentary()).containsExactly("HC-PI-01 Rent arrears");
    assertThat(o.plans()).isEmpty();
  }

  @Test
  void greenWithoutCommentaryNeedsNothing() {
    assertThat(
            Outstanding.of(List.of(indicator(true, RagStatus.GREEN_PLUS, null, false))).complete())
        .isTrue();
  }

  @Test
  void aRedActionNotUpdatedNeedsItsUpdateAndAPlan() {
    Outstanding o = Outstanding.of(List.of(action(false, RagStatus.RED, null, false)));
    assertThat(o.actionUpdates()).containsExactly("A-01 New depot");
    assertThat(o.plans()).containsExactly("A-01 New depot");
    assertThat(o.commentary()).isEmpty();
    assertThat(o.count()).isEqualTo(2);
  }
}
