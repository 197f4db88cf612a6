package org.councilperformance.domain.action;

import java.time.Instant;
import java.time.LocalDate;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * An action's position for a test, stated rather than judged by the {@link ActionStatusRule}: the
 * status shown (and the colour that status has), and this period's update where the test gives
 * progress or commentary. What a test does not name stays unset.
 */
public final class ActionPositionBuilder {
  private static final ReportingPeriod PERIOD =
      new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "period"), null);

  private final Action action;
  private LocalDate asOf = PERIOD.endDate();
  private Integer progress;
  private String commentary;
  private ActionStatus status;
  private RagStatus rag;

  private ActionPositionBuilder(Action action) {
    this.action = action;
  }

  public static ActionPositionBuilder positionOf(Action action) {
    return new ActionPositionBuilder(action);
  }

  public ActionPositionBuilder asOf(LocalDate day) {
    this.asOf = day;
    return this;
  }

  /**
   * The status as the rule computed it and as shown, in the colour it has (none for cancelled, or
   * for no status); nothing printed by the council.
   */
  public ActionPositionBuilder status(ActionStatus status) {
    this.status = status;
    this.rag = status == null ? null : status.rag();
    return this;
  }

  public ActionPositionBuilder progress(int percent) {
    this.progress = percent;
    return this;
  }

  public ActionPositionBuilder commentary(String text) {
    this.commentary = text;
    return this;
  }

  /** This period's update, also the latest, when the test gives progress or commentary. */
  public ActionPosition build() {
    ActionUpdate update = null;
    if (progress != null || commentary != null) {
      update = new ActionUpdate(action, PERIOD);
      update.record(progress, commentary, null, null, "test", Instant.EPOCH);
    }
    return new ActionPosition(
        action, ActionBasis.live(action, asOf, update), update, update, status, null, status, rag);
  }
}
