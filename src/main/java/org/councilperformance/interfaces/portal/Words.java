package org.councilperformance.interfaces.portal;

import java.math.BigDecimal;
import java.util.Locale;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.report.StatusMark;

/**
 * How the portal prints figures and statuses: a status by shape and word as in the pack (never by
 * colour alone), a figure as entered without trailing zeros.
 */
public final class Words {
  private Words() {}

  /** A figure as entered, e.g. 95.5; empty for none. */
  public static String number(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  /** Shape and word, e.g. "◆ Red", as the pack prints it. */
  public static String status(RagStatus status) {
    return StatusMark.of(status);
  }

  /** The GOV.UK tag colour that goes with a status; the word says it as well. */
  public static String tagClasses(RagStatus status) {
    if (status == null) {
      return "govuk-tag--grey";
    }
    return switch (status) {
      case GREEN_PLUS -> "govuk-tag--turquoise";
      case GREEN -> "govuk-tag--green";
      case AMBER -> "govuk-tag--yellow";
      case RED -> "govuk-tag--red";
      case MISSING, DATA_ONLY -> "govuk-tag--grey";
    };
  }

  /** An enum constant in words, e.g. NOT_SUBMITTED → "Not submitted". */
  public static String of(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A date as GOV.UK writes it, e.g. "31 March 2026"; empty for none. */
  public static String date(java.time.LocalDate date) {
    return date == null
        ? ""
        : date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
  }

  /** A day as GOV.UK writes it with its weekday, e.g. "Tuesday 21 July 2026"; empty for none. */
  public static String day(java.time.LocalDate date) {
    return date == null
        ? ""
        : date.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));
  }
}
