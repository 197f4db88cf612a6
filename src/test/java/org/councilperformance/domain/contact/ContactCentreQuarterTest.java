package org.councilperformance.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.domain.contact.PrintedTotalsBuilder.printedTotals;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.quality.Finding;
import org.junit.jupiter.api.Test;

/** The sample council's Q2 2018/19 table, as printed, and variations on it. */
class ContactCentreQuarterTest {
  private static final PeriodCode Q2 = PeriodCode.parse("2018-19-Q2", "period");

  /** received, answered, within 30 s, within 60 s, abandoned, rejected */
  private static CallFigures calls(long... n) {
    return CallFigures.ofCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
  }

  private static CallFigures printed(long... n) {
    return calls(n);
  }

  /** A builder of a quarter's inputs, starting from the sample council's table. */
  private static final class Table {
    final Map<YearMonth, CallFigures> counts = new HashMap<>();
    final Map<YearMonth, CallFigures> changes = new HashMap<>();
    PrintedTotals printed;

    Table() {
      counts.put(YearMonth.of(2017, 7), calls(9040, 6843, 2663, 3014, 2072, 118));
      counts.put(YearMonth.of(2017, 8), calls(9532, 6691, 1700, 2011, 2748, 93));
      counts.put(YearMonth.of(2017, 9), calls(8658, 6687, 2663, 2960, 1876, 92));
      counts.put(YearMonth.of(2018, 7), calls(10338, 6877, 2045, 2379, 3231, 230));
      counts.put(YearMonth.of(2018, 8), calls(8951, 7179, 4035, 4444, 1326, 18));
      counts.put(YearMonth.of(2018, 9), calls(7779, 6535, 3937, 3319, 1241, 0));
      changes.put(YearMonth.of(2018, 7), printed(1298, 34, -618, -635, 1159, 112));
      changes.put(YearMonth.of(2018, 8), printed(-581, 488, 2335, 2433, -1422, -75));
      changes.put(YearMonth.of(2018, 9), printed(-879, -152, 1274, 359, -635, -92));
      printed =
          printedTotals()
              .totals(printed(27068, 20591, 10017, 10142, 5798, 248))
              .lastYearTotals(printed(27230, 20221, 7026, 7985, 6696, 303))
              .change(printed(-162, 370, 2991, 2157, -898, -55))
              .abandonedPercent("21")
              .answeredWithin30sPercent("49")
              .lastYearAbandonedPercent("25")
              .lastYearAnsweredWithin30sPercent("35")
              .build();
    }

    ContactCentreQuarter quarter() {
      return new ContactCentreQuarter(Q2, counts, changes, printed);
    }
  }

