package org.councilperformance.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilperformance.domain.contact.CallFiguresBuilder.calls;

import java.time.Instant;
import java.time.YearMonth;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactCentreMonthTest {
  private static final Instant AT = Instant.parse("2018-10-05T09:00:00Z");

  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({
    "2018-04, 2018-19-Q1",
    "2018-06, 2018-19-Q1",
    "2018-07, 2018-19-Q2",
    "2018-09, 2018-19-Q2",
    "2018-10, 2018-19-Q3",
    "2018-12, 2018-19-Q3",
    "2019-01, 2018-19-Q4",
    "2019-03, 2018-19-Q4"
  })
  void aMonthBelongsToTheFinancialQuarterContainingIt(String month, String quarter) {
    assertThat(ContactCentreMonth.quarterOf(YearMonth.parse(month))).hasToString(quarter);
  }

  @Test
  void aQuarterHasItsThreeMonths() {
    assertThat(ContactCentreMonth.monthsOf(PeriodCode.parse("2018-19-Q4", "p")))
        .containsExactly(YearMonth.of(2019, 1), YearMonth.of(2019, 2), YearMonth.of(2019, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2018-13", "2018-00", "2018-9", "18-09", "September", "2018-09-01", ""})
  void aMalformedMonthIsRefusedNamingTheField(String text) {
    assertThatThrownBy(() -> ContactCentreMonth.parseMonth(text, "month"))
        .isInstanceOf(MalformedValueException.class)
        .extracting("field")
        .isEqualTo("month");
  }

  @Test
  void readsAndNamesAMonth() {
    YearMonth m = ContactCentreMonth.parseMonth("2018-09", "month");
    assertThat(m).isEqualTo(YearMonth.of(2018, 9));
    assertThat(ContactCentreMonth.name(m)).isEqualTo("September 2018");
  }

  private static ContactCentreMonth september() {
    return new ContactCentreMonth(
        YearMonth.of(2018, 9), new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "p"), null));
  }

  @Test
  void recordsCountsAndThePrintedChange() {
    ContactCentreMonth m = september();
    CallFigures counts = CallFigures.ofCounts(7779L, 6535L, 3937L, 3319L, 1241L, 0L);
    CallFigures change = calls().received(-879).build();
    m.record(counts, change, "admin", AT);
    assertThat(m.counts()).isEqualTo(counts);
    assertThat(m.suppliedChange()).isEqualTo(change);
    assertThat(m.month()).isEqualTo(YearMonth.of(2018, 9));
    assertThat(m.enteredBy()).isEqualTo("admin");
  }

  @Test
  void answeredMoreThanReceivedIsStoredNotRefused() {
    ContactCentreMonth m = september();
    m.record(calls().received(10).answered(12).build(), CallFigures.NONE, "a", AT);
    assertThat(m.counts().answered()).isEqualByComparingTo("12");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "received",
    "answered",
    "answeredWithin30s",
    "answeredWithin60s",
    "abandoned",
    "rejected"
  })
  void aNegativeCountIsRefusedNamingItsField(String field) {
    Long[] n = {10L, 10L, 5L, 5L, 0L, 0L};
    int i =
        java.util.List.of(
                "received",
                "answered",
                "answeredWithin30s",
                "answeredWithin60s",
                "abandoned",
                "rejected")
            .indexOf(field);
    n[i] = -1L;
    assertThatThrownBy(
            () ->
                september()
                    .record(
                        CallFigures.ofCounts(n[0], n[1], n[2], n[3], n[4], n[5]),
                        CallFigures.NONE,
                        "a",
                        AT))
        .isInstanceOf(InvalidValueException.class)
        .extracting("field")
        .isEqualTo(field);
  }

  @Test
  void receivedAndAnsweredAreRequired() {
    assertThatThrownBy(
            () -> september().record(calls().answered(1).build(), CallFigures.NONE, "a", AT))
        .extracting("field")
        .isEqualTo("received");
    assertThatThrownBy(
            () -> september().record(calls().received(1).build(), CallFigures.NONE, "a", AT))
        .extracting("field")
        .isEqualTo("answered");
  }

  @Test
  void aCountBeyondAnyTelephoneSystemIsRefused() {
    assertThatThrownBy(
            () ->
                september()
                    .record(
                        calls().received(3_000_000_000L).answered(1).build(),
                        CallFigures.NONE,
                        "a",
                        AT))
        .isInstanceOf(InvalidValueException.class)
        .extracting("field")
        .isEqualTo("received");
  }
}
