package org.councilperformance.domain.contact;

/**
 * The figures a council printed beneath a quarter's contact-centre table: this year's totals, last
 * year's totals beside them, the +/- between, and the quarter's percentages this year and last year
 * as its narrative quotes them. Any of them may be missing (NONE, or a null figure within).
 */
public record PrintedTotals(
    CallFigures totals,
    CallFigures lastYearTotals,
    CallFigures change,
    CallPercentages percentages,
    CallPercentages lastYearPercentages) {
  public static final PrintedTotals NONE =
      new PrintedTotals(
          CallFigures.NONE,
          CallFigures.NONE,
          CallFigures.NONE,
          CallPercentages.NONE,
          CallPercentages.NONE);

  public PrintedTotals {
    totals = totals == null ? CallFigures.NONE : totals;
    lastYearTotals = lastYearTotals == null ? CallFigures.NONE : lastYearTotals;
    change = change == null ? CallFigures.NONE : change;
    percentages = percentages == null ? CallPercentages.NONE : percentages;
    lastYearPercentages = lastYearPercentages == null ? CallPercentages.NONE : lastYearPercentages;
  }
}
