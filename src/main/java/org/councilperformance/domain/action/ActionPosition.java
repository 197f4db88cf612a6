package org.councilperformance.domain.action;

import java.time.LocalDate;
import org.councilperformance.domain.indicator.RagStatus;

/**
 * An action's position for a period. Progress and any closure carry forward from the latest update
 * at or before the period (an action not updated this quarter keeps its last known progress);
 * commentary is only this period's own.
 *
 * @param asOf the date the status is judged at: the period's end, or today while it runs
 * @param update this period's own update, or null
 * @param latest the latest update at or before this period, or null
 * @param computedStatus what the rule gives, or null when there is nothing to judge
 * @param reported what the council printed for this period, or null
 * @param status the computed status, else the printed one when the rule had nothing to judge
 * @param rag the dashboard colour of that status (none for cancelled or unassessed)
 */
public record ActionPosition(
    Action action,
    LocalDate asOf,
    ActionUpdate update,
    ActionUpdate latest,
    ActionStatus computedStatus,
    ReportedActionStatus reported,
    ActionStatus status,
    RagStatus rag) {

  public static ActionPosition of(
      Action action,
      LocalDate asOf,
      ActionUpdate update,
      ActionUpdate latest,
      ActionStatusRule rule) {
    ActionStatus computed =
        rule.statusOf(
            asOf,
            action.startDate(),
            action.effectiveDueDate(),
            latest == null ? null : latest.progress(),
            latest == null ? null : latest.closure());
    ReportedActionStatus reported = update == null ? null : update.reportedStatus();
    if (computed != null) {
      return new ActionPosition(
          action, asOf, update, latest, computed, reported, computed, computed.rag());
    }
    return new ActionPosition(
        action,
        asOf,
        update,
        latest,
        null,
        reported,
        reported == null ? null : reported.status(),
        reported == null ? null : reported.rag());
  }

  public Integer progress() {
    return latest == null ? null : latest.progress();
  }

  /** Whether the council printed a status other than the one the rule computes. */
  public boolean differsFromReported() {
    return reported != null && reported.differsFrom(computedStatus);
  }
}
