package org.councilperformance.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilperformance.domain.quality.Finding;
import org.junit.jupiter.api.Test;

class ContactCentreChecksTest {
  /** received, answered, within 30 s, within 60 s, abandoned, rejected */
  private static CallFigures calls(Long... n) {
    return CallFigures.ofCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
  }

  @Test
  void countsThatHangTogetherRaiseNothingEvenAtTheBoundaries() {
    assertThat(ContactCentreChecks.logical("July 2018", calls(100L, 80L, 50L, 60L, 20L, 0L)))
        .isEmpty();
    // all equal: every rule is "at least", so equal is fine
    assertThat(ContactCentreChecks.logical("July 2018", calls(80L, 80L, 80L, 80L, 0L, 0L)))
        .isEmpty();
  }

  @Test
  void moreAnsweredThanReceivedIsAFinding() {
    Finding f =
        ContactCentreChecks.logical("July 2018", calls(100L, 101L, 50L, 60L, 0L, 0L)).get(0);
    assertThat(f.check()).isEqualTo("calls received ≥ calls answered");
    assertThat(f.stated()).isEqualByComparingTo("100");
    assertThat(f.computed()).isEqualByComparingTo("101");
    assertThat(f.message())
        .isEqualTo("July 2018: calls received (100) is fewer than calls answered (101)");
  }

  @Test
  void moreWithinSixtySecondsThanAnsweredIsAFinding() {
    assertThat(ContactCentreChecks.logical("July 2018", calls(100L, 80L, 50L, 81L, 0L, 0L)))
        .extracting(Finding::check)
        .containsExactly("calls answered ≥ calls answered within 60 s");
  }

  @Test
  void fewerWithinSixtySecondsThanWithinThirtyIsAFinding() {
    assertThat(
            ContactCentreChecks.logical(
                "September 2018", calls(7779L, 6535L, 3937L, 3319L, 1241L, 0L)))
        .extracting(Finding::check)
        .containsExactly("calls answered within 60 s ≥ calls answered within 30 s");
  }

  @Test
  void unknownCountsAreNotChecked() {
    assertThat(ContactCentreChecks.logical("July 2018", calls(100L, 80L, 90L, null, null, null)))
        .isEmpty();
  }

  @Test
  void aPrintedChangeIsCheckedPerRowAndOnlyWherePrinted() {
    CallFigures now = calls(10338L, 6877L, 2045L, 2379L, 3231L, 230L);
    CallFigures before = calls(9040L, 6843L, 2663L, 3014L, 2072L, 118L);
    assertThat(
            ContactCentreChecks.change(
                "July 2018 change in", now, before, calls(1298L, 34L, -618L, -635L, 1159L, 112L)))
        .isEmpty();
    assertThat(
            ContactCentreChecks.change(
                "July 2018 change in", now, before, calls(1298L, null, null, null, null, null)))
        .isEmpty();
    assertThat(
            ContactCentreChecks.change(
                "July 2018 change in", now, before, calls(1289L, null, null, null, null, null)))
        .extracting(Finding::where)
        .containsExactly("July 2018 change in calls received");
    assertThat(ContactCentreChecks.change("x", now, null, calls(1L, 1L, 1L, 1L, 1L, 1L))).isEmpty();
  }

  @Test
  void aPrintedTotalAgreesOnlyWithItsSum() {
    CallFigures sum = calls(27068L, 20591L, 10017L, 10142L, 5798L, 248L);
    assertThat(ContactCentreChecks.total("2018-19-Q2 total", sum, sum)).isEmpty();
    assertThat(
            ContactCentreChecks.total(
                "2018-19-Q2 total", sum, calls(27069L, 20591L, 10017L, 10142L, 5798L, 248L)))
        .extracting(Finding::difference)
        .singleElement()
        .satisfies(d -> assertThat(d).isEqualByComparingTo("1"));
    assertThat(ContactCentreChecks.total("2018-19-Q2 total", null, sum)).isEmpty();
  }
}
