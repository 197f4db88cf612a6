package org.councilperformance.application.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.ExceptionReport;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.Scope;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.reminder.Outstanding;

/**
 * What each business unit still has to enter for a period (docs/rules.md#what-a-reminder-lists),
 * read once for the whole council: the statuses, positions and exception report the portal's "Your
 * quarter" reads.
 */
@ApplicationScoped
public class UnitsOutstanding {
  private final IndicatorService indicators;
  private final ActionService actions;
  private final ExceptionReport exceptions;

  @Inject
  public UnitsOutstanding(
      IndicatorService indicators, ActionService actions, ExceptionReport exceptions) {
    this.indicators = indicators;
    this.actions = actions;
    this.exceptions = exceptions;
  }

  /** For CDI's client proxy only. */
  protected UnitsOutstanding() {
    this(null, null, null);
  }

  /** By business unit code; a unit with no indicator or action due is absent. */
  public Map<String, Outstanding> byUnit(ReportingPeriod period) {
    List<IndicatorStatus> statuses = indicators.statuses(period, Scope.WHOLE_COUNCIL);
    List<ActionPosition> positions = actions.positions(period, Scope.WHOLE_COUNCIL);
    Set<String> planned = new HashSet<>();
    for (OffTrackItem item : exceptions.items(period, statuses, positions)) {
      if (!item.plans().isEmpty()) {
        planned.add(item.kind() + ":" + item.code());
      }
    }
    Map<String, List<Outstanding.Item>> items = new HashMap<>();
    for (IndicatorStatus s : statuses) {
      if (s.indicator().businessUnit() == null) {
        continue;
      }
      Measurement m = s.measurement();
      items
          .computeIfAbsent(s.indicator().businessUnit().code(), u -> new ArrayList<>())
          .add(
              new Outstanding.Item(
                  Outstanding.Kind.INDICATOR,
                  s.indicator().code(),
                  s.indicator().name(),
                  m != null && (m.value() != null || m.missingReason() != null),
                  s.status(),
                  m == null ? null : m.commentary(),
                  planned.contains("INDICATOR:" + s.indicator().code())));
    }
    for (ActionPosition p : positions) {
      if (p.action().businessUnit() == null) {
        continue;
      }
      items
          .computeIfAbsent(p.action().businessUnit().code(), u -> new ArrayList<>())
          .add(
              new Outstanding.Item(
                  Outstanding.Kind.ACTION,
                  p.action().code(),
                  p.action().title(),
                  p.update() != null,
                  p.rag(),
                  p.update() == null ? null : p.update().commentary(),
                  planned.contains("ACTION:" + p.action().code())));
    }
    Map<String, Outstanding> result = new HashMap<>();
    items.forEach((unit, list) -> result.put(unit, Outstanding.of(list)));
    return result;
  }
}
