package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.action.ActionAsLocked;
import org.councilperformance.domain.action.ActionBasis;
import org.councilperformance.domain.action.ActionClosure;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.action.ActionStatusRule;
import org.councilperformance.domain.action.ActionUpdate;
import org.councilperformance.domain.action.ReportedActionStatus;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.summary.ActionSummary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Delivery-plan actions, their updates per period, and their statuses. */
@ApplicationScoped
public class ActionService {
  private final EntityManager em;
  private final Lookup lookup;
  private final Clock clock;
  private final AccessPolicy access;
  private final PeriodSnapshots snapshots;

  /** Days before the due date at which an action starts to warn (docs/rules.md#action-status). */
  private final int warningDays;

  @Inject
  public ActionService(
      EntityManager em,
      Lookup lookup,
      Clock clock,
      AccessPolicy access,
      PeriodSnapshots snapshots,
      @ConfigProperty(name = "actions.warning.days", defaultValue = "30") int warningDays) {
    this.em = em;
    this.lookup = lookup;
    this.clock = clock;
    this.access = access;
    this.snapshots = snapshots;
    this.warningDays = warningDays;
  }

  /** For CDI's client proxy only. */
  protected ActionService() {
    this(null, null, null, null, null, 0);
  }

  public ActionStatusRule rule() {
    return new ActionStatusRule(warningDays);
  }

  public Action action(Code code) {
    return lookup.action(code);
  }

  public Action create(Code code, ActionSpec spec) {
    lookup.requireUnusedCode(Action.class, code, "action");
    Action action = new Action(code.value(), spec.title());
    apply(action, spec);
    em.persist(action);
    return action;
  }

  public Action revise(Code code, ActionSpec spec) {
    Action action = lookup.action(code);
    apply(action, spec);
    return action;
  }

  private void apply(Action action, ActionSpec spec) {
    action.describe(spec.title(), spec.description());
    action.assignTo(
        spec.priority() == null ? null : lookup.priority(spec.priority()),
        spec.businessUnit() == null ? null : lookup.businessUnit(spec.businessUnit()),
        spec.owner());
    action.schedule(spec.startDate(), spec.dueDate(), spec.revisedDueDate());
    action.reportIn(
        lookup.periodIfGiven(spec.reportedFrom()), lookup.periodIfGiven(spec.reportedTo()));
  }

  public List<ActionUpdate> updates(Code code) {
    Action action = lookup.action(code);
    return em.createQuery(
            "select u from ActionUpdate u join fetch u.period where u.action = :a"
                + " order by u.period.endDate, u.period.type desc",
            ActionUpdate.class)
        .setParameter("a", action)
        .getResultList();
  }

  /**
   * Records an action's progress, commentary and any closure for a period, with the status the
   * council printed when a report is imported.
   */
  public ActionUpdate update(
      Code code,
      PeriodCode periodCode,
      Integer progress,
      String commentary,
      ActionClosure closure,
      String closureReason,
      String reportedStatus) {
    return update(
        code, periodCode, progress, commentary, closure, closureReason, null, reportedStatus);
  }

  /**
   * The same, with a revised due date the owner agreed this period (null: the due date stays). It
   * is the action's, not the period's: it moves the date every open period is judged against, and a
   * locked period keeps the date it was locked with
   * (docs/rules.md#a-locked-period-keeps-its-statuses).
   */
  public ActionUpdate update(
      Code code,
      PeriodCode periodCode,
      Integer progress,
      String commentary,
      ActionClosure closure,
      String closureReason,
      LocalDate revisedDueDate,
      String reportedStatus) {
    ReportedActionStatus printed = ReportedActionStatus.parse(reportedStatus, "reportedStatus");
    Action action = lookup.action(code);
    access.requireCanEnterFigures(action.businessUnit(), "action " + action.code());
    ReportingPeriod period = lookup.period(periodCode);
    return update(
        action,
        period,
        findUpdate(action, period),
        progress,
        commentary,
        closure,
        closureReason,
        revisedDueDate,
        printed);
  }

  /**
   * The same, for an action, period and update already looked up (an actions sheet looks up all its
   * rows' at once, docs/api.md#actions-sheet): the same permission, period and update rules.
   *
   * @param update the period's update as stored, or null when none is recorded
   * @param printed null to keep the printed status recorded
   */
  public ActionUpdate update(
      Action action,
      ReportingPeriod period,
      ActionUpdate update,
      Integer progress,
      String commentary,
      ActionClosure closure,
      String closureReason,
      LocalDate revisedDueDate,
      ReportedActionStatus printed) {
    access.requireCanEnterFigures(action.businessUnit(), "action " + action.code());
    period.requireOpenForChanges();
    boolean isNew = update == null;
    if (isNew) {
      update = new ActionUpdate(action, period);
    }
    update.record(
        progress, commentary, closure, closureReason, Caller.current().name(), clock.instant());
    if (printed != null) {
      update.recordReportedStatus(printed); // a later update by the service keeps what was printed
    }
    if (revisedDueDate != null && !revisedDueDate.equals(action.revisedDueDate())) {
      action.reviseDueDate(revisedDueDate); // unchanged: no version bump or revision for nothing
    }
    if (isNew) {
      em.persist(update);
    }
    return update;
  }

