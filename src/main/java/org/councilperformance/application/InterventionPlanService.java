package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.intervention.InterventionPlan;

/**
 * Intervention plans. An editor may write the plan of their own units' indicators and actions; an
 * admin any plan.
 */
@ApplicationScoped
public class InterventionPlanService {
  private final EntityManager em;
  private final Lookup lookup;
  private final AccessPolicy access;

  @Inject
  public InterventionPlanService(EntityManager em, Lookup lookup, AccessPolicy access) {
    this.em = em;
    this.lookup = lookup;
    this.access = access;
  }

  /** For CDI's client proxy only. */
  protected InterventionPlanService() {
    this(null, null, null);
  }

  public InterventionPlan plan(Code code) {
    return lookup.interventionPlan(code);
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

  public InterventionPlan create(Code code, InterventionPlanSpec spec) {
    lookup.requireUnusedCode(InterventionPlan.class, code, "intervention plan");
    InterventionPlan plan = new InterventionPlan(code.value());
    apply(plan, spec);
    em.persist(plan);
    return plan;
  }

  public InterventionPlan revise(Code code, InterventionPlanSpec spec) {
    InterventionPlan plan = plan(code);
    requireCanWrite(plan.indicators(), plan.actions());
    apply(plan, spec);
    return plan;
  }

  public InterventionPlan close(Code code, LocalDate on, String note) {
    InterventionPlan plan = plan(code);
    requireCanWrite(plan.indicators(), plan.actions());
    plan.close(on, note);
    return plan;
  }

  private void apply(InterventionPlan plan, InterventionPlanSpec spec) {
    List<Indicator> indicators = spec.indicators().stream().map(c -> lookup.indicator(c)).toList();
    List<Action> actions = spec.actions().stream().map(c -> lookup.action(c)).toList();
    requireCanWrite(indicators, actions);
    plan.address(spec.title(), spec.reason(), indicators, actions);
    plan.plan(
        spec.steps(),
        spec.expectedRecovery() == null ? null : lookup.period(spec.expectedRecovery()),
        spec.forecast(),
        spec.focusedMonitoring());
  }

  private void requireCanWrite(Collection<Indicator> indicators, Collection<Action> actions) {
    indicators.forEach(
        i -> access.requireCanEnterFigures(i.businessUnit(), "indicator " + i.code()));
    actions.forEach(a -> access.requireCanEnterFigures(a.businessUnit(), "action " + a.code()));
  }
}
