package org.councilperformance.domain.contact;

import java.math.BigDecimal;

/**
 * What the council printed beside its quarter's months, for a test: only the totals and percentages
 * the test names are printed; the rest are left blank, as a council may leave them.
 */
public final class PrintedTotalsBuilder {
  private CallFigures totals;
  private CallFigures lastYearTotals;
  private CallFigures change;
  private BigDecimal abandonedPercent;
  private BigDecimal within30sPercent;
  private BigDecimal within60sPercent;
  private BigDecimal lastYearAbandonedPercent;
  private BigDecimal lastYearWithin30sPercent;
  private BigDecimal lastYearWithin60sPercent;

  private PrintedTotalsBuilder() {}

  public static PrintedTotalsBuilder printedTotals() {
    return new PrintedTotalsBuilder();
  }

  public PrintedTotalsBuilder totals(CallFigures figures) {
    this.totals = figures;
    return this;
  }

  public PrintedTotalsBuilder lastYearTotals(CallFigures figures) {
    this.lastYearTotals = figures;
    return this;
  }

  public PrintedTotalsBuilder change(CallFigures figures) {
    this.change = figures;
    return this;
  }

  public PrintedTotalsBuilder abandonedPercent(String percent) {
    this.abandonedPercent = new BigDecimal(percent);
    return this;
  }

  public PrintedTotalsBuilder answeredWithin30sPercent(String percent) {
    this.within30sPercent = new BigDecimal(percent);
    return this;
  }

  public PrintedTotalsBuilder answeredWithin60sPercent(String percent) {
    this.within60sPercent = new BigDecimal(percent);
    return this;
  }

  public PrintedTotalsBuilder lastYearAbandonedPercent(String percent) {
    this.lastYearAbandonedPercent = new BigDecimal(percent);
    return this;
  }

  public PrintedTotalsBuilder lastYearAnsweredWithin30sPercent(String percent) {
    this.lastYearWithin30sPercent = new BigDecimal(percent);
    return this;
  }

  public PrintedTotalsBuilder lastYearAnsweredWithin60sPercent(String percent) {
    this.lastYearWithin60sPercent = new BigDecimal(percent);
    return this;
  }

  /** Percentages of a year none of which is printed are no percentages at all (null). */
  public PrintedTotals build() {
    return new PrintedTotals(
        totals,
        lastYearTotals,
        change,
        percentages(abandonedPercent, within30sPercent, within60sPercent),
        percentages(lastYearAbandonedPercent, lastYearWithin30sPercent, lastYearWithin60sPercent));
  }

  private static CallPercentages percentages(
      BigDecimal abandoned, BigDecimal within30s, BigDecimal within60s) {
    return abandoned == null && within30s == null && within60s == null
        ? null
        : new CallPercentages(abandoned, within30s, within60s);
  }
}
