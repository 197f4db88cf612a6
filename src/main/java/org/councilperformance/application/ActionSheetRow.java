package org.councilperformance.application;

import java.time.LocalDate;
import java.util.List;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.action.ActionClosure;
import org.councilperformance.domain.action.ReportedActionStatus;
import org.councilperformance.domain.period.PeriodCode;

/**
 * One row of an uploaded actions sheet, its cells already read into domain values at the edge. A
 * cell that could not be read is null here and its reason is in {@code unreadable}.
 *
 * @param row the sheet's row number (the headings are row 1)
 * @param code null when the cell is blank
 * @param period the row's own period, or null when the sheet leaves it blank
 * @param revisedDueDate null to leave the due date as it is
 * @param reportedStatus null to leave the printed status as it is
 */
public record ActionSheetRow(
    int row,
    Code code,
    PeriodCode period,
    Integer progress,
    String commentary,
    ActionClosure closure,
    String closureReason,
    LocalDate revisedDueDate,
    ReportedActionStatus reportedStatus,
    List<RowError> unreadable) {
  public ActionSheetRow {
    unreadable = List.copyOf(unreadable);
  }

  /** Whether the row gives anything for the period's update at all. */
  boolean reportsSomething() {
    return progress != null
        || commentary != null
        || closure != null
        || closureReason != null
        || revisedDueDate != null
        || reportedStatus != null;
  }
}
