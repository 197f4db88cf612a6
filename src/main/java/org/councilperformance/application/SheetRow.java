package org.councilperformance.application;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.period.PeriodCode;

/**
 * One row of an uploaded quarter's sheet, its cells already read into domain values at the edge. A
 * cell that could not be read is null here and its reason is in {@code unreadable}.
 *
 * @param row the sheet's row number (the headings are row 1)
 * @param code null when the cell is blank
 * @param period the row's own period, or null when the sheet leaves it blank
 * @param target null to leave the target as it is
 * @param reportedStatus null to leave the printed status as it is
 * @param components a calculated indicator's components by name (docs/api.md#imports): null when
 *     the cell is blank, which keeps those entered
 */
public record SheetRow(
    int row,
    Code code,
    PeriodCode period,
    BigDecimal target,
    BigDecimal value,
    Map<String, BigDecimal> components,
    String missingReason,
    String commentary,
    RagStatus reportedStatus,
    List<RowError> unreadable) {
  public SheetRow {
    unreadable = List.copyOf(unreadable);
    components = components == null ? null : Collections.unmodifiableMap(new TreeMap<>(components));
  }

  /** Whether the row gives anything for the measurement at all. */
  boolean reportsSomething() {
    return value != null
        || (components != null && !components.isEmpty())
        || missingReason != null
        || commentary != null
        || reportedStatus != null;
  }
}
