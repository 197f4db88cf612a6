package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.indicator.CommentaryRule;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorAsLocked;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.indicator.Target;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Indicators, their targets and actuals, and their statuses for a period. */
@ApplicationScoped
public class IndicatorService {
  private final EntityManager em;
  private final Lookup lookup;
  private final Clock clock;
  private final AccessPolicy access;
  private final PeriodSnapshots snapshots;
  private final CommentaryRule commentaryRule;

  /**
   * @param commentaryRequiredFor the computed statuses a figure entered must be explained for, e.g.
   *     "RED,AMBER"; empty for none (docs/rules.md#commentary)
   */
  @Inject
  public IndicatorService(
      EntityManager em,
      Lookup lookup,
      Clock clock,
      AccessPolicy access,
      PeriodSnapshots snapshots,
      @ConfigProperty(name = "commentary.required.for", defaultValue = "RED,AMBER")
          String commentaryRequiredFor) {
    this.em = em;
    this.lookup = lookup;
    this.clock = clock;
    this.access = access;
    this.snapshots = snapshots;
    this.commentaryRule = CommentaryRule.of(commentaryRequiredFor);
  }

  /** For CDI's client proxy only. */
  protected IndicatorService() {
    this(null, null, null, null, null, "");
  }

  /** Which computed statuses need commentary (docs/rules.md#commentary). */
  public CommentaryRule commentaryRule() {
    return commentaryRule;
  }

  public Indicator indicator(Code code) {
    return lookup.indicator(code);
  }

  public Indicator create(Code code, IndicatorSpec spec) {
    lookup.requireUnusedCode(Indicator.class, code, "indicator");
    Indicator indicator = new Indicator(code.value(), spec.name(), spec.unit(), spec.polarity());
    apply(indicator, spec);
    em.persist(indicator);
    return indicator;
  }

  public Indicator revise(Code code, IndicatorSpec spec) {
    Indicator indicator = lookup.indicator(code);
    apply(indicator, spec);
    return indicator;
  }

  private void apply(Indicator indicator, IndicatorSpec spec) {
    indicator.define(spec.name(), spec.definition(), spec.unit(), spec.polarity());
    indicator.scheduleReporting(
        spec.frequency() == null ? indicator.frequency() : spec.frequency(),
        spec.aggregation() == null ? indicator.aggregation() : spec.aggregation());
    indicator.judgeWith(spec.tolerance(), spec.greenPlusMargin());
    indicator.profileSeasonally(spec.seasonalProfile());
    BusinessUnit unit =
        spec.businessUnit() == null ? null : lookup.businessUnit(spec.businessUnit());
    indicator.assignTo(unit, spec.owner());
    indicator.serve(spec.priorities().stream().map(p -> lookup.priority(p)).toList());
    indicator.tag(spec.tags());
    indicator.reportIn(
        lookup.periodIfGiven(spec.reportedFrom()), lookup.periodIfGiven(spec.reportedTo()));
  }

  public List<Target> targets(Code code) {
    Indicator indicator = lookup.indicator(code);
    return em.createQuery(
            "select t from Target t join fetch t.period where t.indicator = :i"
                + " order by t.period.startDate, t.period.type desc",
            Target.class)
        .setParameter("i", indicator)
        .getResultList();
  }

  public Target setTarget(Code code, PeriodCode periodCode, BigDecimal value) {
    Indicator indicator = lookup.indicator(code);
    access.requireCanEnterFigures(indicator.businessUnit(), "indicator " + indicator.code());
    ReportingPeriod period = lookup.period(periodCode);
    return setTarget(indicator, period, findTarget(indicator, period), value);
  }

  /**
   * The same, for an indicator, period and target already looked up (a sheet's upload looks up all
   * its rows' at once, docs/api.md#imports): the same permission and period checks.
   *
   * @param target the period's target as stored, or null when none is set
   */
  public Target setTarget(
      Indicator indicator, ReportingPeriod period, Target target, BigDecimal value) {
    access.requireCanEnterFigures(indicator.businessUnit(), "indicator " + indicator.code());
    period.requireOpenForChanges();
    if (target == null) {
      target = new Target(indicator, period, value);
      em.persist(target);
    } else {
      target.revise(value);
    }
    return target;
  }

  /** The indicator's target for the period, or null when none is set. */
  public Target target(Code code, PeriodCode periodCode) {
    return findTarget(lookup.indicator(code), lookup.period(periodCode));
  }

  /** The indicator's measurement for the period, or null when none is recorded. */
  public Measurement measurement(Code code, PeriodCode periodCode) {
    return findMeasurement(lookup.indicator(code), lookup.period(periodCode));
  }

  public List<Measurement> measurements(Code code) {
    Indicator indicator = lookup.indicator(code);
    return em.createQuery(
            "select m from Measurement m join fetch m.period where m.indicator = :i"
                + " order by m.period.startDate, m.period.type desc",
            Measurement.class)
        .setParameter("i", indicator)
        .getResultList();
  }

