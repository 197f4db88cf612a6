package org.councilperformance.domain.absence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.quality.Consistency;

/**
 * One line of an absence table for a quarter: days lost to long-term absences (a spell of 10 days
 * or more) and to short-term ones, and the full-time equivalent staff (FTE) they are divided by.
 * The supplied total days and days per FTE are kept as printed, only to be checked: the product
 * computes its own from long, short and FTE.
 *
 * @param statedTotalDays the total the council printed, or null
 * @param statedDaysPerFte the days per FTE the council printed, or null
 */
public record AbsenceFigures(
    BigDecimal longTermDays,
    BigDecimal shortTermDays,
    BigDecimal fte,
    BigDecimal statedTotalDays,
    BigDecimal statedDaysPerFte) {
  /** Computed figures are shown to two decimals, as councils print days per FTE. */
  public static final int SCALE = 2;

  /** The rules for entering a line: days of 0 or more, FTE above 0. */
  public static AbsenceFigures entered(
      BigDecimal longTermDays,
      BigDecimal shortTermDays,
      BigDecimal fte,
      BigDecimal statedTotalDays,
      BigDecimal statedDaysPerFte) {
    required("longTermDays", longTermDays);
    required("shortTermDays", shortTermDays);
    required("fte", fte);
    notNegative("longTermDays", longTermDays);
    notNegative("shortTermDays", shortTermDays);
    notNegative("totalDays", statedTotalDays);
    notNegative("daysPerFte", statedDaysPerFte);
    if (fte.signum() <= 0) {
      throw new InvalidValueException(
          "fte", "fte: staff in post (FTE) must be more than 0, not " + fte.toPlainString());
    }
    return new AbsenceFigures(longTermDays, shortTermDays, fte, statedTotalDays, statedDaysPerFte);
  }

  static void required(String field, Object value) {
    if (value == null) {
      throw new InvalidValueException(field, field + ": is required");
    }
  }

  static void notNegative(String field, BigDecimal value) {
    if (value != null && value.signum() < 0) {
      throw new InvalidValueException(
          field, field + ": must be 0 or more, not " + value.toPlainString());
    }
  }

  /** Days lost: long-term + short-term. */
  public BigDecimal days() {
    return longTermDays == null || shortTermDays == null ? null : longTermDays.add(shortTermDays);
  }

  /** Days lost ÷ FTE, unrounded (to ten places); null without an FTE above 0. */
  public BigDecimal daysPerFte() {
    return fte == null || fte.signum() <= 0 ? null : Consistency.ratio(days(), fte);
  }

  /** Long-term days as a percentage of days lost; null when no days were lost. */
  public BigDecimal longTermShare() {
    return share(longTermDays);
  }

  public BigDecimal shortTermShare() {
    return share(shortTermDays);
  }

  private BigDecimal share(BigDecimal part) {
    BigDecimal days = days();
    return days == null || days.signum() == 0 ? null : Consistency.percent(part, days);
  }

  /** A computed figure as shown: two decimals, half-up. */
  public static BigDecimal shown(BigDecimal computed) {
    return computed == null ? null : computed.setScale(SCALE, RoundingMode.HALF_UP);
  }
}
