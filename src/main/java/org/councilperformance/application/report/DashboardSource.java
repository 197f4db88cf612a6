package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        DashboardRows.of(
            context.statuses(),
            context.trends(),
            context.actions(),
            context.scope()::coversPriority);
    Map<String, Object> parameters = new HashMap<>(DashboardRows.printedColumns(rows));
    parameters.put("PREVIOUS_PERIOD", context.period().periodCode().previous().toString());
    return new SectionContent(section(), "Dashboard", rows, parameters);
  }
}
