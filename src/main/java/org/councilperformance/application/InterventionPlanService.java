package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.intervention.InterventionPlan;

/**
 * Intervention plans. An editor may write the plan of their own units' indicators and actions; an
 * admin any plan.
 */
@ApplicationScoped
@Transactional
public class InterventionPlanService {
  @PersistenceContext private EntityManager em;
  @Inject private Lookup lookup;
  @Inject private AccessPolicy access;

  public InterventionPlan plan(String code) {
    return lookup.interventionPlan(code, "code");
  }

  /**
   * Every plan in code order, with what it covers, its steps and its expected recovery period:
   * three queries in all, however many plans there are.
   */
  public List<InterventionPlan> plans() {
    List<InterventionPlan> plans =
        em.createQuery(
                "select distinct p from InterventionPlan p left join fetch p.expectedRecovery"
                    + " left join fetch p.indicators order by p.code",
                InterventionPlan.class)
            .getResultList();
    if (!plans.isEmpty()) {
      for (String collection : List.of("actions", "steps")) {
        em.createQuery(
                "select distinct p from InterventionPlan p left join fetch p."
                    + collection
                    + " where p in :ps",
                InterventionPlan.class)
            .setParameter("ps", plans)
            .getResultList();
      }
    }
    return plans;
  }

  public InterventionPlan create(String code, InterventionPlanSpec spec) {
    lookup.requireUnusedCode(InterventionPlan.class, code, "intervention plan");
    InterventionPlan plan = new InterventionPlan(code);
    apply(plan, spec);
    em.persist(plan);
    return plan;
  }

  public InterventionPlan revise(String code, InterventionPlanSpec spec) {
    InterventionPlan plan = plan(code);
    requireCanWrite(plan.indicators(), plan.actions());
    apply(plan, spec);
    return plan;
  }

  public InterventionPlan close(String code, LocalDate on, String note) {
    InterventionPlan plan = plan(code);
    requireCanWrite(plan.indicators(), plan.actions());
    plan.close(on, note);
    return plan;
  }

  private void apply(InterventionPlan plan, InterventionPlanSpec spec) {
    List<Indicator> indicators =
        spec.indicators().stream().map(c -> lookup.indicator(c, "indicators")).toList();
    List<Action> actions = spec.actions().stream().map(c -> lookup.action(c, "actions")).toList();
    requireCanWrite(indicators, actions);
    plan.address(spec.title(), spec.reason(), indicators, actions);
    plan.plan(
        spec.steps(),
        spec.expectedRecovery() == null
            ? null
            : lookup.period(spec.expectedRecovery(), "expectedRecovery"),
        spec.forecast(),
        spec.focusedMonitoring());
  }

  private void requireCanWrite(Collection<Indicator> indicators, Collection<Action> actions) {
    indicators.forEach(
        i -> access.requireCanEnterFigures(i.businessUnit(), "indicator " + i.code()));
    actions.forEach(a -> access.requireCanEnterFigures(a.businessUnit(), "action " + a.code()));
  }
}
