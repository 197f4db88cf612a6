package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.report.NarrativeSubject;
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
        withNarratives(
            DashboardRows.of(
                context.statuses(),
                context.trends(),
                context.actions(),
                context.scope()::coversPriority,
                earlierQuarters.before(context.period(), context.scope()),
                period.quarter() == null ? "" : EarlierQuarters.label(period)),
            code -> context.narrative(NarrativeSubject.priority(code)));
    Map<String, Object> parameters = new HashMap<>(DashboardRows.printedColumns(rows));
    parameters.put("PREVIOUS_PERIOD", FigureFormats.label(period.previous()));
    return new SectionContent(section(), "Dashboard", rows, parameters);
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
