package org.councilperformance.domain.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.councilperformance.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedPeriodsTest {
  private static PeriodCode code(String text, String field) {
    return text == null ? null : PeriodCode.parse(text, field);
  }

  private static ReportedPeriods span(String from, String to) {
    return new ReportedPeriods(code(from, "reportedFrom"), code(to, "reportedTo"));
  }

  @ParameterizedTest(name = "reported {0} to {1}: {2} is in the set? {3}")
  @CsvSource(
      nullValues = "open",
      value = {
        // a year-bounded range: its first and last quarters count, the quarters beside it do not
        "2019-20, 2019-20, 2018-19-Q4, false",
        "2019-20, 2019-20, 2019-20-Q1, true",
        "2019-20, 2019-20, 2019-20-Q4, true",
        "2019-20, 2019-20, 2020-21-Q1, false",
        "2019-20, 2019-20, 2019-20, true",
        "2019-20, 2019-20, 2018-19, false",
        "2019-20, 2019-20, 2020-21, false",
        // a range over two years
        "2018-19, 2019-20, 2018-19-Q1, true",
        "2018-19, 2019-20, 2019-20-Q4, true",
        "2018-19, 2019-20, 2020-21-Q1, false",
        // quarter-bounded: its first and last quarters count, the ones beside them do not
        "2019-20-Q2, 2019-20-Q3, 2019-20-Q1, false",
        "2019-20-Q2, 2019-20-Q3, 2019-20-Q2, true",
        "2019-20-Q2, 2019-20-Q3, 2019-20-Q3, true",
        "2019-20-Q2, 2019-20-Q3, 2019-20-Q4, false",
        // a year counts a measure reported in any of its quarters
        "2019-20-Q2, 2019-20-Q3, 2019-20, true",
        "2019-20-Q4, open, 2019-20, true",
        "open, 2019-20-Q1, 2019-20, true",
        "2019-20-Q2, 2019-20-Q3, 2020-21, false",
        // retired at the end of a year: reported to that year's Q4, not after
        "open, 2019-20-Q4, 2019-20-Q4, true",
        "open, 2019-20-Q4, 2020-21-Q1, false",
        "open, 2019-20-Q4, 2020-21, false",
        // added in a year: from that year's Q1 (or the year), not before
        "2020-21, open, 2019-20-Q4, false",
        "2020-21, open, 2020-21-Q1, true",
        "2020-21-Q3, open, 2020-21-Q2, false",
        "2020-21-Q3, open, 2020-21-Q3, true",
        "2020-21-Q3, open, 2099-00-Q4, true",
        // open at both ends: always
        "open, open, 1990-91-Q1, true",
        "open, open, 2099-00, true",
        // one quarter only
        "2019-20-Q2, 2019-20-Q2, 2019-20-Q2, true",
        "2019-20-Q2, 2019-20-Q2, 2019-20-Q3, false"
      })
  void aPeriodIsInTheSetWhenItOverlapsTheSpan(
      String from, String to, String period, boolean included) {
    assertThat(span(from, to).includes(PeriodCode.parse(period, "period"))).isEqualTo(included);
  }

  @Test
  void alwaysIncludesEveryPeriod() {
    assertThat(ReportedPeriods.ALWAYS.includes(PeriodCode.parse("2018-19-Q2", "period"))).isTrue();
  }

  @Test
  void refusesASpanEndingBeforeItBeginsNamingTheEnd() {
    assertThatThrownBy(() -> span("2019-20-Q3", "2019-20-Q2"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("2019-20-Q2 ends before reportedFrom 2019-20-Q3")
        .extracting(e -> ((InvalidValueException) e).field())
        .isEqualTo("reportedTo");
    assertThatThrownBy(() -> span("2020-21", "2019-20-Q4"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void allowsASpanWithinOnePeriodOrAQuarterInsideItsYear() {
    assertThat(span("2019-20", "2019-20-Q1").includes(PeriodCode.parse("2019-20-Q1", "p")))
        .isTrue();
    assertThat(span("2019-20", "2019-20-Q1").includes(PeriodCode.parse("2019-20-Q2", "p")))
        .isFalse();
    assertThat(span("2019-20-Q4", "2019-20").includes(PeriodCode.parse("2019-20-Q4", "p")))
        .isTrue();
    assertThat(span("2019-20-Q4", "2019-20").includes(PeriodCode.parse("2019-20-Q3", "p")))
        .isFalse();
  }

  @ParameterizedTest(name = "reported {0} to {1}: carried on from 2019-20? {2}; extended? {3}")
  @CsvSource(
      nullValues = "open",
      value = {
        // a year's basket: carried on, and its end moved to the next year
        "2019-20, 2019-20, true, true",
        // still reported, with no end: carried on as it is
        "open, open, true, false",
        "2018-19, open, true, false",
        // retired during the year: stays retired
        "2019-20, 2019-20-Q3, false, false",
        // already reported next year: carried on as it is
        "2019-20, 2020-21, true, false",
        // reported only after the year, or only before it: not in its basket
        "2020-21, open, false, false",
        "2017-18, 2018-19, false, false",
        // added in the year's last quarter: carried on
        "2019-20-Q4, 2019-20-Q4, true, true"
      })
  void aYearsBasketCarriesWhatIsStillReportedAtItsEnd(
      String from, String to, boolean carried, boolean extended) {
    ReportedPeriods span = span(from, to);
    PeriodCode year = PeriodCode.parse("2019-20", "year");
    assertThat(span.carriedOnFrom(year)).isEqualTo(carried);
    assertThat(carried && span.endsBefore(PeriodCode.parse("2020-21", "year"))).isEqualTo(extended);
  }
}
