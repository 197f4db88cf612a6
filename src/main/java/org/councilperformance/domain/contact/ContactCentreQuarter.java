package org.councilperformance.domain.contact;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodType;
import org.councilperformance.domain.quality.Finding;

/**
 * A quarter's contact-centre table as the product computes it: each month with the same month last
 * year beside it and the change, the quarter's totals (sums of its months) and percentages, and the
 * findings where the council's own figures do not follow from its months.
 */
public final class ContactCentreQuarter {
  private final PeriodCode quarter;
  private final List<MonthRow> months;
  private final PrintedTotals printed;

  /**
   * @param counts the counts of any months, at least this quarter's and last year's that exist
   * @param printedChanges the +/- printed beside each of this quarter's months, where given
   * @param printed what was printed beneath the table (NONE when nothing was)
   */
  public ContactCentreQuarter(
      PeriodCode quarter,
      Map<YearMonth, CallFigures> counts,
      Map<YearMonth, CallFigures> printedChanges,
      PrintedTotals printed) {
    if (quarter.type() != PeriodType.QUARTER) {
      throw new IllegalArgumentException(quarter + " is not a quarter");
    }
    this.quarter = quarter;
    this.printed = Objects.requireNonNull(printed);
    this.months =
        ContactCentreMonth.monthsOf(quarter).stream()
            .map(
                m ->
                    new MonthRow(
                        m,
                        counts.get(m),
                        counts.get(m.minusYears(1)),
                        printedChanges.getOrDefault(m, CallFigures.NONE)))
            .toList();
  }

  /** One month of the table, and the same month a year before. */
  public record MonthRow(
      YearMonth month, CallFigures thisYear, CallFigures lastYear, CallFigures printedChange) {
    public YearMonth lastYearMonth() {
      return month.minusYears(1);
    }

    public String name() {
      return ContactCentreMonth.name(month);
    }

    /** This year − last year; null unless both were reported. */
    public CallFigures change() {
      return thisYear == null || lastYear == null ? null : thisYear.minus(lastYear);
    }

    public CallPercentages percentages() {
      return thisYear == null ? null : CallPercentages.of(thisYear);
    }

    public CallPercentages lastYearPercentages() {
      return lastYear == null ? null : CallPercentages.of(lastYear);
    }

    /** The change in each percentage, in percentage points. */
    public CallPercentages percentageChange() {
      return thisYear == null || lastYear == null
          ? null
          : percentages().minus(lastYearPercentages());
    }

    /** The month's own findings: its counts, and the +/- printed beside it. */
    public List<Finding> findings() {
      if (thisYear == null) {
        return List.of();
      }
      List<Finding> found = new ArrayList<>(ContactCentreChecks.logical(name(), thisYear));
      found.addAll(
          ContactCentreChecks.change(
              name() + " change since " + ContactCentreMonth.name(lastYearMonth()) + " in",
              thisYear,
              lastYear,
              printedChange));
      return found;
    }
  }

  public PeriodCode quarter() {
    return quarter;
  }

  public PeriodCode lastYearQuarter() {
    return quarter.sameLastYear();
  }

  public List<MonthRow> months() {
    return months;
  }

  public MonthRow month(YearMonth month) {
    return months.stream()
        .filter(r -> r.month().equals(month))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(month + " is not in " + quarter));
  }

  public PrintedTotals printed() {
    return printed;
  }

  /** How many of the quarter's months have figures this year. */
  public int monthsReported() {
    return (int) months.stream().filter(r -> r.thisYear() != null).count();
  }

  /** The sum of the months reported so far this year; null when none is. */
  public CallFigures totals() {
    return sum(months.stream().map(MonthRow::thisYear).toList(), false);
  }

  /** The sum of last year's months reported; null when none is. */
  public CallFigures lastYearTotals() {
    return sum(months.stream().map(MonthRow::lastYear).toList(), false);
  }

  /** This year's totals − last year's, once both years have all three months. */
  public CallFigures change() {
    CallFigures now = completeTotals();
    CallFigures before = completeLastYearTotals();
    return now == null || before == null ? null : now.minus(before);
  }

  public CallPercentages percentages() {
    CallFigures totals = totals();
    return totals == null ? null : CallPercentages.of(totals);
  }

  public CallPercentages lastYearPercentages() {
    CallFigures totals = lastYearTotals();
    return totals == null ? null : CallPercentages.of(totals);
  }

  /** Every finding of the quarter: each month's, then those on what was printed beneath it. */
  public List<Finding> findings() {
    List<Finding> found = new ArrayList<>();
    months.forEach(r -> found.addAll(r.findings()));
    found.addAll(printedFindings());
    return found;
  }

  /**
   * The findings on what was printed beneath the table. A total is only checked once all three of
   * its months are in.
   */
  public List<Finding> printedFindings() {
    List<Finding> found = new ArrayList<>();
    String q = quarter.toString();
    String lastYear = " (" + lastYearQuarter() + ")";
    found.addAll(ContactCentreChecks.total(q + " total", completeTotals(), printed.totals()));
    found.addAll(
        ContactCentreChecks.total(
            q + " last year's" + lastYear + " total",
            completeLastYearTotals(),
            printed.lastYearTotals()));
    found.addAll(
        ContactCentreChecks.change(
            q + " change in the total since " + lastYearQuarter() + " in",
            completeTotals(),
            completeLastYearTotals(),
            printed.change()));
    found.addAll(ContactCentreChecks.percentages(q, completeTotals(), printed.percentages()));
    found.addAll(
        ContactCentreChecks.percentages(
            q + " last year's" + lastYear,
            completeLastYearTotals(),
            printed.lastYearPercentages()));
    return found;
  }

  /** The totals, only once all three months are in: a part-quarter sum is no quarter's total. */
  private CallFigures completeTotals() {
    return sum(months.stream().map(MonthRow::thisYear).toList(), true);
  }

  private CallFigures completeLastYearTotals() {
    return sum(months.stream().map(MonthRow::lastYear).toList(), true);
  }

  private static CallFigures sum(List<CallFigures> figures, boolean allMonths) {
    if (allMonths && figures.stream().anyMatch(Objects::isNull)) {
      return null;
    }
    return figures.stream().filter(Objects::nonNull).reduce(CallFigures::plus).orElse(null);
  }
}
