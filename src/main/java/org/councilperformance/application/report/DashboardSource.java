package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.report.PackSection;

/**
 * A dashboard per priority in scope (docs/reports.md#sections): its actions and indicators counted
 * by status, a chart of the share on track over the quarters there are figures for, then a table of
 * each. Reads the earlier quarters' statuses for the chart.
 */
@ApplicationScoped
public class DashboardSource implements SectionSource {
  private final EarlierQuarters earlierQuarters;

  @Inject
  public DashboardSource(EarlierQuarters earlierQuarters) {
    this.earlierQuarters = earlierQuarters;
  }

  /** For CDI's client proxy only. */
  protected DashboardSource() {
    this(null);
  }

  @Override
  public PackSection section() {
    return PackSection.DASHBOARD;
  }

  @Override
  public SectionContent content(PackContext context) {
    PeriodCode period = context.period().periodCode();
    List<Map<String, Object>> rows =
        DashboardRows.of(
            context.statuses(),
            context.trends(),
            context.actions(),
            context.scope()::coversPriority,
            earlierQuarters.before(context.period(), context.scope()),
            period.quarter() == null ? "" : EarlierQuarters.label(period));
    Map<String, Object> parameters = new HashMap<>(DashboardRows.printedColumns(rows));
    parameters.put("PREVIOUS_PERIOD", FigureFormats.label(period.previous()));
    return new SectionContent(section(), "Dashboard", rows, parameters);
  }
}
