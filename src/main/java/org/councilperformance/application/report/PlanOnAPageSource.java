package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.report.NarrativeSubject;
import org.councilperformance.domain.report.PackSection;

/**
 * "Plan on a page" (docs/reports.md#sections): a page for each priority in scope with its aim, its
 * officers' narrative, its actions and indicators counted by status and listed with their status.
 * The dashboards' rows, fewer columns, without the items that serve no priority; reads nothing of
 * its own.
 */
@ApplicationScoped
public class PlanOnAPageSource implements SectionSource {
  private static final List<String> KEPT =
      List.of(
          "priorityKey",
          "priority",
          "actionCounts",
          "indicatorCounts",
          "kind",
          "code",
          "name",
          "status",
          "statusColour");

  @Override
  public PackSection section() {
    return PackSection.PLAN_ON_A_PAGE;
  }

  @Override
  public SectionContent content(PackContext context) {
    Map<String, Priority> priorities = new HashMap<>();
    context.statuses().stream()
        .flatMap(s -> s.indicator().priorities().stream())
        .forEach(p -> priorities.put(p.code(), p));
    context.actions().stream()
        .map(a -> a.action().priority())
        .filter(p -> p != null)
        .forEach(p -> priorities.put(p.code(), p));
    List<Map<String, Object>> rows =
        rows(
            DashboardRows.of(
                context.statuses(),
                context.trends(),
                context.actions(),
                context.scope()::coversPriority),
            code -> priorities.get(code).description(),
            code -> context.narrative(NarrativeSubject.priority(code)));
    return new SectionContent(section(), "PlanOnAPage", rows, Map.of());
  }

  /**
   * The plan's rows from the dashboards' rows: each priority's, with its aim and narrative (null
   * when it has none), and {@code newPage} on the first row of every priority after the first.
   */
  static List<Map<String, Object>> rows(
      List<Map<String, Object>> dashboardRows,
      Function<String, String> aimOf,
      Function<String, String> narrativeOf) {
    List<Map<String, Object>> rows = new ArrayList<>();
    String current = null;
    for (Map<String, Object> dashboard : dashboardRows) {
      String key = (String) dashboard.get("priorityKey");
      if (key.isEmpty()) {
        continue; // "Other": serves no priority, so is on no priority's page
      }
      Map<String, Object> row = new HashMap<>();
      KEPT.forEach(k -> row.put(k, dashboard.get(k)));
      row.put("aim", aimOf.apply(key));
      row.put("narrative", narrativeOf.apply(key));
      row.put("newPage", current != null && !current.equals(key));
      current = key;
      rows.add(row);
    }
    return rows;
  }
}
