package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.intervention.InterventionPlan;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.organisation.Directorate;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.CorporatePlan;
import org.councilperformance.domain.plan.Priority;

/**
 * Finds stored things by the codes people use for them, answering "not found" in the words of the
 * request field that named them.
 */
@ApplicationScoped
public class Lookup {
  @PersistenceContext private EntityManager em;

  public CorporatePlan plan(long id, String field) {
    CorporatePlan plan = em.find(CorporatePlan.class, id);
    if (plan == null) {
      throw new NotFoundException(field, "no corporate plan with id " + id);
    }
    return plan;
  }

  public Priority priority(String code, String field) {
    return byCode(Priority.class, code, field, "priority");
  }

  public ReportingScope.Resolved resolve(ReportingScope scope) {
    return new ReportingScope.Resolved(
        scope.priority() == null ? null : priorityAndDescendants(scope.priority(), "priority"),
        scope.businessUnit() == null ? null : businessUnit(scope.businessUnit(), "businessUnit"));
  }

  /** The ids of a priority and every priority under it, at any depth. */
  private Set<Long> priorityAndDescendants(String code, String field) {
    Priority root = priority(code, field);
    List<Priority> all =
        em.createQuery("select p from Priority p where p.plan = :plan", Priority.class)
            .setParameter("plan", root.plan())
            .getResultList();
    Set<Long> ids = new HashSet<>(Set.of(root.id()));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Priority p : all) {
        if (p.parent() != null && ids.contains(p.parent().id())) {
          grew |= ids.add(p.id());
        }
      }
    }
    return ids;
  }

  public Directorate directorate(String code, String field) {
    return byCode(Directorate.class, code, field, "directorate");
  }

  public BusinessUnit businessUnit(String code, String field) {
    return byCode(BusinessUnit.class, code, field, "business unit");
  }

  public Action action(String code, String field) {
    return byCode(Action.class, code, field, "action");
  }

  public InterventionPlan interventionPlan(String code, String field) {
    return byCode(InterventionPlan.class, code, field, "intervention plan");
  }

  public Indicator indicator(String code, String field) {
    return byCode(Indicator.class, code, field, "indicator");
  }

  /** Reads a period code (400 if malformed) and finds the period (404 if not set up). */
  public ReportingPeriod period(String code, String field) {
    PeriodCode parsed = PeriodCode.parse(code, field);
    ReportingPeriod period = em.find(ReportingPeriod.class, parsed.toString());
    if (period == null) {
      throw new NotFoundException(field, "period " + parsed + " has not been set up");
    }
    return period;
  }

  /** Refuses a new code that a thing of the same kind already has. */
  public void requireUnusedCode(Class<?> type, String code, String noun) {
    boolean taken =
        !em.createQuery("select e.id from " + type.getSimpleName() + " e where e.code = :code")
            .setParameter("code", code.trim())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      String article = "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
      throw new ConflictException(
          "code", article + noun + " with code '" + code + "' already exists");
    }
  }

  private <T> T byCode(Class<T> type, String code, String field, String noun) {
    return em.createQuery("select e from " + type.getSimpleName() + " e where e.code = :code", type)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException(field, "no " + noun + " with code '" + code + "'"));
  }
}