  /**
   * Marks an update's commentary internal or public (docs/open-data.md#internal-commentary), by the
   * same permission and period rules as recording the update.
   *
   * @param internal null keeps the mark recorded
   */
  public ActionUpdate markCommentary(ActionUpdate update, Boolean internal) {
    if (internal != null && internal != update.commentaryInternal()) {
      access.requireCanEnterFigures(
          update.action().businessUnit(), "action " + update.action().code());
      update.period().requireOpenForChanges();
      update.markCommentaryInternal(internal);
    }
    return update;
  }

  public ActionPosition positionOf(Code code, PeriodCode periodCode) {
    Action action = lookup.action(code);
    ReportingPeriod period = lookup.period(periodCode);
    return positions(period, List.of(action), snapshots.actions(period), false).get(0);
  }

  /**
   * The position of every action in scope for a period, in code order. Two queries whatever the
   * number of actions: the actions, and their updates up to the period's end.
   */
  public List<ActionPosition> positions(PeriodCode periodCode, Scope scope) {
    return positions(lookup.period(periodCode), scope);
  }

  /**
   * The same, for a period already looked up. An open period lists the actions of its set (those
   * reported in it, docs/rules.md#the-set-of-a-period); a locked one those it was locked with.
   */
  public List<ActionPosition> positions(ReportingPeriod period, Scope inScope) {
    Map<Long, ActionAsLocked> asLocked = snapshots.actions(period);
    boolean live = !period.judgedAsLocked();
    TypedQuery<Action> query =
        em.createQuery(
            "select a from Action a left join fetch a.businessUnit left join fetch a.priority"
                + (live ? PeriodSet.within("a") : "")
                + " order by a.code",
            Action.class);
    List<Action> actions =
        (live ? PeriodSet.of(query, period) : query)
            .getResultList().stream()
                .filter(
                    a ->
                        inScope.covers(
                            a.businessUnit(),
                            a.priority() == null ? List.of() : List.of(a.priority())))
                .toList();
    return positions(period, actions, asLocked, true);
  }

  public ActionSummary summarise(PeriodCode periodCode, Scope scope) {
    return ActionSummary.of(positions(periodCode, scope));
  }

  /**
   * A locked period's report holds the actions it was locked with, judged by their dates and
   * progress as they stood then (docs/rules.md#a-locked-period-keeps-its-statuses).
   *
   * @param asLocked the period's snapshot, empty while it is judged live
   * @param begunOnly leave out an action not yet begun by the period's end and never updated: it is
   *     not part of that period's report
   */
  private List<ActionPosition> positions(
      ReportingPeriod period,
      List<Action> actions,
      Map<Long, ActionAsLocked> asLocked,
      boolean begunOnly) {
    // The latest update at or before the period; of two ending the same day (a year and its
    // fourth quarter) the period itself wins.
    Map<Long, ActionUpdate> latest =
        em.createQuery(
                "select u from ActionUpdate u join fetch u.period p where p.endDate <= :end",
                ActionUpdate.class)
            .setParameter("end", period.endDate())
            .getResultStream()
            .collect(
                Collectors.toMap(
                    u -> u.action().id(), Function.identity(), (a, b) -> later(a, b, period)));
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = period.endDate().isBefore(today) ? period.endDate() : today;
    ActionStatusRule rule = rule();
    return actions.stream()
        .filter(
            a ->
                !begunOnly
                    || (!period.judgedAsLocked()
                        ? latest.containsKey(a.id())
                            || a.startDate() == null
                            || !a.startDate().isAfter(period.endDate())
                        : asLocked.containsKey(a.id())))
        .map(
            a -> {
              ActionUpdate last = latest.get(a.id());
              ActionUpdate own =
                  last != null && last.period().code().equals(period.code()) ? last : null;
              ActionAsLocked kept = asLocked.get(a.id());
              ActionBasis basis = kept != null ? kept.basis() : ActionBasis.live(a, asOf, last);
              return ActionPosition.of(a, basis, own, last, rule);
            })
        .toList();
  }

  private static ActionUpdate later(ActionUpdate a, ActionUpdate b, ReportingPeriod period) {
    Comparator<ActionUpdate> order =
        Comparator.comparing((ActionUpdate u) -> u.period().endDate())
            .thenComparing(u -> u.period().code().equals(period.code()));
    return order.compare(a, b) >= 0 ? a : b;
  }

  /** The action's update for a period, or null when none is recorded. */
  public ActionUpdate updateOf(Code code, PeriodCode periodCode) {
    return findUpdate(lookup.action(code), lookup.period(periodCode));
  }

  private ActionUpdate findUpdate(Action action, ReportingPeriod period) {
    return em.createQuery(
            "select u from ActionUpdate u where u.action = :a and u.period = :p",
            ActionUpdate.class)
        .setParameter("a", action)
        .setParameter("p", period)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
