package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.NUMBER;
import static org.councilperformance.application.report.outline.Column.Kind.STATUS;
import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

/** The columns an indicator's row starts with wherever it is listed (IndicatorRows' fields). */
final class IndicatorColumns {
  private IndicatorColumns() {}

  /** Code, name, unit, target, actual, status and the status as the council reported it. */
  static Table.Builder figures(Table.Builder table) {
    return table
        .column("code", "Code", TEXT)
        .column("name", "Indicator", TEXT)
        .column("unit", "Unit", TEXT)
        .column("target", "Target", NUMBER)
        .column("actual", "Actual", NUMBER)
        .column("status", "Status", STATUS)
        .column("reportedStatus", "As reported", TEXT);
  }
}
