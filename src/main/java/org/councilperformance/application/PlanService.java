package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.plan.CorporatePlan;
import org.councilperformance.domain.plan.PlanId;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.plan.PriorityType;

/** Corporate plans and the priorities, programmes and themes under them. */
@ApplicationScoped
public class PlanService {
  private final EntityManager em;
  private final Lookup lookup;

  @Inject
  public PlanService(EntityManager em, Lookup lookup) {
    this.em = em;
    this.lookup = lookup;
  }

  /** For CDI's client proxy only. */
  protected PlanService() {
    this(null, null);
  }

  public List<CorporatePlan> plans() {
    return em.createQuery(
            "select p from CorporatePlan p order by p.startYear, p.name", CorporatePlan.class)
        .getResultList();
  }

  public CorporatePlan plan(PlanId id) {
    return lookup.plan(id);
  }

  public CorporatePlan createPlan(String name, int startYear, int endYear, String description) {
    requireUniquePlanName(name, null);
    CorporatePlan plan = new CorporatePlan(name, startYear, endYear, description);
    em.persist(plan);
    return plan;
  }

  public CorporatePlan revisePlan(
      PlanId id, String name, int startYear, int endYear, String description) {
    CorporatePlan plan = lookup.plan(id);
    requireUniquePlanName(name, id.value());
    plan.revise(name, startYear, endYear, description);
    return plan;
  }

  /** The priorities of one plan, or of all plans when planId is null, parents before children. */
  public List<Priority> priorities(PlanId planId) {
    if (planId != null) {
      lookup.plan(planId);
    }
    return em.createQuery(
            "select p from Priority p join fetch p.plan left join fetch p.parent"
                + " where (:plan is null or p.plan.id = :plan) order by p.plan.id, p.id",
            Priority.class)
        .setParameter("plan", planId == null ? null : planId.value())
        .getResultList();
  }

  public Priority priority(Code code) {
    return lookup.priority(code);
  }

  public Priority createPriority(
      Code code,
      PlanId planId,
      String name,
      PriorityType type,
      Code parentCode,
      String description) {
    lookup.requireUnusedCode(Priority.class, code, "priority");
    Priority priority = new Priority(code.value(), lookup.plan(planId));
    priority.describe(name, type, description);
    priority.moveUnder(parentCode == null ? null : lookup.priority(parentCode));
    em.persist(priority);
    return priority;
  }

  public Priority revisePriority(
      Code code, String name, PriorityType type, Code parentCode, String description) {
    Priority priority = lookup.priority(code);
    priority.describe(name, type, description);
    priority.moveUnder(parentCode == null ? null : lookup.priority(parentCode));
    return priority;
  }

  private void requireUniquePlanName(String name, Long exceptId) {
    List<Long> clashes =
        em.createQuery("select p.id from CorporatePlan p where p.name = :name", Long.class)
            .setParameter("name", name.trim())
            .getResultList();
    if (clashes.stream().anyMatch(id -> !id.equals(exceptId))) {
      throw new ConflictException("name", "a corporate plan named '" + name + "' already exists");
    }
  }
}
