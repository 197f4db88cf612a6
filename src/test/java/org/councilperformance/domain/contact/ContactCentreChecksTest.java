package org.councilperformance.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.contact.CallFiguresBuilder.calls;

import org.councilperformance.domain.quality.Finding;
import org.junit.jupiter.api.Test;

class ContactCentreChecksTest {
  /** received, answered, within 30 s, within 60 s, abandoned, rejected */
  private static CallFigures counts(long... n) {
    return CallFigures.ofCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
  }

  @Test
  void countsThatHangTogetherRaiseNothingEvenAtTheBoundaries() {
    assertThat(ContactCentreChecks.logical("July 2018", counts(100, 80, 50, 60, 20, 0))).isEmpty();
    // all equal: every rule is "at least", so equal is fine
    assertThat(ContactCentreChecks.logical("July 2018", counts(80, 80, 80, 80, 0, 0))).isEmpty();
  }

  @Test
  void moreAnsweredThanReceivedIsAFinding() {
    Finding f = ContactCentreChecks.logical("July 2018", counts(100, 101, 50, 60, 0, 0)).get(0);
    assertThat(f.check()).isEqualTo("calls received ≥ calls answered");
    assertThat(f.stated()).isEqualByComparingTo("100");
    assertThat(f.computed()).isEqualByComparingTo("101");
    assertThat(f.message())
        .isEqualTo("July 2018: calls received (100) is fewer than calls answered (101)");
  }

  @Test
  void moreWithinSixtySecondsThanAnsweredIsAFinding() {
    assertThat(ContactCentreChecks.logical("July 2018", counts(100, 80, 50, 81, 0, 0)))
        .extracting(Finding::check)
        .containsExactly("calls answered ≥ calls answered within 60 s");
  }

  @Test
  void fewerWithinSixtySecondsThanWithinThirtyIsAFinding() {
    assertThat(
            ContactCentreChecks.logical("September 2018", counts(7779, 6535, 3937, 3319, 1241, 0)))
        .extracting(Finding::check)
        .containsExactly("calls answered within 60 s ≥ calls answered within 30 s");
  }

  @Test
  void unknownCountsAreNotChecked() {
    assertThat(
            ContactCentreChecks.logical(
                "July 2018", calls().received(100).answered(80).answeredWithin30s(90).build()))
        .isEmpty();
  }

  @Test
  void aPrintedChangeIsCheckedPerRowAndOnlyWherePrinted() {
    CallFigures now = counts(10338, 6877, 2045, 2379, 3231, 230);
    CallFigures before = counts(9040, 6843, 2663, 3014, 2072, 118);
    assertThat(
            ContactCentreChecks.change(
                "July 2018 change in", now, before, counts(1298, 34, -618, -635, 1159, 112)))
        .isEmpty();
    assertThat(
            ContactCentreChecks.change(
                "July 2018 change in", now, before, calls().received(1298).build()))
        .isEmpty();
    assertThat(
            ContactCentreChecks.change(
                "July 2018 change in", now, before, calls().received(1289).build()))
        .extracting(Finding::where)
        .containsExactly("July 2018 change in calls received");
    assertThat(ContactCentreChecks.change("x", now, null, counts(1, 1, 1, 1, 1, 1))).isEmpty();
  }

  @Test
  void aPrintedTotalAgreesOnlyWithItsSum() {
    CallFigures sum = counts(27068, 20591, 10017, 10142, 5798, 248);
    assertThat(ContactCentreChecks.total("2018-19-Q2 total", sum, sum)).isEmpty();
    assertThat(
            ContactCentreChecks.total(
                "2018-19-Q2 total", sum, counts(27069, 20591, 10017, 10142, 5798, 248)))
        .extracting(Finding::difference)
        .singleElement()
        .satisfies(d -> assertThat(d).isEqualByComparingTo("1"));
    assertThat(ContactCentreChecks.total("2018-19-Q2 total", null, sum)).isEmpty();
  }
}
