package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.councilperformance.domain.report.NarrativeSubject;
import org.councilperformance.domain.report.PackSection;

/**
 * A dashboard per priority in scope (docs/reports.md#sections): its actions and indicators counted
 * by status, then a table of each. Reads nothing of its own but the scope's priorities.
 */
@ApplicationScoped
public class DashboardSource implements SectionSource {
  @Override
  public PackSection section() {
    return PackSection.DASHBOARD;
  }

  @Override
  public SectionContent content(PackContext context) {
    List<Map<String, Object>> rows =
        withNarratives(
            DashboardRows.of(
                context.statuses(),
                context.trends(),
                context.actions(),
                context.scope()::coversPriority),
            code -> context.narrative(NarrativeSubject.priority(code)));
    return new SectionContent(
        section(),
        "Dashboard",
        rows,
        Map.of("PREVIOUS_PERIOD", context.period().periodCode().previous().toString()));
  }

  /**
   * Each priority's officers' narrative on its rows, printed at the top of its dashboard
   * (docs/reports.md#officers-narrative); null where it has none, and on "Other".
   */
  static List<Map<String, Object>> withNarratives(
      List<Map<String, Object>> rows, Function<String, String> narrativeOf) {
    for (Map<String, Object> row : rows) {
      String priority = (String) row.get("priorityKey");
      row.put("narrative", priority.isEmpty() ? null : narrativeOf.apply(priority));
    }
    return rows;
  }
}
