package org.councilperformance.interfaces.portal.committee;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.councilperformance.application.MeetingCalendar;

/** What the committee pages share: a form's fields as typed, and times as GOV.UK writes them. */
public final class Forms {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

  private Forms() {}

  /** A field as typed; "" when the form did not send it. */
  public static String value(HttpServletRequest request, String name) {
    return Objects.requireNonNullElse(request.getParameter(name), "");
  }

  /**
   * A plain-text body as paragraphs of lines: a blank line parts paragraphs, whatever line breaks
   * the message used (mail has CRLF).
   */
  public static List<List<String>> paragraphs(String text) {
    String normal = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    return Arrays.stream(normal.split("\n[ \t]*\n\\s*"))
        .filter(p -> !p.isBlank())
        .map(p -> List.of(p.split("\n")))
        .toList();
  }

  /** A meeting's time, e.g. "16 July 2026, 6:30pm". */
  public static String time(LocalDateTime time) {
    return time == null ? "" : time.format(TIME).replace("AM", "am").replace("PM", "pm");
  }

  /** An instant in council time, e.g. "16 July 2026, 6:30pm"; empty for none. */
  public static String time(Instant instant) {
    return instant == null
        ? ""
        : time(LocalDateTime.ofInstant(instant, MeetingCalendar.COUNCIL_TIME));
  }
}
