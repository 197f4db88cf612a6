package org.councilperformance.interfaces.portal.reading;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Which part of the council a reading page shows, as its query string says it (so a reload or a
 * shared link shows the same): a priority, a directorate and a business unit, each by code; null
 * for all.
 */
public record ReadingFilter(String priority, String directorate, String businessUnit) {
  public static final ReadingFilter NONE = new ReadingFilter(null, null, null);

  /** From the query string: blank means "all". */
  public static ReadingFilter of(String priority, String directorate, String businessUnit) {
    return new ReadingFilter(blankless(priority), blankless(directorate), blankless(businessUnit));
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public boolean isEmpty() {
    return priority == null && directorate == null && businessUnit == null;
  }

  /** The same filter with another priority (a priority's dashboard fixes its own). */
  public ReadingFilter withPriority(String code) {
    return new ReadingFilter(code, directorate, businessUnit);
  }

  /** The query string that keeps the filter, e.g. "?priority=VFM"; "" for none. */
  public String query() {
    List<String> parts = new ArrayList<>();
    add(parts, "priority", priority);
    add(parts, "directorate", directorate);
    add(parts, "businessUnit", businessUnit);
    return parts.isEmpty() ? "" : "?" + String.join("&", parts);
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null) {
      parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
