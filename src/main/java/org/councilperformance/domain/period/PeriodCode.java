package org.councilperformance.domain.period;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilperformance.domain.MalformedValueException;

/**
 * The name of a reporting period as councils write it: financial year {@code 2018-19} or quarter
 * {@code 2018-19-Q2}. A UK council's financial year runs from 1 April to 31 March.
 *
 * <p>Like a {@link org.councilperformance.domain.Code}, a period code read from a request remembers
 * which part of it ({@link #source()}), so that "period not set up" can name that part. Two period
 * codes are equal when they name the same period.
 */
public final class PeriodCode {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})(?:-Q([1-4]))?");
  private static final String DEFAULT_SOURCE = "period";

  private final int startYear;
  private final Integer quarter;
  private final String source;

  public PeriodCode(int startYear, Integer quarter) {
    this(startYear, quarter, DEFAULT_SOURCE);
  }

  private PeriodCode(int startYear, Integer quarter, String source) {
    if (startYear < 1900 || startYear > 2999) {
      throw new MalformedValueException("period", "year out of range: " + startYear);
    }
    if (quarter != null && (quarter < 1 || quarter > 4)) {
      throw new MalformedValueException("period", "quarter must be 1 to 4");
    }
    this.startYear = startYear;
    this.quarter = quarter;
    this.source = Objects.requireNonNull(source);
  }

  public int startYear() {
    return startYear;
  }

  /** 1 to 4, or null for a financial year. */
  public Integer quarter() {
    return quarter;
  }

  /** The path, query parameter or body field this code was read from; "period" by default. */
  public String source() {
    return source;
  }

  /** The same period, as named by another part of a request (e.g. a month of it). */
  public PeriodCode readFrom(String otherSource) {
    return new PeriodCode(startYear, quarter, otherSource);
  }

  /**
   * The code a request had to give, checked for presence at the edge (a parameter converter never
   * sees an absent parameter).
   */
  public static PeriodCode required(PeriodCode code, String field) {
    if (code == null) {
      throw missing(field);
    }
    return code;
  }

  private static MalformedValueException missing(String field) {
    return new MalformedValueException(field, "a period is required, e.g. 2018-19 or 2018-19-Q2");
  }

  /**
   * Reads a code such as {@code 2018-19} or {@code 2018-19-Q2}.
   *
   * @param field the request field named in the error when the code cannot be read
   */
  public static PeriodCode parse(String text, String field) {
    Objects.requireNonNull(field);
    if (text == null || text.isBlank()) {
      throw missing(field);
    }
    Matcher m = FORMAT.matcher(text.trim());
    if (!m.matches()) {
      throw new MalformedValueException(
          field,
          "'"
              + text
              + "' is not a period; write a financial year like 2018-19 or a quarter like 2018-19-Q2");
    }
    int start = Integer.parseInt(m.group(1));
    int endTwoDigits = Integer.parseInt(m.group(2));
    if ((start + 1) % 100 != endTwoDigits) {
      throw new MalformedValueException(
          field, "'" + text + "' is not a financial year: the second year must follow the first");
    }
    Integer quarter = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    return new PeriodCode(start, quarter, field);
  }

  public PeriodType type() {
    return quarter == null ? PeriodType.YEAR : PeriodType.QUARTER;
  }

  public String financialYear() {
    return String.format("%d-%02d", startYear, (startYear + 1) % 100);
  }

  public LocalDate startDate() {
    LocalDate yearStart = LocalDate.of(startYear, 4, 1);
    return quarter == null ? yearStart : yearStart.plusMonths(3L * (quarter - 1));
  }

  public LocalDate endDate() {
    return quarter == null
        ? LocalDate.of(startYear + 1, 3, 31)
        : startDate().plusMonths(3).minusDays(1);
  }

  /** The period before: the quarter before (Q1's is the previous year's Q4), or the year before. */
  public PeriodCode previous() {
    if (quarter == null) {
      return new PeriodCode(startYear - 1, null);
    }
    return quarter == 1 ? new PeriodCode(startYear - 1, 4) : new PeriodCode(startYear, quarter - 1);
  }

  /** The same quarter (or year) of the financial year before. */
  public PeriodCode sameLastYear() {
    return new PeriodCode(startYear - 1, quarter);
  }

  /** The financial year this period belongs to. */
  public PeriodCode year() {
    return new PeriodCode(startYear, null);
  }

  /** How many quarters of its financial year have ended by the end of this period. */
  public int quartersElapsed() {
    return quarter == null ? 4 : quarter;
  }

  /** The label a committee report prints, e.g. "Quarter 2 2018/19 (July–September)". */
  public String defaultLabel() {
    String year = String.format("%d/%02d", startYear, (startYear + 1) % 100);
    if (quarter == null) {
      return "Financial year " + year;
    }
    String[] months = {"April–June", "July–September", "October–December", "January–March"};
    return "Quarter " + quarter + " " + year + " (" + months[quarter - 1] + ")";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PeriodCode code
        && code.startYear == startYear
        && Objects.equals(code.quarter, quarter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startYear, quarter);
  }

  @Override
  public String toString() {
    return quarter == null ? financialYear() : financialYear() + "-Q" + quarter;
  }
}
