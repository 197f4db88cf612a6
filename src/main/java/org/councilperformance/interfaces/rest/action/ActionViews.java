package org.councilperformance.interfaces.rest.action;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.action.ActionClosure;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.action.ActionStatus;
import org.councilperformance.domain.action.ActionUpdate;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.period.ReportedPeriods;

/** What the action endpoints answer. */
public final class ActionViews {
  private ActionViews() {}

  @JsonbPropertyOrder({
    "code",
    "title",
    "description",
    "priority",
    "businessUnit",
    "owner",
    "startDate",
    "dueDate",
    "revisedDueDate",
    "reportedFrom",
    "reportedTo"
  })
  public record ActionView(
      String code,
      String title,
      String description,
      String priority,
      String businessUnit,
      String owner,
      LocalDate startDate,
      LocalDate dueDate,
      LocalDate revisedDueDate,
      String reportedFrom,
      String reportedTo) {
    static ActionView of(Action a) {
      ReportedPeriods reported = a.reportedPeriods();
      return new ActionView(
          a.code(),
          a.title(),
          a.description(),
          a.priority() == null ? null : a.priority().code(),
          a.businessUnit() == null ? null : a.businessUnit().code(),
          a.owner(),
          a.startDate(),
          a.dueDate(),
          a.revisedDueDate(),
          Objects.toString(reported.from(), null),
          Objects.toString(reported.to(), null));
    }
  }

  @JsonbPropertyOrder({
    "period",
    "progress",
    "commentary",
    "commentaryInternal",
    "closure",
    "closureReason",
    "reportedStatus",
    "enteredBy",
    "enteredAt"
  })
  public record UpdateView(
      String period,
      Integer progress,
      String commentary,
      boolean commentaryInternal,
      ActionClosure closure,
      String closureReason,
      String reportedStatus,
      String enteredBy,
      Instant enteredAt) {
    static UpdateView of(ActionUpdate u) {
      return new UpdateView(
          u.period().code(),
          u.progress(),
          u.commentary(),
          u.commentaryInternal(),
          u.closure(),
          u.closureReason(),
          u.reportedStatus() == null ? null : u.reportedStatus().label(),
          u.enteredBy(),
          u.enteredAt());
    }
  }

  /**
   * An action's position for a period. {@code status} and {@code rag} are what counts: the computed
   * status, or the printed one where the rule had nothing to judge (no due date, no progress).
   * {@code differsFromReported} marks where the council printed something else.
   */
  @JsonbPropertyOrder({
    "code",
    "title",
    "priority",
    "businessUnit",
    "owner",
    "period",
    "asOf",
    "startDate",
    "dueDate",
    "progress",
    "status",
    "rag",
    "computedStatus",
    "statusRule",
    "reportedStatus",
    "differsFromReported",
    "commentary",
    "commentaryInternal",
    "closureReason"
  })
  public record ActionPositionView(
      String code,
      String title,
      String priority,
      String businessUnit,
      String owner,
      String period,
      LocalDate asOf,
      LocalDate startDate,
      LocalDate dueDate,
      Integer progress,
      ActionStatus status,
      RagStatus rag,
      ActionStatus computedStatus,
      String statusRule,
      String reportedStatus,
      boolean differsFromReported,
      String commentary,
      boolean commentaryInternal,
      String closureReason) {
    static ActionPositionView of(ActionPosition p, String period, String statusRule) {
      Action a = p.action();
      return new ActionPositionView(
          a.code(),
          a.title(),
          a.priority() == null ? null : a.priority().code(),
          a.businessUnit() == null ? null : a.businessUnit().code(),
          a.owner(),
          period,
          p.asOf(),
          p.basis().start(),
          p.basis().due(),
          p.progress(),
          p.status(),
          p.rag(),
          p.computedStatus(),
          statusRule,
          p.reported() == null ? null : p.reported().label(),
          p.differsFromReported(),
          p.update() == null ? null : p.update().commentary(),
          p.update() != null && p.update().commentaryInternal(),
          p.latest() == null ? null : p.latest().closureReason());
    }
  }
}