  /**
   * Records the actual (or the reason there is none) and commentary of an indicator for a period,
   * as a council's own published report is loaded (the sample council): recorded as published, so
   * the commentary rule, which is for figures entered now, does not refuse it
   * (docs/rules.md#commentary).
   */
  public Measurement report(
      Code code, PeriodCode periodCode, BigDecimal value, String missingReason, String commentary) {
    Indicator indicator = lookup.indicator(code);
    access.requireCanEnterFigures(indicator.businessUnit(), "indicator " + indicator.code());
    ReportingPeriod period = lookup.period(periodCode);
    return report(
        indicator,
        period,
        findMeasurement(indicator, period),
        value,
        missingReason,
        commentary,
        null,
        null,
        null);
  }

  /**
   * One figure entered (the API's PUT, the portal's form): the actual or the reason there is none,
   * commentary, the status the council printed, and the officer's own year-end forecast and its
   * status (docs/rules.md#the-councils-own-forecast). Refused unless it passes every rule {@link
   * #preview} applies; the commentary rule is not applied to a figure carrying the status the
   * council printed, which records its published report as it was (docs/rules.md#commentary).
   *
   * @param printed null to keep the printed status already recorded
   * @param ownForecast null to keep the forecast already recorded
   * @param ownForecastStatus null to keep the forecast status already recorded
   */
  public Measurement report(
      Code code,
      PeriodCode periodCode,
      BigDecimal value,
      String missingReason,
      String commentary,
      RagStatus printed,
      BigDecimal ownForecast,
      RagStatus ownForecastStatus) {
    Indicator indicator = lookup.indicator(code);
    ReportingPeriod period = lookup.period(periodCode);
    IndicatorStatus judged = judge(indicator, period, value, missingReason, printed);
    if (printed == null) {
      commentaryRule.check(judged.computed(), commentary);
    }
    return report(
        indicator,
        period,
        findMeasurement(indicator, period),
        value,
        missingReason,
        commentary,
        printed,
        ownForecast,
        ownForecastStatus);
  }

  /**
   * What entering this figure would give, judged without saving anything: the same permission,
   * period, measurement and commentary rules as {@link #report}, so a check page shows the status
   * the figure will get, or the portal's form the error the API would answer.
   */
  public IndicatorStatus preview(
      Code code, PeriodCode periodCode, BigDecimal value, String missingReason, String commentary) {
    IndicatorStatus judged =
        judge(lookup.indicator(code), lookup.period(periodCode), value, missingReason, null);
    commentaryRule.check(judged.computed(), commentary);
    return judged;
  }

  /** The status the figure would get, checked by the permission, period and measurement rules. */
  private IndicatorStatus judge(
      Indicator indicator,
      ReportingPeriod period,
      BigDecimal value,
      String missingReason,
      RagStatus printed) {
    access.requireCanEnterFigures(indicator.businessUnit(), "indicator " + indicator.code());
    period.requireOpenForChanges();
    Measurement proposed = new Measurement(indicator, period); // never persisted
    proposed.report(value, missingReason, null, printed, Caller.current().name(), clock.instant());
    return statusOf(
        indicator,
        period.periodCode(),
        snapshots.indicators(period).get(indicator.id()),
        findTarget(indicator, period),
        annualTarget(indicator, period.periodCode()),
        proposed);
  }

  /**
   * The same, for an indicator, period and measurement already looked up (a sheet's upload looks up
   * all its rows' at once, docs/api.md#imports): the same permission, period and measurement rules.
   *
   * @param measurement the period's measurement as stored, or null when none is recorded
   */
  public Measurement report(
      Indicator indicator,
      ReportingPeriod period,
      Measurement measurement,
      BigDecimal value,
      String missingReason,
      String commentary,
      RagStatus printed,
      BigDecimal ownForecast,
      RagStatus ownForecastStatus) {
    access.requireCanEnterFigures(indicator.businessUnit(), "indicator " + indicator.code());
    period.requireOpenForChanges();
    boolean isNew = measurement == null;
    if (isNew) {
      measurement = new Measurement(indicator, period);
    }
    measurement.report(
        value, missingReason, commentary, printed, Caller.current().name(), clock.instant());
    measurement.forecastOwn(ownForecast, ownForecastStatus);
    if (isNew) {
      em.persist(measurement);
    }
    return measurement;
  }

  public Measurement overrideStatus(
      Code code, PeriodCode periodCode, RagStatus status, String reason) {
    Measurement measurement = requireMeasurement(code, periodCode);
    measurement.overrideStatus(status, reason);
    return measurement;
  }

  public Measurement clearOverride(Code code, PeriodCode periodCode) {
    Measurement measurement = requireMeasurement(code, periodCode);
    measurement.clearOverride();
    return measurement;
  }

