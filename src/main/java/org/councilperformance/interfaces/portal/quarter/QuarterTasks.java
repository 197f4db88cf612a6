package org.councilperformance.interfaces.portal.quarter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.ExceptionReport;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.OrganisationService;
import org.councilperformance.application.PeriodService;
import org.councilperformance.application.Scope;
import org.councilperformance.application.WorkflowService;
import org.councilperformance.application.reminder.EntryDeadlines;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.workflow.Submission;
import org.councilperformance.domain.workflow.SubmissionState;
import org.councilperformance.interfaces.portal.Govuk.TaskItem;
import org.councilperformance.interfaces.portal.Words;

/**
 * What "Your quarter" lists: per business unit, the indicators and actions due in the period with
 * where each stands, the red items still needing commentary or an intervention plan, and the unit's
 * submission. Read once for the whole council and grouped by unit, so the page costs the same few
 * queries however many units a person has.
 */
@ApplicationScoped
public class QuarterTasks {
  /**
   * The period a page shows, and the other periods to choose from.
   *
   * @param deadline while the period is open, the last day its figures are due
   *     (docs/rules.md#deadlines-and-reminders); null once it is not
   * @param deadlinePassed whether that day is behind us
   */
  public record Quarter(
      ReportingPeriod period,
      List<ReportingPeriod> periods,
      LocalDate deadline,
      boolean deadlinePassed) {
    public boolean open() {
      return period.state() == PeriodState.OPEN;
    }
  }

  /**
   * One business unit's quarter.
   *
   * @param submitHref where the unit's quarter is submitted; null when it cannot be now
   */
  public record UnitQuarter(
      BusinessUnit unit,
      SubmissionState submission,
      String returnReason,
      List<TaskItem> indicators,
      List<TaskItem> actions,
      List<TaskItem> attention,
      String submitHref) {}

  private final PeriodService periods;
  private final OrganisationService organisation;
  private final IndicatorService indicators;
  private final ActionService actions;
  private final ExceptionReport exceptions;
  private final WorkflowService workflow;
  private final EntryDeadlines deadlines;
  private final Clock clock;

