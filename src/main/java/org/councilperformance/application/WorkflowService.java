package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.workflow.Submission;

/**
 * The quarter workflow (docs/access-and-workflow.md#quarter-workflow): units submit, their
 * directors approve or return, an admin locks the period, publishes it, and may reopen it with a
 * written reason.
 */
@ApplicationScoped
public class WorkflowService {
  private final EntityManager em;
  private final Lookup lookup;
  private final AccessPolicy access;
  private final IndicatorService indicators;
  private final TrendService trends;
  private final ActionService actions;
  private final PeriodSnapshots snapshots;

  @Inject
  public WorkflowService(
      EntityManager em,
      Lookup lookup,
      AccessPolicy access,
      IndicatorService indicators,
      TrendService trends,
      ActionService actions,
      PeriodSnapshots snapshots) {
    this.em = em;
    this.lookup = lookup;
    this.access = access;
    this.indicators = indicators;
    this.trends = trends;
    this.actions = actions;
    this.snapshots = snapshots;
  }

  /** For CDI's client proxy only. */
  protected WorkflowService() {
    this(null, null, null, null, null, null, null);
  }

  /** Every business unit with its submission for the period (NOT_SUBMITTED when none). */
  public List<Submission> submissions(PeriodCode periodCode) {
    ReportingPeriod period = lookup.period(periodCode);
    Map<Long, Submission> made =
        em.createQuery("select s from Submission s where s.period = :p", Submission.class)
            .setParameter("p", period)
            .getResultStream()
            .collect(Collectors.toMap(s -> s.businessUnit().id(), Function.identity()));
    return em.createQuery("select b from BusinessUnit b order by b.code", BusinessUnit.class)
        .getResultStream()
        .map(b -> made.getOrDefault(b.id(), new Submission(period, b)))
        .toList();
  }

  /** The unit's submission for the period (NOT_SUBMITTED when none was made), unsaved if new. */
  public Submission submission(PeriodCode periodCode, Code unitCode) {
    ReportingPeriod period = lookup.period(periodCode);
    BusinessUnit unit = lookup.businessUnit(unitCode);
    return find(period, unit).orElseGet(() -> new Submission(period, unit));
  }

  public void submit(PeriodCode periodCode, Code unitCode) {
    Submission submission = submissionFor(periodCode, unitCode, Role.EDITOR);
    submission.submit();
    if (!em.contains(submission)) {
      em.persist(submission);
    }
  }

  public void approve(PeriodCode periodCode, Code unitCode) {
    submissionFor(periodCode, unitCode, Role.APPROVER).approve();
  }

  public void returnForCorrection(PeriodCode periodCode, Code unitCode, String reason) {
    submissionFor(periodCode, unitCode, Role.APPROVER).returnForCorrection(reason);
  }

  /**
   * Locks the period and, in the same transaction, keeps what its statuses are computed from as
   * they stand (docs/rules.md#a-locked-period-keeps-its-statuses). Until that snapshot is stored
   * the period is judged live, so the statuses kept are the ones shown just before locking.
   */
  public ReportingPeriod lock(PeriodCode periodCode) {
    ReportingPeriod period = lookup.period(periodCode);
    period.lock();
    List<IndicatorStatus> statuses = indicators.statuses(period, Scope.WHOLE_COUNCIL);
    snapshots.take(
        period,
        statuses,
        trends.trends(periodCode, statuses),
        actions.positions(period, Scope.WHOLE_COUNCIL));
    return period;
  }

  public ReportingPeriod publish(PeriodCode periodCode) {
    ReportingPeriod period = lookup.period(periodCode);
    period.publish();
    return period;
  }

  public ReportingPeriod reopen(PeriodCode periodCode, String reason) {
    ReportingPeriod period = lookup.period(periodCode);
    period.reopen(reason);
    snapshots.drop(period); // judged live again until locked again
    return period;
  }

  private Submission submissionFor(PeriodCode periodCode, Code unitCode, Role actingRole) {
    ReportingPeriod period = lookup.period(periodCode);
    BusinessUnit unit = lookup.businessUnit(unitCode);
    access.requireActsFor(unit, actingRole);
    return find(period, unit).orElseGet(() -> new Submission(period, unit));
  }

  private java.util.Optional<Submission> find(ReportingPeriod period, BusinessUnit unit) {
    return em.createQuery(
            "select s from Submission s where s.period = :p and s.businessUnit = :b",
            Submission.class)
        .setParameter("p", period)
        .setParameter("b", unit)
        .getResultStream()
        .findFirst();
  }
}
