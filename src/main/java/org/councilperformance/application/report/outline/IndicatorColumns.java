package org.councilperformance.application.report.outline;

import static org.councilperformance.application.report.outline.Column.Kind.NUMBER;
import static org.councilperformance.application.report.outline.Column.Kind.STATUS;
import static org.councilperformance.application.report.outline.Column.Kind.TEXT;

/** The columns an indicator's row starts with wherever it is listed (IndicatorRows' fields). */
final class IndicatorColumns {
  private IndicatorColumns() {}

  /**
   * Code, name, unit, target, actual and status. The status cell carries the status the council
   * printed beneath it where the two differ ("as reported: ● Green"), as the PDF prints it.
   */
  static Table.Builder figures(Table.Builder table) {
    return table
        .column("code", "Code", TEXT)
        .column("name", "Indicator", TEXT)
        .column("unit", "Unit", TEXT)
        .column("target", "Target", NUMBER)
        .column("actual", "Actual", NUMBER)
        .column("status", "Status", STATUS);
  }
}
