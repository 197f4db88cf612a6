package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.indicator.IndicatorAsLocked;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.summary.StatusSummary;
import org.councilperformance.domain.trend.IndicatorTrend;

/**
 * Trends and year-end forecasts of indicators. A fixed number of queries whatever the number of
 * indicators: the period's statuses (three), the previous and last year's actuals (one), the annual
 * targets (one).
 */
@ApplicationScoped
public class TrendService {
  private final EntityManager em;
  private final IndicatorService indicators;
  private final Lookup lookup;
  private final PeriodSnapshots snapshots;

  @Inject
  public TrendService(
      EntityManager em, IndicatorService indicators, Lookup lookup, PeriodSnapshots snapshots) {
    this.em = em;
    this.indicators = indicators;
    this.lookup = lookup;
    this.snapshots = snapshots;
  }

  /** For CDI's client proxy only. */
  protected TrendService() {
    this(null, null, null, null);
  }

  public List<IndicatorTrend> trends(PeriodCode periodCode, Scope scope) {
    return trends(periodCode, indicators.statuses(periodCode, scope));
  }

  public IndicatorTrend trendOf(Code code, PeriodCode periodCode) {
    return trends(periodCode, List.of(indicators.statusOf(code, periodCode))).get(0);
  }

  /**
   * Counts of the statuses the year-end forecasts would have; indicators without one left out.
   *
   * @param statuses the period's statuses, as the caller already has them
   */
  public StatusSummary forecastSummary(PeriodCode periodCode, List<IndicatorStatus> statuses) {
    return StatusSummary.of(
        trends(periodCode, statuses).stream()
            .map(IndicatorTrend::forecastStatus)
            .filter(Objects::nonNull)
            .toList());
  }

  /**
   * The trends of statuses already read, in their order: a few more queries whatever their number.
   * A locked period's trends are computed from the annual target and earlier actuals as they stood
   * at its locking (docs/rules.md#a-locked-period-keeps-its-statuses).
   */
  public List<IndicatorTrend> trends(PeriodCode period, List<IndicatorStatus> statuses) {
    Map<Long, IndicatorAsLocked> asLocked = snapshots.indicators(lookup.period(period));
    String previous = period.previous().toString();
    String lastYear = period.sameLastYear().toString();
    // Ids and values only: reading the entities would load each one's indicator on its own
    // whenever the statuses are fewer than the council's indicators (one indicator's trend).
    Map<String, BigDecimal> earlier = new HashMap<>();
    em.createQuery(
            "select m.indicator.id, m.period.code, m.value from Measurement m"
                + " where m.period.code in :codes and m.value is not null",
            Object[].class)
        .setParameter("codes", List.of(previous, lastYear))
        .getResultStream()
        .forEach(m -> earlier.put(m[0] + "@" + m[1], (BigDecimal) m[2]));
    Map<Long, BigDecimal> annual = new HashMap<>();
    em.createQuery(
            "select t.indicator.id, t.value from Target t where t.period.code = :year",
            Object[].class)
        .setParameter("year", period.year().toString())
        .getResultStream()
        .forEach(t -> annual.put((Long) t[0], (BigDecimal) t[1]));
    return statuses.stream()
        .map(
            s -> {
              Long id = s.indicator().id();
              IndicatorAsLocked kept = asLocked.get(id);
              return IndicatorTrend.of(
                  s.indicator(),
                  s.basis(),
                  period,
                  s.actual(),
                  kept != null ? kept.previousActual() : earlier.get(id + "@" + previous),
                  kept != null ? kept.lastYearActual() : earlier.get(id + "@" + lastYear),
                  period.quarter() == null ? null : s.target(),
                  kept != null ? kept.annualTarget() : annual.get(id),
                  s.measurement() == null ? null : s.measurement().ownForecast(),
                  s.measurement() == null ? null : s.measurement().ownForecastStatus());
            })
        .toList();
  }
}
