package org.councilperformance.domain.period;

import org.councilperformance.domain.InvalidValueException;

/**
 * The periods in which an indicator or action is reported: its part of each period's set
 * (docs/rules.md#the-set-of-a-period). From one period to another, both included; either end may be
 * open (no start: reported from the beginning; no end: still reported). Retiring a measure sets its
 * end; its earlier periods still show it.
 *
 * <p>A period belongs to the span when the two overlap: a quarter of a year that bounds the span
 * counts, and so does a year with any quarter in the span. The list queries of {@code
 * IndicatorService} and {@code ActionService} say the same in JPQL, on the periods' dates.
 */
public record ReportedPeriods(PeriodCode from, PeriodCode to) {
  /** Reported in every period: a measure with neither end set. */
  public static final ReportedPeriods ALWAYS = new ReportedPeriods(null, null);

  /**
   * @throws InvalidValueException naming {@code to}'s field when the span ends before it begins
   */
  public ReportedPeriods {
    if (from != null && to != null && to.endDate().isBefore(from.startDate())) {
      throw new InvalidValueException(
          to.source(), to.source() + " " + to + " ends before " + from.source() + " " + from);
    }
  }

  /**
   * The span between two set-up periods, either absent, named as the API names them.
   *
   * @throws InvalidValueException naming {@code reportedTo} when it ends before {@code
   *     reportedFrom} begins
   */
  public static ReportedPeriods between(ReportingPeriod from, ReportingPeriod to) {
    return new ReportedPeriods(
        from == null ? null : from.periodCode().readFrom("reportedFrom"),
        to == null ? null : to.periodCode().readFrom("reportedTo"));
  }

  /** Whether the measure is part of the period's set. */
  public boolean includes(PeriodCode period) {
    return (from == null || !from.startDate().isAfter(period.endDate()))
        && (to == null || !to.endDate().isBefore(period.startDate()));
  }

  /**
   * Whether a copy of {@code year}'s basket carries the measure into the next year
   * (docs/rules.md#copying-a-years-basket): it is still reported in the year's last quarter, not
   * retired during the year.
   */
  public boolean carriedOnFrom(PeriodCode year) {
    return includes(new PeriodCode(year.startYear(), 4));
  }

  /**
   * Whether its span ends before {@code period} does, so it must be extended to report it there.
   */
  public boolean endsBefore(PeriodCode period) {
    return to != null && to.endDate().isBefore(period.endDate());
  }
}
