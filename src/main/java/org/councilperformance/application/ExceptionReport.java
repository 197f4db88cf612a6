package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.intervention.InterventionPlan;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * The exception report: every red and amber indicator and action in scope for a period, red first,
 * with its commentary and the intervention plans in force during the period.
 *
 * <p>It reads in a fixed number of queries whatever the number of items: the statuses and positions
 * once each, and every plan with what it covers in one go (see {@link
 * InterventionPlanService#plans()}); plans are then matched to items in memory.
 */
@ApplicationScoped
public class ExceptionReport {
  private static final Set<RagStatus> OFF_TRACK = Set.of(RagStatus.RED, RagStatus.AMBER);

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
      if (s.status() != null && OFF_TRACK.contains(s.status())) {
        items.add(
            new OffTrackItem(
                OffTrackItem.Kind.INDICATOR,
                s.indicator().code(),
                s.indicator().name(),
                s.indicator().businessUnit() == null ? null : s.indicator().businessUnit().code(),
                s.status(),
                s.measurement() == null ? null : s.measurement().commentary(),
                List.copyOf(byIndicator.getOrDefault(s.indicator().id(), List.of()))));
      }
    }
    for (ActionPosition a : positions) {
      if (a.rag() != null && OFF_TRACK.contains(a.rag())) {
        items.add(
            new OffTrackItem(
                OffTrackItem.Kind.ACTION,
                a.action().code(),
                a.action().title(),
                a.action().businessUnit() == null ? null : a.action().businessUnit().code(),
                a.rag(),
                a.update() == null ? null : a.update().commentary(),
                List.copyOf(byAction.getOrDefault(a.action().id(), List.of()))));
      }
    }
    items.sort(
        Comparator.comparing((OffTrackItem i) -> i.status() == RagStatus.RED ? 0 : 1)
            .thenComparing(OffTrackItem::kind)
            .thenComparing(OffTrackItem::code));
    return items;
  }
}
