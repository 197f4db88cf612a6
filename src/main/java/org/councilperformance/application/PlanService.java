package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.plan.CorporatePlan;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.plan.PriorityType;

/** Corporate plans and the priorities, programmes and themes under them. */
@ApplicationScoped
@Transactional
public class PlanService {
  @PersistenceContext private EntityManager em;
  @Inject private Lookup lookup;

  public List<CorporatePlan> plans() {
    return em.createQuery(
            "select p from CorporatePlan p order by p.startYear, p.name", CorporatePlan.class)
        .getResultList();
  }

  public CorporatePlan plan(long id) {
    return lookup.plan(id, "id");
  }

  public CorporatePlan createPlan(String name, int startYear, int endYear, String description) {
    requireUniquePlanName(name, null);
    CorporatePlan plan = new CorporatePlan(name, startYear, endYear, description);
    em.persist(plan);
    return plan;
  }

  public CorporatePlan revisePlan(
      long id, String name, int startYear, int endYear, String description) {
    CorporatePlan plan = lookup.plan(id, "id");
    requireUniquePlanName(name, id);
    plan.revise(name, startYear, endYear, description);
    return plan;
  }

  /** The priorities of one plan, or of all plans when planId is null, parents before children. */
  public List<Priority> priorities(Long planId) {
    if (planId != null) {
      lookup.plan(planId, "plan");
    }
    return em.createQuery(
            "select p from Priority p join fetch p.plan left join fetch p.parent"
                + " where (:plan is null or p.plan.id = :plan) order by p.plan.id, p.id",
            Priority.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  public Priority priority(String code) {
    return lookup.priority(code, "code");
  }

  public Priority createPriority(
      String code,
      long planId,
      String name,
      PriorityType type,
      String parentCode,
      String description) {
    lookup.requireUnusedCode(Priority.class, code, "priority");
    Priority priority = new Priority(code, lookup.plan(planId, "planId"));
    priority.describe(name, type, description);
    priority.moveUnder(parentCode == null ? null : lookup.priority(parentCode, "parent"));
    em.persist(priority);
    return priority;
  }

  public Priority revisePriority(
      String code, String name, PriorityType type, String parentCode, String description) {
    Priority priority = lookup.priority(code, "code");
    priority.describe(name, type, description);
    priority.moveUnder(parentCode == null ? null : lookup.priority(parentCode, "parent"));
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
