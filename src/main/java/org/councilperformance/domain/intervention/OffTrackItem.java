package org.councilperformance.domain.intervention;

import java.util.List;
import org.councilperformance.domain.indicator.RagStatus;

/**
 * A red or amber indicator or action in the exception report, with its commentary and the plans in
 * force for it. A red item must have both a plan and commentary; the report says where either is
 * missing.
 *
 * @param kind INDICATOR or ACTION
 */
public record OffTrackItem(
    Kind kind,
    String code,
    String name,
    String businessUnit,
    RagStatus status,
    String commentary,
    List<InterventionPlan> plans) {

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
}