  @Inject
  public QuarterTasks(
      PeriodService periods,
      OrganisationService organisation,
      IndicatorService indicators,
      ActionService actions,
      ExceptionReport exceptions,
      WorkflowService workflow,
      EntryDeadlines deadlines,
      Clock clock) {
    this.periods = periods;
    this.organisation = organisation;
    this.indicators = indicators;
    this.actions = actions;
    this.exceptions = exceptions;
    this.workflow = workflow;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected QuarterTasks() {
    this(null, null, null, null, null, null, null, null);
  }

  /**
   * The period asked for, or else the one being reported now: the latest open period that has
   * begun, else the latest open one, else the latest of all. Null when there are no periods.
   */
  public Quarter quarterFor(PeriodCode asked) {
    List<ReportingPeriod> all = periods.periods();
    if (all.isEmpty()) {
      return null;
    }
    LocalDate today = LocalDate.now(clock);
    if (asked != null) {
      return quarter(periods.period(asked), all, today);
    }
    Comparator<ReportingPeriod> byStart = Comparator.comparing(ReportingPeriod::startDate);
    ReportingPeriod current =
        all.stream()
            .filter(p -> p.state() == PeriodState.OPEN && !p.startDate().isAfter(today))
            .max(byStart)
            .or(() -> all.stream().filter(p -> p.state() == PeriodState.OPEN).max(byStart))
            .orElse(all.get(all.size() - 1));
    return quarter(current, all, today);
  }

  private Quarter quarter(ReportingPeriod period, List<ReportingPeriod> all, LocalDate today) {
    if (period.state() != PeriodState.OPEN) {
      return new Quarter(period, all, null, false);
    }
    LocalDate deadline = deadlines.dates(period).deadline();
    return new Quarter(period, all, deadline, today.isAfter(deadline));
  }

  /** The person's units (every unit for an admin), each with its tasks for the period. */
  public List<UnitQuarter> unitsOf(UserAccount person, Quarter quarter, String base) {
    ReportingPeriod period = quarter.period();
    List<BusinessUnit> units =
        person.role() == Role.ADMIN
            ? organisation.businessUnits()
            : person.businessUnits().stream()
                .sorted(Comparator.comparing(BusinessUnit::code))
                .toList();
    Map<String, List<IndicatorStatus>> statuses =
        indicators.statuses(period, Scope.WHOLE_COUNCIL).stream()
            .filter(s -> s.indicator().businessUnit() != null)
            .collect(Collectors.groupingBy(s -> s.indicator().businessUnit().code()));
    Map<String, List<ActionPosition>> positions =
        actions.positions(period, Scope.WHOLE_COUNCIL).stream()
            .filter(p -> p.action().businessUnit() != null)
            .collect(Collectors.groupingBy(p -> p.action().businessUnit().code()));
    Map<String, List<OffTrackItem>> offTrack =
        exceptions.items(period.periodCode(), Scope.WHOLE_COUNCIL).stream()
            .filter(i -> i.businessUnit() != null)
            .collect(Collectors.groupingBy(OffTrackItem::businessUnit));
    Map<String, Submission> submissions =
        workflow.submissions(period.periodCode()).stream()
            .collect(Collectors.toMap(s -> s.businessUnit().code(), Function.identity()));
    String quarterBase = base + "/quarters/" + period.code();
    List<UnitQuarter> result = new ArrayList<>();
    for (BusinessUnit unit : units) {
      Submission submission = submissions.get(unit.code());
      SubmissionState state =
          submission == null ? SubmissionState.NOT_SUBMITTED : submission.state();
      boolean canSubmit =
          quarter.open()
              && (person.role() == Role.EDITOR || person.role() == Role.ADMIN)
              && state != SubmissionState.SUBMITTED
              && state != SubmissionState.APPROVED;
      result.add(
          new UnitQuarter(
              unit,
              state,
              submission == null ? null : submission.returnReason(),
              statuses.getOrDefault(unit.code(), List.of()).stream()
                  .map(s -> indicatorTask(s, quarterBase))
                  .toList(),
              positions.getOrDefault(unit.code(), List.of()).stream()
                  .map(p -> actionTask(p, quarterBase))
                  .toList(),
              offTrack.getOrDefault(unit.code(), List.of()).stream()
                  .flatMap(i -> attentionTasks(i, quarterBase).stream())
                  .toList(),
              canSubmit ? quarterBase + "/units/" + unit.code() + "/submit" : null));
    }
    return result;
  }

  private TaskItem indicatorTask(IndicatorStatus status, String quarterBase) {
    Measurement m = status.measurement();
    String href = quarterBase + "/indicators/" + status.indicator().code();
    String title = status.indicator().code() + " " + status.indicator().name();
    if (m == null || (m.value() == null && m.missingReason() == null)) {
      return TaskItem.of(
          title,
          href,
          status.target() == null ? null : "Target " + Words.number(status.target()),
          "Not started",
          "govuk-tag--blue");
    }
    String hint =
        (m.value() == null
                ? "No figure: " + m.missingReason()
                : "Actual " + Words.number(m.value()))
            + (status.target() == null ? "" : ", target " + Words.number(status.target()))
            + ". "
            + Words.status(status.status());
    if (needsCommentary(status)) {
      return TaskItem.of(title, href, hint, "Commentary needed", "govuk-tag--yellow");
    }
    return TaskItem.of(title, href, hint, "Entered", null);
  }

  /**
   * The rule that refuses a figure entered without commentary (docs/rules.md#commentary), applied
   * to what is stored: a figure loaded from a council's own report may still lack it.
   */
  private boolean needsCommentary(IndicatorStatus status) {
    return indicators.commentaryRule().lacks(status.computed(), status.measurement().commentary());
  }

  private static TaskItem actionTask(ActionPosition position, String quarterBase) {
    String href = quarterBase + "/actions/" + position.action().code();
    String title = position.action().code() + " " + position.action().title();
    String hint = Words.of(position.status());
    return position.update() == null
        ? TaskItem.of(title, href, hint, "Not updated", "govuk-tag--blue")
        : TaskItem.of(title, href, hint, "Updated", null);
  }

  private static List<TaskItem> attentionTasks(OffTrackItem item, String quarterBase) {
    String kind = item.kind() == OffTrackItem.Kind.INDICATOR ? "indicators" : "actions";
    String title = item.code() + " " + item.name();
    List<TaskItem> tasks = new ArrayList<>();
    if (item.lacksCommentary()) {
      tasks.add(
          TaskItem.of(
              title,
              quarterBase + "/" + kind + "/" + item.code(),
              "Red: say why and what is being done",
              "Commentary needed",
              "govuk-tag--yellow"));
    }
    if (item.lacksPlan()) {
      tasks.add(
          TaskItem.of(
              title,
              quarterBase + "/" + kind + "/" + item.code() + "/intervention-plan",
              "Red: an intervention plan is needed",
              "Plan needed",
              "govuk-tag--red"));
    }
    return tasks;
  }
}
