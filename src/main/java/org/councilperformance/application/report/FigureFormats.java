package org.councilperformance.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.period.PeriodCode;

/**
 * How the pack prints each kind of figure — one format per kind, in every section
 * (docs/reports.md#formats). The formats are {@link DecimalFormat} patterns, en-GB: the sources
 * hand them to the templates (a row's {@code …Pattern} field), which keep figures as numbers so a
 * spreadsheet can still sum them, and {@link #text} writes figures into sentences the same way.
 *
 * <ul>
 *   <li>counts, percentages, days, minutes, kilograms and scores: thousands separated, up to two
 *       decimals, as many as the figure has (56, 50.08, 10.9, 309,000);
 *   <li>days per FTE and other rates: always two decimals (2.31, 4.70);
 *   <li>money: £ and thousands separated, whole pounds, or pounds and pence where a figure of the
 *       row has pence (£494,958; £2.35);
 *   <li>a change or a difference: the same, a fall in brackets ((0.10), (£248,000)).
 * </ul>
 */
public final class FigureFormats {
  /** The kinds of figure the pack prints. */
  public enum Kind {
    /** Things counted, and any figure of the same shape: percentages, days, minutes, kg, scores. */
    FIGURE,
    /** A rate such as days lost per FTE. */
    RATE,
    /** Pounds. */
    MONEY
  }

  private static final String FIGURE = "#,##0.##";
  private static final String RATE = "#,##0.00";
  private static final String POUNDS = "£#,##0";
  private static final String POUNDS_AND_PENCE = "£#,##0.00";

  private FigureFormats() {}

  /** The pattern for figures of a kind, among which {@code figures} (may be null). */
  public static String pattern(Kind kind, BigDecimal... figures) {
    return switch (kind) {
      case FIGURE -> FIGURE;
      case RATE -> RATE;
      case MONEY -> hasPence(figures) ? POUNDS_AND_PENCE : POUNDS;
    };
  }

  /** The same, a negative figure (a fall, a shortfall) in brackets. */
  public static String signedPattern(Kind kind, BigDecimal... figures) {
    String pattern = pattern(kind, figures);
    return pattern + ";(" + pattern + ")";
  }

  /** The kind of an indicator's figures. */
  public static Kind of(IndicatorUnit unit) {
    return unit == IndicatorUnit.CURRENCY_GBP ? Kind.MONEY : Kind.FIGURE;
  }

  /** A figure written as the tables print it; "" for none. */
  public static String text(BigDecimal figure, Kind kind) {
    return format(figure, pattern(kind, figure));
  }

  /** A change written as the tables print it, a fall in brackets; "" for none. */
  public static String signedText(BigDecimal figure, Kind kind) {
    return format(figure, signedPattern(kind, figure));
  }

  private static String format(BigDecimal figure, String pattern) {
    if (figure == null) {
      return "";
    }
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(figure);
  }

  private static boolean hasPence(BigDecimal... figures) {
    if (figures == null) {
      return false;
    }
    for (BigDecimal figure : figures) {
      if (figure != null && figure.stripTrailingZeros().scale() > 0) {
        return true;
      }
    }
    return false;
  }

  /** A financial year or a quarter by its code, e.g. 2018-19 or 2018-19-Q1. */
  private static final Pattern PERIOD_CODE =
      Pattern.compile("\\b(\\d{4})-(\\d{2})(?:-Q([1-4]))?\\b(?!-\\d)");

  /**
   * The text with every period code in it written as the period's name: "2018-19-Q1" as "2018/19
   * Quarter 1", "2018-19" as "2018/19". A pair of years that is not a financial year (a date's
   * "2018-11") is left as it is.
   */
  public static String periodsAsLabels(String text) {
    if (text == null) {
      return null;
    }
    Matcher codes = PERIOD_CODE.matcher(text);
    StringBuilder named = new StringBuilder();
    while (codes.find()) {
      int start = Integer.parseInt(codes.group(1));
      boolean financialYear = Integer.parseInt(codes.group(2)) == (start + 1) % 100;
      String name =
          financialYear
              ? label(
                  new PeriodCode(
                      start, codes.group(3) == null ? null : Integer.valueOf(codes.group(3))))
              : codes.group();
      codes.appendReplacement(named, Matcher.quoteReplacement(name));
    }
    codes.appendTail(named);
    return named.toString();
  }

  /** A period's short name: "2018/19 Quarter 1", or "2018/19" for a year. */
  public static String label(PeriodCode period) {
    String year = period.financialYear().replace('-', '/');
    return period.quarter() == null ? year : year + " Quarter " + period.quarter();
  }
}
