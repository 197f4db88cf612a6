package org.councilperformance.application;

/**
 * The columns of a quarter's actions sheet, in the order the template writes them
 * (docs/api.md#actions-sheet). Title, due date and last period's progress are there for the reader
 * and never loaded; the others are loaded as {@code PUT /api/actions/{code}/updates/{period}} would
 * load them.
 */
public enum ActionSheetColumn {
  ACTION_CODE("Action code", false),
  TITLE("Title", false),
  DUE_DATE("Due date", false),
  PERIOD("Period", false),
  LAST_PROGRESS("Last period's progress", false),
  PROGRESS("Progress", true),
  COMMENTARY("Commentary", true),
  CLOSURE("Closure", true),
  CLOSURE_REASON("Closure reason", true),
  REVISED_DUE_DATE("Revised due date", true),
  REPORTED_STATUS("Reported status", true);

  private final String heading;
  private final boolean loaded;

  ActionSheetColumn(String heading, boolean loaded) {
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

  /** The column a heading names, in any case and spacing, or null when it names none. */
  public static ActionSheetColumn named(String heading) {
    return SheetColumn.named(values(), ActionSheetColumn::heading, heading);
  }
}
