package org.councilperformance.application.report.outline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A number and the decimals it is shown with: a whole number never prints a decimal point ("10",
 * not "10." or "10.0"), and a figure the council supplied as 2.30 keeps its two decimals.
 */
public record Figure(BigDecimal value, int decimals) {
  public Figure {
    decimals = Math.max(0, decimals);
  }

  /** The figure to the decimals it carries, trailing zeros dropped (10.900000 → 10.9). */
  public static Figure of(Number number) {
    BigDecimal value =
        number instanceof BigDecimal b ? b : new BigDecimal(number.toString()).stripTrailingZeros();
    return new Figure(value, value.stripTrailingZeros().scale());
  }

  /** The figure shown to a pattern's decimals, e.g. "#,##0.00" → 2. */
  public static Figure of(Number number, String pattern) {
    int point = pattern == null ? -1 : pattern.indexOf('.');
    if (point < 0) {
      return pattern == null ? of(number) : new Figure(new BigDecimal(number.toString()), 0);
    }
    int decimals = 0;
    for (int i = point + 1; i < pattern.length() && "0#".indexOf(pattern.charAt(i)) >= 0; i++) {
      decimals++;
    }
    return new Figure(new BigDecimal(number.toString()), decimals);
  }

  /**
   * The number-format pattern for this figure: "#,##0", "#,##0.0", "#,##0.00"…; with {@code
   * brackets}, negatives in brackets as the finance tables print them.
   */
  public String pattern(boolean brackets) {
    String positive = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    return brackets ? positive + ";(" + positive + ")" : positive;
  }

  /** As printed, en-GB: "1,043.29", "(138)" for a negative amount of money. */
  public String text(boolean brackets) {
    DecimalFormat format =
        new DecimalFormat(pattern(brackets), DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  @Override
  public String toString() {
    return text(false);
  }
}