  /** Keeps the status a council printed in its own report beside the one computed here. */
  public Measurement recordReportedStatus(Code code, PeriodCode periodCode, RagStatus printed) {
    Measurement measurement = requireMeasurement(code, periodCode);
    measurement.recordReportedStatus(printed);
    return measurement;
  }

  public IndicatorStatus statusOf(Code code, PeriodCode periodCode) {
    Indicator indicator = lookup.indicator(code);
    ReportingPeriod period = lookup.period(periodCode);
    return statusOf(
        indicator,
        period.periodCode(),
        snapshots.indicators(period).get(indicator.id()),
        findTarget(indicator, period),
        annualTarget(indicator, periodCode),
        findMeasurement(indicator, period));
  }

  /** The target of a quarter's financial year, or null (and null for a year itself). */
  private Target annualTarget(Indicator indicator, PeriodCode periodCode) {
    return periodCode.quarter() == null
        ? null
        : em.createQuery(
                "select t from Target t where t.indicator = :i and t.period.code = :year",
                Target.class)
            .setParameter("i", indicator)
            .setParameter("year", periodCode.year().toString())
            .getResultStream()
            .findFirst()
            .orElse(null);
  }

  /**
   * Judged by the indicator as it stood when the period was locked where it was kept then
   * (docs/rules.md#a-locked-period-keeps-its-statuses), else by the indicator as it is now. A
   * quarter without a target of its own is judged against the annual target profiled to it
   * (docs/rules.md#profiles).
   *
   * @param asLocked null when the period is judged live
   * @param annual the target of the quarter's financial year, or null
   */
  private static IndicatorStatus statusOf(
      Indicator indicator,
      PeriodCode period,
      IndicatorAsLocked asLocked,
      Target target,
      Target annual,
      Measurement measurement) {
    return asLocked == null
        ? IndicatorStatus.of(
            indicator,
            indicator.statusBasis(),
            period,
            target == null ? null : target.value(),
            annual == null ? null : annual.value(),
            measurement)
        : IndicatorStatus.of(
            indicator,
            asLocked.basis(),
            period,
            asLocked.target(),
            asLocked.annualTarget(),
            measurement);
  }

  /**
   * The status of every indicator in scope for a period, in code order. A few queries whatever the
   * number of indicators: indicators, that period's targets (and its year's, for a quarter), that
   * period's measurements.
   */
  public List<IndicatorStatus> statuses(PeriodCode periodCode, Scope scope) {
    return statuses(lookup.period(periodCode), scope);
  }

  /**
   * The same, for a period already looked up. An open period lists the indicators of its set (those
   * reported in it, docs/rules.md#the-set-of-a-period); a locked period lists the indicators it was
   * locked with, judged as they stood then, whatever their reported periods say since.
   */
  public List<IndicatorStatus> statuses(ReportingPeriod period, Scope inScope) {
    Map<Long, IndicatorAsLocked> asLocked = snapshots.indicators(period);
    boolean live = asLocked.isEmpty();
    TypedQuery<Indicator> query =
        em.createQuery(
            "select distinct i from Indicator i left join fetch i.businessUnit"
                + " left join fetch i.priorities"
                + (live ? PeriodSet.within("i") : "")
                + " order by i.code",
            Indicator.class);
    List<Indicator> indicators =
        (live ? PeriodSet.of(query, period) : query)
            .getResultList().stream()
                .filter(i -> inScope.covers(i.businessUnit(), i.priorities()))
                .filter(i -> live || asLocked.containsKey(i.id()))
                .toList();
    Map<Long, Target> targets = targetsOf(period.code());
    PeriodCode code = period.periodCode();
    Map<Long, Target> annual =
        code.quarter() == null ? Map.of() : targetsOf(code.year().toString());
    Map<Long, Measurement> measurements =
        em.createQuery("select m from Measurement m where m.period = :p", Measurement.class)
            .setParameter("p", period)
            .getResultStream()
            .collect(Collectors.toMap(m -> m.indicator().id(), Function.identity()));
    return indicators.stream()
        .map(
            i ->
                statusOf(
                    i,
                    code,
                    asLocked.get(i.id()),
                    targets.get(i.id()),
                    annual.get(i.id()),
                    measurements.get(i.id())))
        .toList();
  }

  private Map<Long, Target> targetsOf(String periodCode) {
    return em.createQuery("select t from Target t where t.period.code = :p", Target.class)
        .setParameter("p", periodCode)
        .getResultStream()
        .collect(Collectors.toMap(t -> t.indicator().id(), Function.identity()));
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
  private Measurement requireMeasurement(Code code, PeriodCode periodCode) {
    Indicator indicator = lookup.indicator(code);
    ReportingPeriod period = lookup.period(periodCode);
    period.requireOpenForChanges();
    Measurement measurement = findMeasurement(indicator, period);
    if (measurement == null) {
      throw new NotFoundException(
          "period", "indicator " + code + " has no measurement for " + period.code());
    }
    return measurement;
  }
}
