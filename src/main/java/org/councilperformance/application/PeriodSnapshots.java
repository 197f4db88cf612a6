package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.domain.action.ActionAsLocked;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.indicator.IndicatorAsLocked;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.trend.IndicatorTrend;

/**
 * What a locked or published period's statuses are computed from, kept as it stood at locking
 * (docs/rules.md#a-locked-period-keeps-its-statuses). An open period has none and is judged live;
 * so is a period locked before the snapshot existed (migration V13) until it is reopened and locked
 * again. A period locked while its set of indicators or of actions was empty has a snapshot of
 * none: the period records that it was taken (migration V21).
 */
@ApplicationScoped
public class PeriodSnapshots {
  private final EntityManager em;

  @Inject
  public PeriodSnapshots(EntityManager em) {
    this.em = em;
  }

  /** For CDI's client proxy only. */
  protected PeriodSnapshots() {
    this(null);
  }

  /**
   * Keeps what the period's statuses were just computed from, live, as it is locked.
   *
   * @param statuses every indicator's status for the period
   * @param trends their trends, in the same order
   * @param positions the actions in the period's report
   */
  public void take(
      ReportingPeriod period,
      List<IndicatorStatus> statuses,
      List<IndicatorTrend> trends,
      List<ActionPosition> positions) {
    for (int i = 0; i < statuses.size(); i++) {
      IndicatorStatus status = statuses.get(i);
      IndicatorTrend trend = trends.get(i);
      em.persist(
          new IndicatorAsLocked(
              period,
              status.indicator(),
              status.periodTarget(),
              trend.annualTarget(),
              trend.previousActual(),
              trend.lastYearActual()));
    }
    positions.forEach(p -> em.persist(new ActionAsLocked(period, p.action(), p.basis())));
    period.snapshotTaken();
  }

  /** Drops the period's snapshot as it is reopened: it is judged live again. */
  public void drop(ReportingPeriod period) {
    em.createQuery("delete from IndicatorAsLocked s where s.period = :p")
        .setParameter("p", period)
        .executeUpdate();
    em.createQuery("delete from ActionAsLocked s where s.period = :p")
        .setParameter("p", period)
        .executeUpdate();
    period.snapshotDropped();
  }

  /**
   * Each indicator as at the period's locking, by id; empty while the period is judged live, and
   * for a period locked with none ({@link ReportingPeriod#judgedAsLocked} tells the two apart).
   */
  public Map<Long, IndicatorAsLocked> indicators(ReportingPeriod period) {
    return kept(period, IndicatorAsLocked.class, s -> s.indicator().id());
  }

  /** Each action as at the period's locking, by id; empty as {@link #indicators} says. */
  public Map<Long, ActionAsLocked> actions(ReportingPeriod period) {
    return kept(period, ActionAsLocked.class, s -> s.action().id());
  }

  private <T> Map<Long, T> kept(ReportingPeriod period, Class<T> kind, Function<T, Long> idOf) {
    if (!period.judgedAsLocked()) {
      return Map.of();
    }
    return em.createQuery("select s from " + kind.getSimpleName() + " s where s.period = :p", kind)
        .setParameter("p", period)
        .getResultStream()
        .collect(Collectors.toMap(idOf, Function.identity()));
  }
}
