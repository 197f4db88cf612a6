package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.indicator.Target;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.summary.StatusSummary;
import org.councilperformance.infrastructure.audit.ChangeAuthor;

/** Indicators, their targets and actuals, and their statuses for a period. */
@ApplicationScoped
@Transactional
public class IndicatorService {
  @PersistenceContext private EntityManager em;
  @Inject private Lookup lookup;
  @Inject private Clock clock;
  @Inject private AccessPolicy access;

  public Indicator indicator(String code) {
    return lookup.indicator(code, "code");
  }

  public Indicator create(String code, IndicatorSpec spec) {
    lookup.requireUnusedCode(Indicator.class, code, "indicator");
    Indicator indicator = new Indicator(code, spec.name(), spec.unit(), spec.polarity());
    apply(indicator, spec);
    em.persist(indicator);
    return indicator;
  }

  public Indicator revise(String code, IndicatorSpec spec) {
    Indicator indicator = lookup.indicator(code, "code");
    apply(indicator, spec);
    return indicator;
  }

  private void apply(Indicator indicator, IndicatorSpec spec) {
    indicator.define(spec.name(), spec.definition(), spec.unit(), spec.polarity());
    indicator.scheduleReporting(
        spec.frequency() == null ? indicator.frequency() : spec.frequency(),
        spec.aggregation() == null ? indicator.aggregation() : spec.aggregation());
    indicator.judgeWith(spec.tolerance(), spec.greenPlusMargin());
    BusinessUnit unit =
        spec.businessUnit() == null
            ? null
            : lookup.businessUnit(spec.businessUnit(), "businessUnit");
    indicator.assignTo(unit, spec.owner());
    indicator.serve(spec.priorities().stream().map(p -> lookup.priority(p, "priorities")).toList());
    indicator.tag(spec.tags());
  }

  public List<Target> targets(String code) {
    Indicator indicator = lookup.indicator(code, "code");
    return em.createQuery(
            "select t from Target t join fetch t.period where t.indicator = :i"
                + " order by t.period.startDate, t.period.type desc",
            Target.class)
        .setParameter("i", indicator)
        .getResultList();
  }

  public Target setTarget(String code, String periodCode, BigDecimal value) {
    Indicator indicator = lookup.indicator(code, "code");
    access.requireCanEnterFigures(indicator.businessUnit(), "indicator " + indicator.code());
    ReportingPeriod period = lookup.period(periodCode, "period");
    period.requireOpenForChanges();
    Target target = findTarget(indicator, period);
    if (target == null) {
      target = new Target(indicator, period, value);
      em.persist(target);
    } else {
      target.revise(value);
    }
    return target;
  }

  public List<Measurement> measurements(String code) {
    Indicator indicator = lookup.indicator(code, "code");
    return em.createQuery(
            "select m from Measurement m join fetch m.period where m.indicator = :i"
                + " order by m.period.startDate, m.period.type desc",
            Measurement.class)
        .setParameter("i", indicator)
        .getResultList();
  }

  /**
   * Records the actual (or the reason there is none) and commentary of an indicator for a period.
   */
  public Measurement report(
      String code, String periodCode, BigDecimal value, String missingReason, String commentary) {
    Indicator indicator = lookup.indicator(code, "code");
    access.requireCanEnterFigures(indicator.businessUnit(), "indicator " + indicator.code());
    ReportingPeriod period = lookup.period(periodCode, "period");
    period.requireOpenForChanges();
    Measurement measurement = findMeasurement(indicator, period);
    boolean isNew = measurement == null;
    if (isNew) {
      measurement = new Measurement(indicator, period);
    }
    measurement.report(value, missingReason, commentary, ChangeAuthor.current(), clock.instant());
    if (isNew) {
      em.persist(measurement);
    }
    return measurement;
  }

  public Measurement overrideStatus(
      String code, String periodCode, RagStatus status, String reason) {
    Measurement measurement = requireMeasurement(code, periodCode);
    measurement.overrideStatus(status, reason);
    return measurement;
  }

  public Measurement clearOverride(String code, String periodCode) {
    Measurement measurement = requireMeasurement(code, periodCode);
    measurement.clearOverride();
    return measurement;
  }

  /** Keeps the status a council printed in its own report beside the one computed here. */
  public Measurement recordReportedStatus(String code, String periodCode, RagStatus printed) {
    Measurement measurement = requireMeasurement(code, periodCode);
    measurement.recordReportedStatus(printed);
    return measurement;
  }

  public IndicatorStatus statusOf(String code, String periodCode) {
    Indicator indicator = lookup.indicator(code, "code");
    ReportingPeriod period = lookup.period(periodCode, "period");
    Target target = findTarget(indicator, period);
    return IndicatorStatus.of(indicator, target, findMeasurement(indicator, period));
  }

  /**
   * The status of every indicator in scope for a period, in code order. Three queries whatever the
   * number of indicators: indicators, that period's targets, that period's measurements.
   */
  public List<IndicatorStatus> statuses(String periodCode, ReportingScope scope) {
    ReportingPeriod period = lookup.period(periodCode, "period");
    ReportingScope.Resolved inScope = lookup.resolve(scope);
    List<Indicator> indicators =
        em
            .createQuery(
                "select distinct i from Indicator i left join fetch i.businessUnit"
                    + " left join fetch i.priorities order by i.code",
                Indicator.class)
            .getResultList()
            .stream()
            .filter(i -> inScope.covers(i.businessUnit(), i.priorities()))
            .toList();
    Map<Long, Target> targets =
        em.createQuery("select t from Target t where t.period = :p", Target.class)
            .setParameter("p", period)
            .getResultStream()
            .collect(Collectors.toMap(t -> t.indicator().id(), Function.identity()));
    Map<Long, Measurement> measurements =
        em.createQuery("select m from Measurement m where m.period = :p", Measurement.class)
            .setParameter("p", period)
            .getResultStream()
            .collect(Collectors.toMap(m -> m.indicator().id(), Function.identity()));
    return indicators.stream()
        .map(i -> IndicatorStatus.of(i, targets.get(i.id()), measurements.get(i.id())))
        .toList();
  }

  public StatusSummary summarise(String periodCode, ReportingScope scope) {
    return StatusSummary.of(
        statuses(periodCode, scope).stream().map(IndicatorStatus::status).toList());
  }

  private Target findTarget(Indicator indicator, ReportingPeriod period) {
    return em.createQuery(
            "select t from Target t where t.indicator = :i and t.period = :p", Target.class)
        .setParameter("i", indicator)
        .setParameter("p", period)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Measurement findMeasurement(Indicator indicator, ReportingPeriod period) {
    return em.createQuery(
            "select m from Measurement m where m.indicator = :i and m.period = :p",
            Measurement.class)
        .setParameter("i", indicator)
        .setParameter("p", period)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The measurement about to change: it must exist and its period must be open. */
  private Measurement requireMeasurement(String code, String periodCode) {
    Indicator indicator = lookup.indicator(code, "code");
    ReportingPeriod period = lookup.period(periodCode, "period");
    period.requireOpenForChanges();
    Measurement measurement = findMeasurement(indicator, period);
    if (measurement == null) {
      throw new NotFoundException(
          "period", "indicator " + code + " has no measurement for " + period.code());
    }
    return measurement;
  }
}
