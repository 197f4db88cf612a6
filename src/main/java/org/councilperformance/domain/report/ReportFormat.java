package org.councilperformance.domain.report;

import java.util.Arrays;
import java.util.Locale;
import org.councilperformance.domain.InvalidValueException;

/**
 * The formats a pack renders to: PDF for the committee, XLSX and DOCX for officers to reuse, and
 * HTML, the accessible twin a council publishes beside the PDF (docs/reports.md#formats).
 */
public enum ReportFormat {
  PDF("application/pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  HTML("text/html;charset=UTF-8");

  private final String mediaType;

  ReportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a request names; PDF when it names none. */
  public static ReportFormat parse(String text, String field) {
    if (text == null || text.isBlank()) {
      return PDF;
    }
    return Arrays.stream(values())
        .filter(f -> f.extension().equals(text.trim().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    field, "unknown format '" + text + "'; use pdf, xlsx, docx or html"));
  }
}
