package org.councilperformance.interfaces.portal.reading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.DataQualityReport;
import org.councilperformance.application.ExceptionReport;
import org.councilperformance.application.IndicatorHistory;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.InterventionPlanService;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.OrganisationService;
import org.councilperformance.application.PeriodService;
import org.councilperformance.application.PlanService;
import org.councilperformance.application.RiskService;
import org.councilperformance.application.Scope;
import org.councilperformance.application.TrendService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.intervention.InterventionPlan;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.organisation.Directorate;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodType;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.quality.Finding;
import org.councilperformance.domain.risk.RiskMatrix;
import org.councilperformance.domain.risk.RiskPosition;
import org.councilperformance.domain.risk.RiskStatus;
import org.councilperformance.domain.trend.IndicatorTrend;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.Govuk.SelectItem;
import org.councilperformance.interfaces.portal.figure.FigureFacts;
import org.councilperformance.interfaces.portal.quarter.QuarterTasks;
import org.councilperformance.interfaces.portal.reading.ReadingRows.ActionRow;
import org.councilperformance.interfaces.portal.reading.ReadingRows.IndicatorRow;
import org.councilperformance.interfaces.portal.reading.ReadingRows.PriorityRow;
import org.councilperformance.interfaces.portal.reading.ReadingRows.QuarterRow;

/**
 * What the reading pages show, gathered from the application services the API uses (summary,
 * trends, exception report, data quality, risk register, history): each page reads the period's
 * statuses, trends and positions once and groups them in memory, so a page costs the same number of
 * queries however many indicators it lists (docs/portal.md#reading).
 */
@ApplicationScoped
public class Reading {
  /** Quarters on an indicator's chart. */
  static final int CHART_QUARTERS = 8;

  /** The filter form's choices, the choice made, and what is wrong with it. */
  public record Choices(
      List<SelectItem> priorities,
      List<SelectItem> directorates,
      List<SelectItem> businessUnits,
      FormErrors errors) {}

  /**
   * A period's indicators, their trends (same order) and actions for the filter; all empty when the
   * filter names something that does not exist ({@code choices.errors()} says what).
   */
  public record Scoped(
      ReportingPeriod period,
      List<ReportingPeriod> periods,
      ReadingFilter filter,
      Choices choices,
      String description,
      List<IndicatorStatus> statuses,
      List<IndicatorTrend> trends,
      List<ActionPosition> positions) {
    public boolean refused() {
      return !choices.errors().isEmpty();
    }

    /** The periods a reader may switch to: quarters and years, in order. */
    public List<SelectItem> periodChoices() {
      return periods.stream()
          .map(p -> SelectItem.of(p.code(), p.label(), p.code().equals(period.code())))
          .toList();
    }
  }

  /** The overview: the whole scope's counts, then each priority's. */
  public record Overview(Scoped scoped, PriorityRow whole, List<PriorityRow> priorities) {
    public List<PriorityRow> rows() {
      List<PriorityRow> rows = new ArrayList<>(List.of(whole));
      rows.addAll(priorities);
      return rows;
    }
  }

  /** One priority's dashboard. */
  public record Dashboard(
      Scoped scoped, Priority priority, List<IndicatorRow> indicators, List<ActionRow> actions) {}

  /** An indicator's reading page for a period. */
  public record IndicatorPage(
      Indicator indicator,
      ReportingPeriod period,
      List<ReportingPeriod> periods,
      IndicatorRow row,
      List<QuarterRow> quarters,
      List<InterventionPlan> plans,
      List<FigureFacts.Change> changes,
      Long olderThan) {}

  /** The risk register: open risks and the matrices they are placed on. */
  public record Register(List<RiskPosition> risks, List<RiskMatrix> matrices) {}

  private final PeriodService periods;
  private final PlanService plans;
  private final OrganisationService organisation;
  private final Lookup lookup;
  private final IndicatorService indicators;
  private final ActionService actions;
  private final TrendService trends;
  private final ExceptionReport exceptions;
  private final DataQualityReport quality;
  private final RiskService risks;
  private final InterventionPlanService interventionPlans;
  private final IndicatorHistory history;
  private final QuarterTasks quarters;

  @Inject
  public Reading(
      PeriodService periods,
      PlanService plans,
      OrganisationService organisation,
      Lookup lookup,
      IndicatorService indicators,
      ActionService actions,
      TrendService trends,
      ExceptionReport exceptions,
      DataQualityReport quality,
      RiskService risks,
      InterventionPlanService interventionPlans,
      IndicatorHistory history,
      QuarterTasks quarters) {
    this.periods = periods;
    this.plans = plans;
    this.organisation = organisation;
    this.lookup = lookup;
    this.indicators = indicators;
    this.actions = actions;
    this.trends = trends;
    this.exceptions = exceptions;
    this.quality = quality;
    this.risks = risks;
    this.interventionPlans = interventionPlans;
    this.history = history;
    this.quarters = quarters;
  }

