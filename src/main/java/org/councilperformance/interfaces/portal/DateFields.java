package org.councilperformance.interfaces.portal;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.Limits;

/**
 * A GOV.UK date input's three fields (day, month, year) as typed, read into a date with the Design
 * System's messages for a date that is incomplete or not real, and the product's date range
 * (Limits, the same as the API's).
 *
 * @param id the date input's id; its fields are id-day, id-month, id-year
 */
public record DateFields(String id, String day, String month, String year) {

  /** The three fields of a form, by the date input's name prefix. */
  public static DateFields read(String id, java.util.function.UnaryOperator<String> form) {
    return new DateFields(
        id, form.apply(id + "-day"), form.apply(id + "-month"), form.apply(id + "-year"));
  }

  /** The fields of a date, or empty ones for none. */
  public static DateFields of(String id, LocalDate date) {
    return date == null
        ? new DateFields(id, "", "", "")
        : new DateFields(
            id,
            Integer.toString(date.getDayOfMonth()),
            Integer.toString(date.getMonthValue()),
            Integer.toString(date.getYear()));
  }

  public boolean blank() {
    return empty(day) && empty(month) && empty(year);
  }

  /**
   * The date typed, or null when all three are empty; a date that cannot be read adds its message
   * (linked to the first field at fault) and gives null.
   *
   * @param label the question in words, e.g. "Revised due date"
   * @param field the API's name for it, for the range check's words
   */
  public LocalDate date(String label, String field, FormErrors errors) {
    if (blank()) {
      return null;
    }
    String missing = empty(day) ? "day" : empty(month) ? "month" : empty(year) ? "year" : null;
    if (missing != null) {
      errors.add(id + "-" + missing, label + " must include a " + missing);
      return null;
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(year.strip()),
              Integer.parseInt(month.strip()),
              Integer.parseInt(day.strip()));
      return Limits.date(date, field);
    } catch (NumberFormatException | DateTimeException e) {
      errors.add(id + "-day", label + " must be a real date");
    } catch (BusinessException e) {
      errors.addRefusal(id + "-day", field, label, e.getMessage());
    }
    return null;
  }

  /** The part a message is about ("day", "month", "year"), for the error styling; null: all. */
  public String errorPart(FormErrors errors) {
    for (String part : new String[] {"day", "month", "year"}) {
      String message = errors.get(id + "-" + part);
      if (message != null) {
        return message.endsWith("include a " + part) ? part : null;
      }
    }
    return null;
  }

  /** The message about this date, whichever field it links to. */
  public String error(FormErrors errors) {
    for (String part : new String[] {"day", "month", "year"}) {
      String message = errors.get(id + "-" + part);
      if (message != null) {
        return message;
      }
    }
    return null;
  }

  /** As it reads on a page, e.g. "31 3 2026"; empty for none. */
  public String text() {
    return blank() ? "" : (nz(day) + " " + nz(month) + " " + nz(year)).strip();
  }

  private static String nz(String s) {
    return s == null ? "" : s.strip();
  }

  private static boolean empty(String s) {
    return s == null || s.isBlank();
  }
}
