package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.indicator.CommentaryRule;
import org.councilperformance.domain.indicator.Formula;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorAsLocked;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.indicator.Target;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodState;
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

  /**
   * Revises an indicator. A new or changed formula is applied to the open periods at once: their
   * figures, and those of indicators calculated from it, are calculated again
   * (docs/rules.md#calculated-indicators).
   */
  public Indicator revise(Code code, IndicatorSpec spec) {
    Indicator indicator = lookup.indicator(code);
    Formula before = indicator.formula();
    apply(indicator, spec);
    if (!Objects.equals(before, indicator.formula())) {
      recalculateOpenPeriods(indicator);
    }
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
    if (spec.formula() != null) {
      requireCalculable(indicator.code(), spec.formula());
    }
    indicator.calculateBy(spec.formula());
  }

  /**
   * Refuses a formula that uses an indicator no one has set up, or that would make an indicator
   * depend on itself through others: either could never be calculated.
   */
  private void requireCalculable(String code, Formula formula) {
    Map<String, Formula> formulas = new HashMap<>();
    Set<String> known = new LinkedHashSet<>();
    if (!formula.indicators().isEmpty()) {
      em.createQuery(
              "select i.code, i.formula from Indicator i where i.code in :codes"
                  + " or i.formula is not null",
              Object[].class)
          .setParameter("codes", formula.indicators())
          .getResultStream()
          .forEach(
              row -> {
                known.add((String) row[0]);
                formulas.put((String) row[0], Formula.parse((String) row[1], "formula"));
              });
    }
    known.add(code); // a new indicator naming itself makes a cycle, named as such below
    for (String used : formula.indicators()) {
      // The database compares codes without regard to case; a formula names them exactly.
      if (!known.contains(used)) {
        throw new InvalidValueException(
            "formula",
            "the formula uses [" + used + "], but no indicator has that code (exactly as written)");
      }
    }
    formulas.put(code, formula);
    formula.requireNoCycle(code, formulas::get, "formula");
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
    Measurement measurement =
        report(
            indicator,
            period,
            findMeasurement(indicator, period),
            value,
            missingReason,
            commentary,
            null,
            null,
            null,
            null);
    recalculateDependents(period, List.of(indicator));
    return measurement;
  }

  /**
   * One figure entered (the API's PUT, the portal's form): the actual or the reason there is none,
   * commentary, the status the council printed, and the officer's own year-end forecast and its
   * status (docs/rules.md#the-councils-own-forecast). Refused unless it passes every rule {@link
   * #preview} applies; the commentary rule is not applied to a figure carrying the status the
   * council printed, which records its published report as it was (docs/rules.md#commentary).
   *
   * @param printed null to keep the printed status already recorded
   */
  public Measurement report(
      Code code,
      PeriodCode periodCode,
      BigDecimal value,
      String missingReason,
      String commentary,
      RagStatus printed) {
    return report(code, periodCode, value, missingReason, commentary, printed, null, null, null);
  }

  /**
   * The same, with the officer's own year-end forecast and its status
   * (docs/rules.md#the-councils-own-forecast) and, for a calculated indicator, the components of
   * its formula entered for the period (docs/rules.md#calculated-indicators): {@code value} is then
   * the figure the council printed. Indicators calculated from this one are calculated again.
   *
   * @param ownForecast null to keep the forecast already recorded
   * @param ownForecastStatus null to keep the forecast status already recorded
   * @param components by name; null keeps those entered
   */
  public Measurement report(
      Code code,
      PeriodCode periodCode,
      BigDecimal value,
      String missingReason,
      String commentary,
      RagStatus printed,
      BigDecimal ownForecast,
      RagStatus ownForecastStatus,
      Map<String, BigDecimal> components) {
    Indicator indicator = lookup.indicator(code);
    ReportingPeriod period = lookup.period(periodCode);
    // A calculated indicator's figure is known only once its components are recorded: it is judged
    // after, and a refusal then rolls the whole request back (docs/rules.md#commentary).
    boolean calculated = indicator.formula() != null;
    if (!calculated) {
      IndicatorStatus judged = judge(indicator, period, value, missingReason, printed);
      if (printed == null) {
        commentaryRule.check(judged.computed(), commentary);
      }
    }
    Measurement measurement =
        report(
            indicator,
            period,
            findMeasurement(indicator, period),
            value,
            missingReason,
            commentary,
            printed,
            ownForecast,
            ownForecastStatus,
            components);
    if (calculated && printed == null) {
      commentaryRule.check(
          statusWith(indicator, period, measurement).computed(), measurement.commentary());
    }
    recalculateDependents(period, List.of(indicator));
    return measurement;
  }

  /**
   * Marks a measurement's commentary internal or public (docs/open-data.md#internal-commentary), by
   * the same permission and period rules as entering its figure.
   *
   * @param internal null keeps the mark recorded
   */
  public Measurement markCommentary(Measurement measurement, Boolean internal) {
    if (internal != null && internal != measurement.commentaryInternal()) {
      Indicator indicator = measurement.indicator();
      access.requireCanEnterFigures(indicator.businessUnit(), "indicator " + indicator.code());
      measurement.period().requireOpenForChanges();
      measurement.markCommentaryInternal(internal);
    }
    return measurement;
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
    return statusWith(indicator, period, proposed);
  }

  /**
   * The indicator's status for the period judged from this measurement, stored or only proposed:
   * its target, its year's target and, for a locked period, its definition as locked.
   */
  private IndicatorStatus statusWith(
      Indicator indicator, ReportingPeriod period, Measurement measurement) {
    return statusOf(
        indicator,
        period.periodCode(),
        snapshots.indicators(period).get(indicator.id()),
        findTarget(indicator, period),
        annualTarget(indicator, period.periodCode()),
        measurement);
  }

  /**
   * The same, for an indicator, period and measurement already looked up (a sheet's upload looks up
   * all its rows' at once, docs/api.md#imports): the same permission, period and measurement rules.
   *
   * @param measurement the period's measurement as stored, or null when none is recorded
   * @param components a calculated indicator's components by name; null keeps those entered
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
      RagStatus ownForecastStatus,
      Map<String, BigDecimal> components) {
    access.requireCanEnterFigures(indicator.businessUnit(), "indicator " + indicator.code());
    period.requireOpenForChanges();
    Formula formula = indicator.formula();
    if (formula == null && components != null && !components.isEmpty()) {
      throw new InvalidValueException(
          "components",
          "indicator " + indicator.code() + " has no formula, so no components to enter");
    }
    boolean isNew = measurement == null;
    if (isNew) {
      measurement = new Measurement(indicator, period);
    }
    if (formula == null) {
      measurement.report(
          value, missingReason, commentary, printed, Caller.current().name(), clock.instant());
    } else {
      Map<String, Measurement> inputs = measurementsOf(period, formula.indicators());
      measurement.reportCalculated(
          formula,
          components,
          value,
          missingReason,
          commentary,
          printed,
          figureIn(inputs),
          Caller.current().name(),
          clock.instant());
    }
    measurement.forecastOwn(ownForecast, ownForecastStatus);
    if (isNew) {
      em.persist(measurement);
    }
    return measurement;
  }

  /**
   * Calculates again, in an open period, every calculated indicator that uses one of the given
   * indicators, directly or through others, each after those it uses. A calculated indicator with
   * no measurement yet gets one once its formula gives a figure. This is the product's own
   * arithmetic, not an entry: it needs no permission on the calculated indicators' units, and the
   * audit shows it as the change of whoever changed the input
   * (docs/rules.md#calculated-indicators).
   */
  public void recalculateDependents(ReportingPeriod period, Collection<Indicator> changed) {
    Set<String> codes = new LinkedHashSet<>();
    changed.forEach(i -> codes.add(i.code()));
    recalculate(period, codes, false);
  }

  /**
   * @param includeChanged whether the given indicators themselves are calculated again too (their
   *     formula changed), or only those calculated from them (their figure changed)
   */
  private void recalculate(ReportingPeriod period, Set<String> changed, boolean includeChanged) {
    if (period.state() != PeriodState.OPEN) {
      return;
    }
    Map<String, Indicator> calculated = new HashMap<>();
    Map<String, Formula> formulas = new HashMap<>();
    em.createQuery("select i from Indicator i where i.formula is not null", Indicator.class)
        .getResultStream()
        .forEach(
            i -> {
              calculated.put(i.code(), i);
              formulas.put(i.code(), i.formula());
            });
    Set<String> affected = new LinkedHashSet<>();
    if (includeChanged) {
      changed.stream().filter(calculated::containsKey).forEach(affected::add);
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Map.Entry<String, Formula> f : formulas.entrySet()) {
        boolean usesChange =
            f.getValue().indicators().stream()
                .anyMatch(used -> changed.contains(used) || affected.contains(used));
        if (usesChange && affected.add(f.getKey())) {
          grew = true;
        }
      }
    }
    if (affected.isEmpty()) {
      return;
    }
    List<String> order = new ArrayList<>();
    affected.forEach(code -> inDependencyOrder(code, formulas, affected, order));
    Set<String> involved = new LinkedHashSet<>(affected);
    affected.forEach(code -> involved.addAll(formulas.get(code).indicators()));
    Map<String, Measurement> byCode = measurementsOf(period, involved);
    Function<String, BigDecimal> figure = figureIn(byCode);
    String by = Caller.current().name();
    for (String code : order) {
      Formula formula = formulas.get(code);
      Measurement measurement = byCode.get(code);
      if (measurement == null) {
        if (formula.evaluate(name -> null, figure) == null) {
          continue;
        }
        measurement = new Measurement(calculated.get(code), period);
        measurement.recalculate(formula, figure, by, clock.instant());
        em.persist(measurement);
        byCode.put(code, measurement);
      } else {
        measurement.recalculate(formula, figure, by, clock.instant());
      }
    }
  }

  private static void inDependencyOrder(
      String code, Map<String, Formula> formulas, Set<String> affected, List<String> order) {
    if (order.contains(code)) {
      return;
    }
    for (String used : formulas.get(code).indicators()) {
      if (affected.contains(used)) {
        inDependencyOrder(used, formulas, affected, order);
      }
    }
    order.add(code);
  }

  /**
   * After an indicator's formula was set, changed or removed: its figures in every open period
   * where it or an input has one, and those calculated from it.
   */
  private void recalculateOpenPeriods(Indicator indicator) {
    Formula formula = indicator.formula();
    Set<String> codes = new LinkedHashSet<>();
    codes.add(indicator.code());
    if (formula != null) {
      codes.addAll(formula.indicators());
    }
    em.flush(); // the queries below read the formula as now written
    List<ReportingPeriod> periods =
        em.createQuery(
                "select distinct m.period from Measurement m where m.period.state = :open"
                    + " and m.indicator.code in :codes",
                ReportingPeriod.class)
            .setParameter("open", PeriodState.OPEN)
            .setParameter("codes", codes)
            .getResultList();
    for (ReportingPeriod period : periods) {
      if (formula == null) {
        Measurement own = findMeasurement(indicator, period);
        if (own != null) {
          own.recalculate(null, code -> null, Caller.current().name(), clock.instant());
        }
      }
      recalculate(period, Set.of(indicator.code()), true);
    }
  }

  /** The period's measurements of the indicators with these codes, by exact code. */
  private Map<String, Measurement> measurementsOf(ReportingPeriod period, Set<String> codes) {
    Map<String, Measurement> byCode = new HashMap<>();
    if (codes.isEmpty()) {
      return byCode;
    }
    em.createQuery(
            "select m from Measurement m join fetch m.indicator i where m.period = :p"
                + " and i.code in :codes",
            Measurement.class)
        .setParameter("p", period)
        .setParameter("codes", codes)
        .getResultStream()
        .forEach(m -> byCode.put(m.indicator().code(), m));
    return byCode;
  }

  private static Function<String, BigDecimal> figureIn(Map<String, Measurement> byCode) {
    return code -> {
      Measurement m = byCode.get(code);
      return m == null ? null : m.value();
    };
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

  /**
   * Forgets the status the council printed for the period (docs/api.md#indicators); the same people
   * as entering it, while the period is open.
   */
  public Measurement clearReportedStatus(Code code, PeriodCode periodCode) {
    return clear(code, periodCode, Measurement::clearReportedStatus);
  }

  /** Forgets the officer's own year-end forecast and its status for the period. */
  public Measurement clearOwnForecast(Code code, PeriodCode periodCode) {
    return clear(code, periodCode, Measurement::clearOwnForecast);
  }

  private Measurement clear(Code code, PeriodCode periodCode, Consumer<Measurement> clearing) {
    Measurement measurement = requireMeasurement(code, periodCode);
    access.requireCanEnterFigures(
        measurement.indicator().businessUnit(), "indicator " + measurement.indicator().code());
    clearing.accept(measurement);
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
    return statusWith(indicator, period, findMeasurement(indicator, period));
  }

  /**
   * The indicator's status in each of these periods, in their order, judged exactly as {@link
   * #statusOf} judges one (a locked period by the indicator as it stood then): three queries
   * however many periods — its targets, its measurements and its locked snapshots. The portal's
   * indicator page charts eight quarters from it (docs/portal.md#reading).
   */
  public List<IndicatorStatus> statusesOver(Code code, List<ReportingPeriod> periods) {
    Indicator indicator = lookup.indicator(code);
    Map<String, Target> targets =
        em.createQuery("select t from Target t where t.indicator = :i", Target.class)
            .setParameter("i", indicator)
            .getResultStream()
            .collect(Collectors.toMap(t -> t.period().code(), Function.identity()));
    Map<String, Measurement> measurements =
        em.createQuery("select m from Measurement m where m.indicator = :i", Measurement.class)
            .setParameter("i", indicator)
            .getResultStream()
            .collect(Collectors.toMap(m -> m.period().code(), Function.identity()));
    Map<String, IndicatorAsLocked> locked =
        em.createQuery(
                "select s from IndicatorAsLocked s where s.indicator = :i", IndicatorAsLocked.class)
            .setParameter("i", indicator)
            .getResultStream()
            .collect(Collectors.toMap(s -> s.period().code(), Function.identity()));
    return periods.stream()
        .map(
            p -> {
              PeriodCode periodCode = p.periodCode();
              return statusOf(
                  indicator,
                  periodCode,
                  p.state() == PeriodState.OPEN ? null : locked.get(p.code()),
                  targets.get(p.code()),
                  periodCode.quarter() == null ? null : targets.get(periodCode.year().toString()),
                  measurements.get(p.code()));
            })
        .toList();
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
    boolean live = !period.judgedAsLocked();
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

  /** Every indicator's target for a period, by the indicator's id. */
  public Map<Long, Target> targetsOf(String periodCode) {
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
