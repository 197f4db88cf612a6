package org.councilperformance.domain.action;

import java.time.LocalDate;
import org.councilperformance.domain.indicator.RagStatus;

/**
 * An action's position for a period. Progress and any closure carry forward from the latest update
 * at or before the period (an action not updated this quarter keeps its last known progress);
 * commentary is only this period's own.
 *
 * @param basis what the status is judged from: the action's dates and latest progress now, or as
 *     they stood when the period was locked
 * @param update this period's own update, or null
 * @param latest the latest update at or before this period, or null
 * @param computedStatus what the rule gives, or null when there is nothing to judge
 * @param reported what the council printed for this period, or null
 * @param status the computed status, else the printed one when the rule had nothing to judge
 * @param rag the dashboard colour of that status (none for cancelled or unassessed)
 */
public record ActionPosition(
    Action action,
    ActionBasis basis,
    ActionUpdate update,
    ActionUpdate latest,
    ActionStatus computedStatus,
    ReportedActionStatus reported,
    ActionStatus status,
    RagStatus rag) {

  /**
   * The same position as it may be published: its updates without commentary marked internal
   * (docs/open-data.md#internal-commentary).
   */
  public ActionPosition asPublished() {
    return new ActionPosition(
        action,
        basis,
        update == null ? null : update.asPublished(),
        latest == null ? null : latest.asPublished(),
        computedStatus,
        reported,
        status,
        rag);
  }

  public static ActionPosition of(
      Action action,
      ActionBasis basis,
      ActionUpdate update,
      ActionUpdate latest,
      ActionStatusRule rule) {
    ActionStatus computed = basis.statusBy(rule);
    ReportedActionStatus reported = update == null ? null : update.reportedStatus();
    if (computed != null) {
      return new ActionPosition(
          action, basis, update, latest, computed, reported, computed, computed.rag());
    }
    return new ActionPosition(
        action,
        basis,
        update,
        latest,
        null,
        reported,
        reported == null ? null : reported.status(),
        reported == null ? null : reported.rag());
  }

  /** The date the status is judged at: the period's end, or the day judged while it ran. */
  public LocalDate asOf() {
    return basis.judgedOn();
  }

  public Integer progress() {
    return basis.progress();
  }

  /** Whether the council printed a status other than the one the rule computes. */
  public boolean differsFromReported() {
    return reported != null && reported.differsFrom(computedStatus);
  }
}
