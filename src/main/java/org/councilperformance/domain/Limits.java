package org.councilperformance.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * What the product can store exactly, declared once and checked wherever a value comes in, so that
 * the value acknowledged is the value stored (docs/api.md#limits). A value beyond a limit is
 * refused with the field named; nothing is rounded or cut short.
 */
public final class Limits {
  /** Digits a figure may have before the decimal point (the columns are DECIMAL(19,6)). */
  public static final int FIGURE_WHOLE_DIGITS = 13;

  /** Decimal places a figure may have. */
  public static final int FIGURE_DECIMALS = 6;

  /** Bytes of UTF-8 a text may take (a TEXT column). */
  public static final int TEXT_BYTES = 65_535;

  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

  private Limits() {}

  /** The figure, if it can be stored exactly. */
  public static BigDecimal figure(BigDecimal value, String field) {
    BigDecimal plain = value.stripTrailingZeros();
    if (Math.max(plain.scale(), 0) > FIGURE_DECIMALS) {
      throw new InvalidValueException(
          field, field + " has more than " + FIGURE_DECIMALS + " decimal places");
    }
    if (plain.precision() - plain.scale() > FIGURE_WHOLE_DIGITS) {
      throw new InvalidValueException(
          field,
          field + " is too large: at most " + FIGURE_WHOLE_DIGITS + " digits before the point");
    }
    return value;
  }

  /**
   * The text, if it can be stored and printed: not too long, and no character a document (PDF,
   * XLSX, DOCX) cannot carry — control characters other than tab and line breaks, lone surrogates
   * and Unicode non-characters such as U+FFFE.
   */
  public static String text(String value, String field) {
    printable(value, field);
    if (value.length() > TEXT_BYTES / 4
        && value.getBytes(StandardCharsets.UTF_8).length > TEXT_BYTES) {
      throw new InvalidValueException(
          field, field + " is too long: at most " + TEXT_BYTES + " bytes of UTF-8");
    }
    return value;
  }

  /**
   * The text, if it holds no character a document cannot carry (as {@link #text}), whatever its
   * length.
   */
  public static String printable(String value, String field) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (!printable(c)) {
        throw new InvalidValueException(
            field,
            field + " contains a character that cannot be printed: " + String.format("U+%04X", c));
      }
      i += Character.charCount(c);
    }
    return value;
  }

  /** The date, if it lies in the years the product keeps. */
  public static LocalDate date(LocalDate value, String field) {
    if (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE)) {
      throw new InvalidValueException(
          field, field + " must be between " + EARLIEST_DATE + " and " + LATEST_DATE);
    }
    return value;
  }

  private static boolean printable(int c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
      return false; // a lone surrogate: a paired one arrives as one code point above U+FFFF
    }
    boolean nonCharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    return !nonCharacter;
  }
}
