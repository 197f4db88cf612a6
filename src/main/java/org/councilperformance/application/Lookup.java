package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.committee.Committee;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.intervention.InterventionPlan;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.organisation.Directorate;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.CorporatePlan;
import org.councilperformance.domain.plan.PlanId;
import org.councilperformance.domain.plan.Priority;

/**
 * Finds stored things by the codes people use for them. "Not found" names the part of the request
 * the code was read from ({@link Code#source()}).
 */
@ApplicationScoped
public class Lookup {
  private final EntityManager em;

  @Inject
  public Lookup(EntityManager em) {
    this.em = em;
  }

  /** For CDI's client proxy only. */
  protected Lookup() {
    this(null);
  }

  public CorporatePlan plan(PlanId id) {
    CorporatePlan plan = em.find(CorporatePlan.class, id.value());
    if (plan == null) {
      throw new NotFoundException(id.source(), "no corporate plan with id " + id.value());
    }
    return plan;
  }

  public Priority priority(Code code) {
    return byCode(Priority.class, code, "priority");
  }

  /** The scope of a list, summary or pack, looked up once for all that read it. */
  public Scope scope(Code priorityCode, Code businessUnitCode) {
    Priority root = priorityCode == null ? null : priority(priorityCode);
    return new Scope(
        priorityCode,
        root,
        root == null ? null : priorityAndDescendants(root),
        businessUnitCode,
        businessUnitCode == null ? null : businessUnit(businessUnitCode));
  }

  /**
   * The scope of one priority among priorities already read (with their parents), so that a page
   * showing every priority's figures works out each one's scope without a query of its own.
   *
   * @param all the priorities, including every one under {@code root}
   */
  public static Scope scopeOf(Priority root, List<Priority> all) {
    return new Scope(
        Code.of(root.code(), "priority"), root, priorityAndDescendants(root, all), null, null);
  }

  /** The ids of a priority and every priority under it, at any depth. */
  private Set<Long> priorityAndDescendants(Priority root) {
    return priorityAndDescendants(
        root,
        em.createQuery("select p from Priority p where p.plan = :plan", Priority.class)
            .setParameter("plan", root.plan())
            .getResultList());
  }

  private static Set<Long> priorityAndDescendants(Priority root, List<Priority> all) {
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

  public Committee committee(Code code) {
    return byCode(Committee.class, code, "committee");
  }

  public Directorate directorate(Code code) {
    return byCode(Directorate.class, code, "directorate");
  }

  public BusinessUnit businessUnit(Code code) {
    return byCode(BusinessUnit.class, code, "business unit");
  }

  public Action action(Code code) {
    return byCode(Action.class, code, "action");
  }

  public InterventionPlan interventionPlan(Code code) {
    return byCode(InterventionPlan.class, code, "intervention plan");
  }

  public Indicator indicator(Code code) {
    return byCode(Indicator.class, code, "indicator");
  }

  /** The period (404 if not set up). */
  public ReportingPeriod period(PeriodCode code) {
    ReportingPeriod period = em.find(ReportingPeriod.class, code.toString());
    if (period == null) {
      throw new NotFoundException(code.source(), "period " + code + " has not been set up");
    }
    return period;
  }

  /** The period when one is given (404 if not set up), else null. */
  public ReportingPeriod periodIfGiven(PeriodCode code) {
    return code == null ? null : period(code);
  }

  /** Refuses a new code that a thing of the same kind already has. */
  public void requireUnusedCode(Class<?> type, Code code, String noun) {
    boolean taken =
        !em.createQuery("select e.id from " + type.getSimpleName() + " e where e.code = :code")
            .setParameter("code", code.value().trim())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      String article = "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
      throw new ConflictException(
          code.source(), article + noun + " with code '" + code + "' already exists");
    }
  }

  private <T> T byCode(Class<T> type, Code code, String noun) {
    return em.createQuery("select e from " + type.getSimpleName() + " e where e.code = :code", type)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> new NotFoundException(code.source(), "no " + noun + " with code '" + code + "'"));
  }
}