  /** For CDI's client proxy only. */
  protected Reading() {
    this(null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The period being reported now (as on Your quarter); null when none is set up. */
  public ReportingPeriod currentPeriod() {
    QuarterTasks.Quarter quarter = quarters.quarterFor(null);
    return quarter == null ? null : quarter.period();
  }

  /** The period (404 when it is not set up). */
  public ReportingPeriod period(PeriodCode code) {
    return periods.period(code);
  }

  /** The period's statuses, trends and positions for the filter (404 for a period not set up). */
  public Scoped scoped(PeriodCode code, ReadingFilter filter) {
    ReportingPeriod period = periods.period(code);
    List<ReportingPeriod> all = periods.periods();
    List<Priority> priorityList = plans.priorities(null);
    List<Directorate> directorates = organisation.directorates();
    List<BusinessUnit> units = organisation.businessUnits();
    FormErrors errors = FormErrors.none();
    Priority priority = find(priorityList, Priority::code, filter.priority());
    Directorate directorate = find(directorates, Directorate::code, filter.directorate());
    BusinessUnit unit = find(units, BusinessUnit::code, filter.businessUnit());
    if (filter.priority() != null && priority == null) {
      errors.add("priority", "There is no priority '" + filter.priority() + "': choose one");
    }
    if (filter.directorate() != null && directorate == null) {
      errors.add(
          "directorate", "There is no directorate '" + filter.directorate() + "': choose one");
    }
    if (filter.businessUnit() != null && unit == null) {
      errors.add(
          "businessUnit", "There is no business unit '" + filter.businessUnit() + "': choose one");
    }
    Choices choices =
        new Choices(
            choices(priorityList, Priority::code, Priority::name, filter.priority(), "All"),
            choices(
                directorates, Directorate::code, Directorate::name, filter.directorate(), "All"),
            choices(units, BusinessUnit::code, BusinessUnit::name, filter.businessUnit(), "All"),
            errors);
    if (!errors.isEmpty()) {
      return new Scoped(period, all, filter, choices, "", List.of(), List.of(), List.of());
    }
    // As Lookup.scope, from the lists already read for the form.
    Scope scope =
        new Scope(
            priority == null ? null : Code.of(priority.code(), "priority"),
            priority,
            priority == null ? null : Lookup.scopeOf(priority, priorityList).priorityIds(),
            unit == null ? null : Code.of(unit.code(), "businessUnit"),
            unit);
    // A directorate is its business units: the units were read with their directorates above.
    Set<String> inDirectorate =
        directorate == null
            ? null
            : units.stream()
                .filter(u -> u.directorate().code().equals(directorate.code()))
                .map(BusinessUnit::code)
                .collect(Collectors.toSet());
    List<IndicatorStatus> statuses =
        indicators.statuses(period, scope).stream()
            .filter(s -> inDirectorate == null || in(inDirectorate, s.indicator().businessUnit()))
            .toList();
    List<ActionPosition> positions =
        actions.positions(period, scope).stream()
            .filter(p -> inDirectorate == null || in(inDirectorate, p.action().businessUnit()))
            .toList();
    String description = scope.description();
    if (directorate != null) {
      description =
          (scope.isWholeCouncil() ? "" : description + "; ") + "Directorate: " + directorate.name();
    }
    return new Scoped(
        period,
        all,
        filter,
        choices,
        description,
        statuses,
        trends.trends(period.periodCode(), statuses),
        positions);
  }

  /** Just the period and the periods to switch to, for a page that is not filtered. */
  public Scoped unscoped(PeriodCode code) {
    ReportingPeriod period = periods.period(code);
    Choices none = new Choices(List.of(), List.of(), List.of(), FormErrors.none());
    return new Scoped(
        period, periods.periods(), ReadingFilter.NONE, none, "", List.of(), List.of(), List.of());
  }

  public Overview overview(PeriodCode code, ReadingFilter filter) {
    Scoped scoped = scoped(code, filter);
    PriorityRow whole =
        PriorityRow.of(
            null, scoped.description(), scoped.statuses(), scoped.trends(), scoped.positions());
    List<PriorityRow> rows = new ArrayList<>();
    if (!scoped.refused()) {
      List<Priority> all = plans.priorities(null);
      Scope chosen =
          filter.priority() == null
              ? Scope.WHOLE_COUNCIL
              : Lookup.scopeOf(find(all, Priority::code, filter.priority()), all);
      for (Priority p : all) {
        if (!chosen.coversPriority(p)) {
          continue;
        }
        Scope own = Lookup.scopeOf(p, all);
        List<Integer> mine = new ArrayList<>();
        for (int i = 0; i < scoped.statuses().size(); i++) {
          Indicator indicator = scoped.statuses().get(i).indicator();
          if (own.covers(indicator.businessUnit(), indicator.priorities())) {
            mine.add(i);
          }
        }
        List<ActionPosition> itsActions =
            scoped.positions().stream()
                .filter(
                    a ->
                        a.action().priority() != null
                            && own.covers(
                                a.action().businessUnit(), List.of(a.action().priority())))
                .toList();
        if (mine.isEmpty() && itsActions.isEmpty()) {
          continue;
        }
        rows.add(
            PriorityRow.of(
                p,
                p.name(),
                mine.stream().map(scoped.statuses()::get).toList(),
                mine.stream().map(scoped.trends()::get).toList(),
                itsActions));
      }
    }
    return new Overview(scoped, whole, rows);
  }

  /** A priority's dashboard: the indicators and actions serving it or a priority under it. */
  public Dashboard dashboard(PeriodCode code, Code priorityCode, ReadingFilter filter) {
    Priority priority = lookup.priority(priorityCode);
    Scoped scoped = scoped(code, filter.withPriority(priority.code()));
    List<IndicatorRow> rows = new ArrayList<>();
    for (int i = 0; i < scoped.statuses().size(); i++) {
      rows.add(new IndicatorRow(scoped.statuses().get(i), scoped.trends().get(i)));
    }
    return new Dashboard(
        scoped, priority, rows, scoped.positions().stream().map(ActionRow::new).toList());
  }

  /** The exception report for the filter: red then amber, as the API's /exceptions. */
  public List<OffTrackItem> exceptions(Scoped scoped) {
    if (scoped.refused()) {
      return List.of();
    }
    return exceptions.items(scoped.period(), scoped.statuses(), scoped.positions());
  }

  public List<Finding> findings(PeriodCode code) {
    return quality.findings(periods.period(code));
  }

  public Register register() {
    List<RiskPosition> open = risks.register(RiskStatus.OPEN);
    return new Register(open, RiskMatrix.of(open.stream().map(RiskPosition::risk).toList()));
  }

  /**
   * An indicator for a period: its position and trend, its last eight quarters (each with the same
   * quarter a year before) and the plans and history about it.
   *
   * @param before the history page's cursor; null for its newest page
   */
  public IndicatorPage indicator(Code code, PeriodCode periodCode, Long before) {
    Indicator indicator = indicators.indicator(code);
    ReportingPeriod period = periods.period(periodCode);
    List<ReportingPeriod> all = periods.periods();
    IndicatorStatus status = indicators.statusOf(code, periodCode);
    IndicatorTrend trend = trends.trendOf(code, periodCode);
    List<ReportingPeriod> upTo =
        all.stream()
            .filter(p -> p.type() == PeriodType.QUARTER)
            .filter(p -> !p.startDate().isAfter(period.startDate()))
            .sorted(Comparator.comparing(ReportingPeriod::startDate))
            .toList();
    // Four more quarters before the eight, for each one's same quarter last year.
    List<ReportingPeriod> read =
        upTo.subList(Math.max(0, upTo.size() - CHART_QUARTERS - 4), upTo.size());
    List<IndicatorStatus> over = indicators.statusesOver(code, read);
    Map<String, IndicatorStatus> byPeriod = new java.util.HashMap<>();
    for (int i = 0; i < read.size(); i++) {
      byPeriod.put(read.get(i).code(), over.get(i));
    }
    List<QuarterRow> rows =
        read.subList(Math.max(0, read.size() - CHART_QUARTERS), read.size()).stream()
            .map(
                p ->
                    new QuarterRow(
                        p,
                        byPeriod.get(p.code()),
                        byPeriod.get(p.periodCode().sameLastYear().toString())))
            .toList();
    List<InterventionPlan> itsPlans =
        interventionPlans.plans().stream().filter(p -> p.covers(indicator)).toList();
    IndicatorHistory.Page page =
        history.page(code, before == null ? Long.MAX_VALUE : before, FigureFacts.HISTORY_PAGE);
    return new IndicatorPage(
        indicator,
        period,
        all,
        new IndicatorRow(status, trend),
        rows,
        itsPlans,
        page.changes().stream().map(FigureFacts::change).toList(),
        page.olderThan());
  }

  private static boolean in(Set<String> codes, BusinessUnit unit) {
    return unit != null && codes.contains(unit.code());
  }

  private static <T> T find(List<T> things, Function<T, String> code, String wanted) {
    return wanted == null
        ? null
        : things.stream().filter(t -> code.apply(t).equals(wanted)).findFirst().orElse(null);
  }

  static <T> List<SelectItem> choices(
      List<T> things,
      Function<T, String> code,
      Function<T, String> name,
      String chosen,
      String none) {
    List<SelectItem> items = new ArrayList<>();
    items.add(SelectItem.of("", none, chosen == null));
    things.stream()
        .sorted(Comparator.comparing(name))
        .forEach(
            t ->
                items.add(
                    SelectItem.of(code.apply(t), name.apply(t), code.apply(t).equals(chosen))));
    return items;
  }
}
