package org.councilperformance.domain.action;

import java.time.LocalDate;

/**
 * What an action's status for a period is computed from: the day it is judged at, its dates and its
 * latest progress and closure. Read live for an open period, or as they stood when the period was
 * locked ({@link ActionAsLocked}; docs/rules.md#a-locked-period-keeps-its-statuses). Either way the
 * same {@link ActionStatusRule} judges.
 *
 * @param judgedOn the period's end, or the day it was judged while the period was still running
 * @param start planned start, or null
 * @param due the due date (the revised one when set), or null
 * @param progress 0–100 from the latest update at or before the period, or null
 * @param closure the latest update's closing decision, or null
 */
public record ActionBasis(
    LocalDate judgedOn, LocalDate start, LocalDate due, Integer progress, ActionClosure closure) {

  /**
   * The basis as it stands now.
   *
   * @param latest the latest update at or before the period, or null
   */
  public static ActionBasis live(Action action, LocalDate judgedOn, ActionUpdate latest) {
    return new ActionBasis(
        judgedOn,
        action.startDate(),
        action.effectiveDueDate(),
        latest == null ? null : latest.progress(),
        latest == null ? null : latest.closure());
  }

  /** The status the rule gives, or null when there is nothing to judge. */
  public ActionStatus statusBy(ActionStatusRule rule) {
    return rule.statusOf(judgedOn, start, due, progress, closure);
  }
}
