package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.ReportingScope;
import org.councilperformance.domain.report.PackSection;

/**
 * A dashboard per priority in scope (docs/reports.md#sections): its actions and indicators counted
 * by status, then a table of each. Reads nothing of its own but the scope's priorities.
 */
@ApplicationScoped
public class DashboardSource implements SectionSource {
  @Inject private Lookup lookup;

  @Override
  public PackSection section() {
    return PackSection.DASHBOARD;
  }

  @Override
  public SectionContent content(PackContext context) {
    ReportingScope.Resolved scope = lookup.resolve(context.scope());
    return new SectionContent(
        section(),
        "Dashboard",
        DashboardRows.of(
            context.statuses(),
            context.trends(),
            context.actions(),
            p -> scope.priorityIds() == null || scope.priorityIds().contains(p.id())),
        Map.of("PREVIOUS_PERIOD", context.period().periodCode().previous().toString()));
  }
}
