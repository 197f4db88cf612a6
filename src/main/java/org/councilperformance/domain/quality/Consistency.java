package org.councilperformance.domain.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.councilperformance.domain.Decimals;

/**
 * The checks behind data-quality findings (docs/rules.md#data-quality-checks). A supplied figure
 * agrees with the one computed when the computed figure, rounded half-up to the precision the
 * supplied one was printed with, is the same number: a table printed to two decimals is not faulted
 * for rounding. Figures keep the scale they were supplied with (2.30 is printed to two decimals,
 * 971 to none).
 */
public final class Consistency {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Consistency() {}

  /** Whether {@code computed} rounds to {@code stated} at the precision {@code stated} shows. */
  public static boolean agrees(BigDecimal stated, BigDecimal computed) {
    int scale = Math.max(stated.scale(), 0);
    return computed.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) == 0;
  }

  /**
   * A supplied total, subtotal or derived figure against the one computed from its parts.
   *
   * @return a finding when they disagree beyond rounding; none when either is missing
   */
  public static Optional<Finding> derived(
      String appendix, String where, String check, BigDecimal stated, BigDecimal computed) {
    if (stated == null || computed == null || agrees(stated, computed)) {
      return Optional.empty();
    }
    BigDecimal rounded = computed.setScale(Math.max(stated.scale(), 0), RoundingMode.HALF_UP);
    return Optional.of(
        new Finding(
            appendix,
            where,
            check,
            stated,
            Decimals.plain(
                computed.setScale(Math.max(stated.scale(), 0) + 2, RoundingMode.HALF_UP)),
            Decimals.plain(stated.subtract(rounded)),
            where + ": supplied " + shown(stated) + " but " + check + " gives " + shown(rounded)));
  }

  /**
   * A supplied total against the sum of its parts, each part signed (+ adds, − takes away). The
   * parts were printed rounded too, so the sum may drift by half a unit of each part, and the total
   * by half a unit of its own: only a difference beyond that is a finding. 13,482 − 13,503 = −21
   * printed as (20) is rounding; 971 for parts summing to 1,884 is not. A column's unit is that of
   * its finest figure: sources drop trailing zeros, so a 16 among 39.30s was printed 16.00.
   */
  public static Optional<Finding> total(
      String appendix,
      String where,
      String check,
      BigDecimal stated,
      List<BigDecimal> signedParts) {
    if (stated == null || signedParts.stream().anyMatch(Objects::isNull)) {
      return Optional.empty();
    }
    BigDecimal sum = signedParts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal slack =
        halfUnit(columnScale(stated, signedParts))
            .multiply(BigDecimal.valueOf(signedParts.size() + 1L));
    if (stated.subtract(sum).abs().compareTo(slack) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            appendix,
            where,
            check,
            stated,
            Decimals.plain(sum),
            Decimals.plain(stated.subtract(sum)),
            where
                + ": supplied "
                + shown(stated)
                + " but "
                + check
                + " gives "
                + shown(Decimals.plain(sum))));
  }

  /** The decimals a column was printed to: those of its finest figure. */
  public static int columnScale(BigDecimal stated, List<BigDecimal> parts) {
    int scale = stated == null ? 0 : Math.max(stated.scale(), 0);
    for (BigDecimal part : parts) {
      scale = Math.max(scale, part.scale());
    }
    return scale;
  }

  /** Half a unit in the last place of a figure printed to {@code scale} decimals: 0.005 for 2. */
  public static BigDecimal halfUnit(int scale) {
    return BigDecimal.valueOf(5, Math.max(scale, 0) + 1);
  }

  /** A logical rule: {@code larger} must be at least {@code smaller}. */
  public static Optional<Finding> atLeast(
      String appendix,
      String where,
      String largerName,
      BigDecimal larger,
      String smallerName,
      BigDecimal smaller) {
    if (larger == null || smaller == null || larger.compareTo(smaller) >= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            appendix,
            where,
            largerName + " ≥ " + smallerName,
            larger,
            smaller,
            Decimals.plain(larger.subtract(smaller)),
            where
                + ": "
                + largerName
                + " ("
                + shown(larger)
                + ") is fewer than "
                + smallerName
                + " ("
                + shown(smaller)
                + ")"));
  }

  /** A percentage must lie between 0 and 100. */
  public static Optional<Finding> percentage(
      String appendix, String where, String name, BigDecimal value) {
    if (value == null || (value.signum() >= 0 && value.compareTo(HUNDRED) <= 0)) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            appendix,
            where,
            name + " in 0–100",
            value,
            null,
            null,
            where + ": " + name + " " + shown(value) + "% is not a percentage"));
  }

  /** A figure that must be positive, such as an FTE divided by. */
  public static Optional<Finding> positive(
      String appendix, String where, String name, BigDecimal value) {
    if (value == null || value.signum() > 0) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            appendix,
            where,
            name + " > 0",
            value,
            null,
            null,
            where + ": " + name + " must be more than 0, not " + shown(value)));
  }

  /**
   * A figure as a message writes it: thousands separated, to the decimals it was printed with
   * (309,000; 1,043.29; 2.30), so a message reads like the tables beside it.
   */
  static String shown(BigDecimal figure) {
    DecimalFormat format =
        new DecimalFormat(
            Math.max(figure.scale(), 0) == 0 ? "#,##0" : "#,##0." + "0".repeat(figure.scale()),
            DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(figure);
  }

  /** a ÷ b, to enough places for any printed precision; null when either is missing or b is 0. */
  public static BigDecimal ratio(BigDecimal a, BigDecimal b) {
    if (a == null || b == null || b.signum() == 0) {
      return null;
    }
    return a.divide(b, 10, RoundingMode.HALF_UP);
  }

  /** a ÷ b as a percentage. */
  public static BigDecimal percent(BigDecimal a, BigDecimal b) {
    BigDecimal r = ratio(a, b);
    return r == null ? null : r.multiply(HUNDRED);
  }
}
