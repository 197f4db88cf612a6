package org.councilperformance.application;

import java.util.Locale;

/**
 * The columns of a quarter's sheet, in the order the template writes them (docs/api.md#imports).
 * Name, unit and last period's actual are there for the reader and never loaded; the others are
 * loaded as {@code PUT /api/indicators/{code}/targets/{period}} and {@code PUT
 * /api/indicators/{code}/measurements/{period}} would load them.
 */
public enum SheetColumn {
  INDICATOR_CODE("Indicator code", false),
  NAME("Name", false),
  UNIT("Unit", false),
  PERIOD("Period", false),
  TARGET("Target", true),
  LAST_ACTUAL("Last period's actual", false),
  VALUE("Value", true),
  COMPONENTS("Components", true),
  MISSING_REASON("Missing reason", true),
  COMMENTARY("Commentary", true),
  REPORTED_STATUS("Reported status", true);

  private final String heading;
  private final boolean loaded;

  SheetColumn(String heading, boolean loaded) {
    this.heading = heading;
    this.loaded = loaded;
  }

  /** The heading the template writes in row 1. */
  public String heading() {
    return heading;
  }

  /** Whether an upload changes what this column holds; the others are read-only. */
  public boolean loaded() {
    return loaded;
  }

  /**
   * The column a heading names, in any case and spacing, or null when it names none.
   *
   * @param heading as a spreadsheet wrote it, e.g. "indicator code" or "Reported Status"
   */
  public static SheetColumn named(String heading) {
    return named(values(), SheetColumn::heading, heading);
  }

  /** The column of a sheet's columns a heading names, in any case and spacing, or null. */
  static <C> C named(
      C[] columns, java.util.function.Function<C, String> headingOf, String heading) {
    String key = squeeze(heading);
    for (C c : columns) {
      if (squeeze(headingOf.apply(c)).equals(key)) {
        return c;
      }
    }
    return null;
  }

  /** A heading as compared: no case, spaces, underscores or apostrophes. */
  static String squeeze(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_’']+", "");
  }
}
