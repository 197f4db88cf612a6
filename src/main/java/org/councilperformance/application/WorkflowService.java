package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.workflow.Submission;

/**
 * The quarter workflow (docs/access-and-workflow.md#quarter-workflow): units submit, their
 * directors approve or return, an admin locks the period, publishes it, and may reopen it with a
 * written reason.
 */
@ApplicationScoped
@Transactional
public class WorkflowService {
  @PersistenceContext private EntityManager em;
  @Inject private Lookup lookup;
  @Inject private AccessPolicy access;

  /** Every business unit with its submission for the period (NOT_SUBMITTED when none). */
  public List<Submission> submissions(String periodCode) {
    ReportingPeriod period = lookup.period(periodCode, "code");
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

  public void submit(String periodCode, String unitCode) {
    Submission submission = submissionFor(periodCode, unitCode, Role.EDITOR);
    submission.submit();
    if (!em.contains(submission)) {
      em.persist(submission);
    }
  }

  public void approve(String periodCode, String unitCode) {
    submissionFor(periodCode, unitCode, Role.APPROVER).approve();
  }

  public void returnForCorrection(String periodCode, String unitCode, String reason) {
    submissionFor(periodCode, unitCode, Role.APPROVER).returnForCorrection(reason);
  }

  public ReportingPeriod lock(String periodCode) {
    ReportingPeriod period = lookup.period(periodCode, "code");
    period.lock();
    return period;
  }

  public ReportingPeriod publish(String periodCode) {
    ReportingPeriod period = lookup.period(periodCode, "code");
    period.publish();
    return period;
  }

  public ReportingPeriod reopen(String periodCode, String reason) {
    ReportingPeriod period = lookup.period(periodCode, "code");
    period.reopen(reason);
    return period;
  }

  private Submission submissionFor(String periodCode, String unitCode, Role actingRole) {
    ReportingPeriod period = lookup.period(periodCode, "code");
    BusinessUnit unit = lookup.businessUnit(unitCode, "businessUnit");
    access.requireActsFor(unit, actingRole);
    return em.createQuery(
            "select s from Submission s where s.period = :p and s.businessUnit = :b",
            Submission.class)
        .setParameter("p", period)
        .setParameter("b", unit)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> new Submission(period, unit));
  }
}
