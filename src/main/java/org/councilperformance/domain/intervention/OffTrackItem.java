package org.councilperformance.domain.intervention;

import java.util.List;
import org.councilperformance.domain.indicator.RagStatus;

/**
 * An item of the exception report: a red or amber indicator or action, or an indicator whose figure
 * is missing, with its commentary and the plans in force for it. A red item must have both a plan
 * and commentary; the report says where either is missing (docs/rules.md#exception-report).
 *
 * @param kind INDICATOR or ACTION
 * @param businessUnit the business unit's code, null for none
 * @param businessUnitName the business unit's name as printed, null for none
 * @param reportedStatus the status the council printed for it, null when none was recorded
 * @param missing for a missing figure, what is missing and why (the reason given, if any); null
 *     otherwise
 */
public record OffTrackItem(
    Kind kind,
    String code,
    String name,
    String businessUnit,
    RagStatus status,
    String commentary,
    List<InterventionPlan> plans,
    String businessUnitName,
    RagStatus reportedStatus,
    String missing) {

  public enum Kind {
    INDICATOR,
    ACTION
  }

  public boolean lacksPlan() {
    return status == RagStatus.RED && plans.isEmpty();
  }

  public boolean lacksCommentary() {
    return status == RagStatus.RED && (commentary == null || commentary.isBlank());
  }

  /** Whether the council printed a status other than the one the report shows. */
  public boolean differsFromReported() {
    return reportedStatus != null && reportedStatus != status;
  }
}
