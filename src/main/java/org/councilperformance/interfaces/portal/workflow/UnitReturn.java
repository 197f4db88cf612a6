package org.councilperformance.interfaces.portal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.ExceptionReport;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.Scope;
import org.councilperformance.application.WorkflowService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.workflow.Submission;
import org.councilperformance.domain.workflow.SubmissionState;
import org.councilperformance.interfaces.portal.Words;

/**
 * A business unit's return for a period as its director reads it before deciding, and as its head
 * of service checks it before submitting: every indicator's figure and status, every action's
 * position, and what is still missing (docs/portal.md#submitting-and-approving).
 */
@ApplicationScoped
public class UnitReturn {
  /** One indicator's line: what was entered and the status the product computes. */
  public record IndicatorLine(
      String code,
      String name,
      String figure,
      String target,
      String status,
      String statusTag,
      String commentary) {}

  /** One action's line. */
  public record ActionLine(
      String code, String title, String status, String progress, String commentary) {}

  /**
   * The unit's return.
   *
   * @param missing what is still to do, in words, e.g. "HC-PI-01 Rent arrears: no figure entered"
   */
  public record Return(
      ReportingPeriod period,
      BusinessUnit unit,
      SubmissionState state,
      String returnReason,
      List<IndicatorLine> indicators,
      List<ActionLine> actions,
      List<String> missing) {}

  private final Lookup lookup;
  private final IndicatorService indicators;
  private final ActionService actions;
  private final ExceptionReport exceptions;
  private final WorkflowService workflow;

  @Inject
  public UnitReturn(
      Lookup lookup,
      IndicatorService indicators,
      ActionService actions,
      ExceptionReport exceptions,
      WorkflowService workflow) {
    this.lookup = lookup;
    this.indicators = indicators;
    this.actions = actions;
    this.exceptions = exceptions;
    this.workflow = workflow;
  }

  /** For CDI's client proxy only. */
  protected UnitReturn() {
    this(null, null, null, null, null);
  }

  public Return of(PeriodCode periodCode, Code unitCode) {
    ReportingPeriod period = lookup.period(periodCode);
    Scope scope = lookup.scope(null, unitCode);
    Submission submission = workflow.submission(periodCode, unitCode);
    List<String> missing = new ArrayList<>();
    List<IndicatorLine> indicatorLines = new ArrayList<>();
    for (IndicatorStatus status : indicators.statuses(period, scope)) {
      Measurement m = status.measurement();
      boolean entered = m != null && (m.value() != null || m.missingReason() != null);
      String name = status.indicator().code() + " " + status.indicator().name();
      if (!entered) {
        missing.add(name + ": no figure entered");
      }
      indicatorLines.add(
          new IndicatorLine(
              status.indicator().code(),
              status.indicator().name(),
              !entered
                  ? "Not entered"
                  : m.value() == null ? "No figure: " + m.missingReason() : Words.number(m.value()),
              status.target() == null ? "No target" : Words.number(status.target()),
              Words.status(status.status()),
              Words.tagClasses(status.status()),
              m == null ? null : m.commentary()));
    }
    List<ActionLine> actionLines = new ArrayList<>();
    for (ActionPosition position : actions.positions(period, scope)) {
      if (position.update() == null) {
        missing.add(position.action().code() + " " + position.action().title() + ": not updated");
      }
      actionLines.add(
          new ActionLine(
              position.action().code(),
              position.action().title(),
              Words.of(position.status()),
              position.update() == null || position.update().progress() == null
                  ? ""
                  : position.update().progress() + "%",
              position.update() == null ? null : position.update().commentary()));
    }
    for (OffTrackItem item : exceptions.items(periodCode, scope)) {
      if (item.lacksCommentary()) {
        missing.add(item.code() + " " + item.name() + ": red without commentary");
      }
      if (item.lacksPlan()) {
        missing.add(item.code() + " " + item.name() + ": red without an intervention plan");
      }
    }
    return new Return(
        period,
        scope.businessUnit(),
        submission.state(),
        submission.returnReason(),
        indicatorLines,
        actionLines,
        missing);
  }
}