  @Test
  void theSampleTableRaisesOnlyTheSeptemberSixtySecondsFinding() {
    assertThat(new Table().quarter().findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.appendix()).isEqualTo("contact centre");
              assertThat(f.where()).isEqualTo("September 2018");
              assertThat(f.check())
                  .isEqualTo("calls answered within 60 s ≥ calls answered within 30 s");
              assertThat(f.stated()).isEqualByComparingTo("3319");
              assertThat(f.computed()).isEqualByComparingTo("3937");
              assertThat(f.difference()).isEqualByComparingTo("-618");
            });
  }

  @Test
  void eachMonthSitsBesideTheSameMonthLastYearWithTheChange() {
    ContactCentreQuarter.MonthRow july = new Table().quarter().months().get(0);
    assertThat(july.month()).isEqualTo(YearMonth.of(2018, 7));
    assertThat(july.name()).isEqualTo("July 2018");
    assertThat(july.lastYearMonth()).isEqualTo(YearMonth.of(2017, 7));
    assertThat(july.change()).isEqualTo(calls(1298, 34, -618, -635, 1159, 112));
    // 3,231 of 10,338 abandoned = 31.254…%; last July 2,072 of 9,040 = 22.920…%
    assertThat(july.percentages().abandoned().setScale(3, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("31.254");
    assertThat(july.lastYearPercentages().rounded(1).abandoned()).isEqualByComparingTo("22.9");
    assertThat(july.percentageChange().rounded(1).abandoned()).isEqualByComparingTo("8.3");
    // 2,045 of 6,877 answered within 30 s = 29.7%; within 60 s 2,379 = 34.6%
    assertThat(july.percentages().rounded(1).answeredWithin30s()).isEqualByComparingTo("29.7");
    assertThat(july.percentages().rounded(1).answeredWithin60s()).isEqualByComparingTo("34.6");
  }

  @Test
  void theQuarterTotalsAreTheSumsOfItsMonths() {
    ContactCentreQuarter q = new Table().quarter();
    assertThat(q.monthsReported()).isEqualTo(3);
    assertThat(q.totals()).isEqualTo(calls(27068, 20591, 10017, 10142, 5798, 248));
    assertThat(q.lastYearTotals()).isEqualTo(calls(27230, 20221, 7026, 7985, 6696, 303));
    assertThat(q.change()).isEqualTo(calls(-162, 370, 2991, 2157, -898, -55));
    // 5,798 ÷ 27,068 = 21.42% (printed 21%); 10,017 ÷ 20,591 = 48.65% (printed 49%)
    assertThat(q.percentages().rounded(2).abandoned()).isEqualByComparingTo("21.42");
    assertThat(q.percentages().rounded(2).answeredWithin30s()).isEqualByComparingTo("48.65");
    assertThat(q.lastYearPercentages().rounded(2).abandoned()).isEqualByComparingTo("24.59");
    assertThat(q.lastYearPercentages().rounded(2).answeredWithin30s())
        .isEqualByComparingTo("34.75");
  }

  @Test
  void aPartQuarterShowsItsSumSoFarButChecksNoTotal() {
    Table t = new Table();
    t.counts.remove(YearMonth.of(2018, 9));
    t.changes.remove(YearMonth.of(2018, 9));
    ContactCentreQuarter q = t.quarter();
    assertThat(q.monthsReported()).isEqualTo(2);
    assertThat(q.totals().received()).isEqualByComparingTo("19289");
    assertThat(q.change()).isNull();
    assertThat(q.month(YearMonth.of(2018, 9)).change()).isNull();
    assertThat(q.findings()).isEmpty(); // the printed 27,068 is not compared with 19,289
  }

  @Test
  void aTotalThatIsNotTheSumOfItsMonthsIsAFinding() {
    Table t = new Table();
    t.printed = printedTotals().totals(printed(27068, 20591, 10017, 10142, 5789, 248)).build();
    Finding f = t.quarter().printedFindings().get(0);
    assertThat(f.where()).isEqualTo("2018-19-Q2 total calls abandoned");
    assertThat(f.check()).isEqualTo("the sum of the months");
    assertThat(f.stated()).isEqualByComparingTo("5789");
    assertThat(f.computed()).isEqualByComparingTo("5798");
    assertThat(f.difference()).isEqualByComparingTo("-9");
    assertThat(t.quarter().printedFindings()).hasSize(1);
  }

  @Test
  void lastYearsTotalAndTheChangeAreCheckedToo() {
    Table t = new Table();
    t.printed =
        printedTotals()
            .lastYearTotals(printed(27230, 20221, 7026, 7985, 6696, 330))
            .change(printed(-162, 370, 2991, 2157, -898, -5))
            .build();
    assertThat(t.quarter().printedFindings())
        .extracting(Finding::where)
        .containsExactly(
            "2018-19-Q2 last year's (2017-18-Q2) total calls rejected",
            "2018-19-Q2 change in the total since 2017-18-Q2 in calls rejected");
  }

  @Test
  void aPrintedChangeBesideAMonthIsCheckedAgainstThisYearLessLastYear() {
    Table t = new Table();
    t.changes.put(YearMonth.of(2018, 8), printed(-581, 488, 2335, 2433, -1422, 75));
    Finding f = t.quarter().month(YearMonth.of(2018, 8)).findings().get(0);
    assertThat(f.where()).isEqualTo("August 2018 change since August 2017 in calls rejected");
    assertThat(f.check()).isEqualTo("this year − last year");
    assertThat(f.stated()).isEqualByComparingTo("75");
    assertThat(f.computed()).isEqualByComparingTo("-75");
    assertThat(f.difference()).isEqualByComparingTo("150");
  }

  @Test
  void printedPercentagesAreCheckedAtThePrecisionPrinted() {
    Table t = new Table();
    // 21.42% printed as 21, 21.4 or 21.42 is right; 22, 21.5 or 21.41 is not.
    for (String right : new String[] {"21", "21.4", "21.42"}) {
      t.printed = printedTotals().abandonedPercent(right).build();
      assertThat(t.quarter().printedFindings()).as(right).isEmpty();
    }
    for (String wrong : new String[] {"22", "21.5", "21.41"}) {
      t.printed = printedTotals().abandonedPercent(wrong).build();
      assertThat(t.quarter().printedFindings())
          .as(wrong)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.where()).isEqualTo("2018-19-Q2 % abandoned");
                assertThat(f.check()).isEqualTo("abandoned ÷ received");
              });
    }
  }

  @Test
  void aPercentageThatRoundsUpAtHalfAgrees() {
    // 1 of 8 abandoned = 12.5%: printed 13 (half-up) agrees, 12 does not.
    Map<YearMonth, CallFigures> counts = new HashMap<>();
    counts.put(YearMonth.of(2018, 7), calls(4, 3, 1, 2, 1, 0));
    counts.put(YearMonth.of(2018, 8), calls(2, 2, 1, 1, 0, 0));
    counts.put(YearMonth.of(2018, 9), calls(2, 2, 2, 2, 0, 0));
    PrintedTotals thirteen = printedTotals().abandonedPercent("13").build();
    PrintedTotals twelve = printedTotals().abandonedPercent("12").build();
    assertThat(new ContactCentreQuarter(Q2, counts, Map.of(), thirteen).findings()).isEmpty();
    assertThat(new ContactCentreQuarter(Q2, counts, Map.of(), twelve).findings()).hasSize(1);
  }

  @Test
  void lastYearsPrintedPercentagesAreCheckedAgainstLastYearsMonths() {
    Table t = new Table();
    t.printed =
        printedTotals()
            .lastYearAbandonedPercent("24")
            .lastYearAnsweredWithin30sPercent("35")
            .build();
    assertThat(t.quarter().printedFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.where()).isEqualTo("2018-19-Q2 last year's (2017-18-Q2) % abandoned");
              assertThat(f.stated()).isEqualByComparingTo("24");
              assertThat(f.computed()).isEqualByComparingTo("24.59"); // 6,696 ÷ 27,230
            });
  }

  @Test
  void aPrintedPercentageOutsideZeroToHundredIsAFinding() {
    Table t = new Table();
    t.printed = printedTotals().answeredWithin60sPercent("149").build();
    assertThat(t.quarter().printedFindings())
        .extracting(Finding::check)
        .containsExactly("% answered within 60 s in 0–100", "answered within 60 s ÷ answered");
  }

  @Test
  void countsThatHangTogetherWithNothingPrintedRaiseNothing() {
    Table t = new Table();
    t.printed = PrintedTotals.NONE;
    t.changes.clear();
    t.counts.put(YearMonth.of(2018, 9), calls(7779, 6535, 3319, 3937, 1241, 0));
    assertThat(t.quarter().findings()).isEmpty();
    assertThat(new ContactCentreQuarter(Q2, Map.of(), Map.of(), PrintedTotals.NONE).totals())
        .isNull();
  }
}
