package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
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
    return new SectionContent(
        section(),
        "Dashboard",
        DashboardRows.of(
            context.statuses(),
            context.trends(),
            context.actions(),
            context.scope()::coversPriority),
        Map.of("PREVIOUS_PERIOD", FigureFormats.label(context.period().periodCode().previous())));
  }
}
