package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.intervention.InterventionPlan;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * The exception report: every red and amber indicator and action in scope for a period, red first,
 * with its commentary and the intervention plans in force during the period.
 */
@ApplicationScoped
@Transactional
public class ExceptionReport {
  private static final Set<RagStatus> OFF_TRACK = Set.of(RagStatus.RED, RagStatus.AMBER);

  @Inject private IndicatorService indicators;
  @Inject private ActionService actions;
  @Inject private InterventionPlanService plans;
  @Inject private Lookup lookup;

  public List<OffTrackItem> items(String periodCode, ReportingScope scope) {
    ReportingPeriod period = lookup.period(periodCode, "period");
    List<InterventionPlan> inForce =
        plans.plans().stream().filter(p -> p.openDuring(period)).toList();
    List<OffTrackItem> items = new ArrayList<>();
    for (IndicatorStatus s : indicators.statuses(periodCode, scope)) {
      if (s.status() != null && OFF_TRACK.contains(s.status())) {
        items.add(
            new OffTrackItem(
                OffTrackItem.Kind.INDICATOR,
                s.indicator().code(),
                s.indicator().name(),
                s.indicator().businessUnit() == null ? null : s.indicator().businessUnit().code(),
                s.status(),
                s.measurement() == null ? null : s.measurement().commentary(),
                inForce.stream().filter(p -> p.covers(s.indicator())).toList()));
      }
    }
    for (ActionPosition a : actions.positions(periodCode, scope)) {
      if (a.rag() != null && OFF_TRACK.contains(a.rag())) {
        items.add(
            new OffTrackItem(
                OffTrackItem.Kind.ACTION,
                a.action().code(),
                a.action().title(),
                a.action().businessUnit() == null ? null : a.action().businessUnit().code(),
                a.rag(),
                a.update() == null ? null : a.update().commentary(),
                inForce.stream().filter(p -> p.covers(a.action())).toList()));
      }
    }
    items.sort(
        Comparator.comparing((OffTrackItem i) -> i.status() == RagStatus.RED ? 0 : 1)
            .thenComparing(OffTrackItem::kind)
            .thenComparing(OffTrackItem::code));
    return items;
  }
}
