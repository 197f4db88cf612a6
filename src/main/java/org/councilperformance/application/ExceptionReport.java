package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.intervention.InterventionPlan;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * The exception report: every red and amber indicator and action in scope for a period, red first,
 * then every indicator whose figure is missing (missing data is an exception too), each with its
 * commentary and the intervention plans in force during the period
 * (docs/rules.md#exception-report).
 *
 * <p>It reads in a fixed number of queries whatever the number of items: the statuses and positions
 * once each, and every plan with what it covers in one go (see {@link
 * InterventionPlanService#plans()}); plans are then matched to items in memory.
 */
@ApplicationScoped
public class ExceptionReport {
  /** What the report lists, in the order it lists them: off track, then missing data. */
  private static final List<RagStatus> LISTED =
      List.of(RagStatus.RED, RagStatus.AMBER, RagStatus.MISSING);

  /** What a missing figure says when no reason for it was given. */
  static final String NO_FIGURE = "No figure reported";

  private final IndicatorService indicators;
  private final ActionService actions;
  private final InterventionPlanService plans;
  private final Lookup lookup;

  @Inject
  public ExceptionReport(
      IndicatorService indicators,
      ActionService actions,
      InterventionPlanService plans,
      Lookup lookup) {
    this.indicators = indicators;
    this.actions = actions;
    this.plans = plans;
    this.lookup = lookup;
  }

  /** For CDI's client proxy only. */
  protected ExceptionReport() {
    this(null, null, null, null);
  }

  public List<OffTrackItem> items(PeriodCode periodCode, Scope scope) {
    ReportingPeriod period = lookup.period(periodCode);
    return items(period, indicators.statuses(period, scope), actions.positions(period, scope));
  }

  /**
   * The report from statuses and positions already read for the period and scope, as the pack
   * shares them between its sections.
   */
  public List<OffTrackItem> items(
      ReportingPeriod period, List<IndicatorStatus> statuses, List<ActionPosition> positions) {
    Map<Long, List<InterventionPlan>> byIndicator = new HashMap<>();
    Map<Long, List<InterventionPlan>> byAction = new HashMap<>();
    for (InterventionPlan plan : plans.plans()) {
      if (plan.openDuring(period)) {
        plan.indicators()
            .forEach(i -> byIndicator.computeIfAbsent(i.id(), id -> new ArrayList<>()).add(plan));
        plan.actions()
            .forEach(a -> byAction.computeIfAbsent(a.id(), id -> new ArrayList<>()).add(plan));
      }
    }
    List<OffTrackItem> items = new ArrayList<>();
    for (IndicatorStatus s : statuses) {
      if (s.status() != null && LISTED.contains(s.status())) {
        Indicator indicator = s.indicator();
        BusinessUnit unit = indicator.businessUnit();
        items.add(
            new OffTrackItem(
                OffTrackItem.Kind.INDICATOR,
                indicator.code(),
                indicator.name(),
                unit == null ? null : unit.code(),
                s.status(),
                s.measurement() == null ? null : s.measurement().commentary(),
                List.copyOf(byIndicator.getOrDefault(indicator.id(), List.of())),
                unit == null ? null : unit.name(),
                s.reportedStatus(),
                s.status() == RagStatus.MISSING ? whatIsMissing(s) : null));
      }
    }
    for (ActionPosition a : positions) {
      if (a.rag() != null && LISTED.contains(a.rag())) {
        BusinessUnit unit = a.action().businessUnit();
        items.add(
            new OffTrackItem(
                OffTrackItem.Kind.ACTION,
                a.action().code(),
                a.action().title(),
                unit == null ? null : unit.code(),
                a.rag(),
                a.update() == null ? null : a.update().commentary(),
                List.copyOf(byAction.getOrDefault(a.action().id(), List.of())),
                unit == null ? null : unit.name(),
                null,
                null));
      }
    }
    items.sort(
        Comparator.comparing((OffTrackItem i) -> LISTED.indexOf(i.status()))
            .thenComparing(OffTrackItem::kind)
            .thenComparing(OffTrackItem::code));
    return items;
  }

  /** A missing figure's reason as entered, or that none was reported. */
  static String whatIsMissing(IndicatorStatus status) {
    String reason = status.measurement() == null ? null : status.measurement().missingReason();
    return reason == null || reason.isBlank() ? NO_FIGURE : reason;
  }
}
