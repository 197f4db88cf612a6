package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.StatusMark;
import org.councilperformance.domain.summary.ActionSummary;
import org.councilperformance.domain.summary.StatusSummary;
import org.councilperformance.domain.trend.IndicatorTrend;

/**
 * The summary counts (docs/rules.md#summary-counts): indicators, actions and year-end forecasts by
 * status, each with the sentence the committee report prints.
 */
@ApplicationScoped
public class SummarySource implements SectionSource {

  @Override
  public PackSection section() {
    return PackSection.SUMMARY;
  }

  @Override
  public SectionContent content(PackContext context) {
    return new SectionContent(
        section(),
        "Summary",
        rows(context.statuses(), context.trends(), context.actions()),
        Map.of());
  }

  /** A row per status counted, each with its group's heading and sentence. */
  static List<Map<String, Object>> rows(
      List<IndicatorStatus> statuses, List<IndicatorTrend> trends, List<ActionPosition> positions) {
    StatusSummary indicators =
        StatusSummary.of(statuses.stream().map(IndicatorStatus::status).toList());
    StatusSummary forecasts =
        StatusSummary.of(
            trends.stream().map(IndicatorTrend::forecastStatus).filter(s -> s != null).toList());
    ActionSummary actions = ActionSummary.of(positions);
    List<Map<String, Object>> rows = new ArrayList<>();
    String indicatorsHeading = "Key performance indicators";
    String note = AsReportedNote.of(statuses);
    String indicatorsText = note.isEmpty() ? indicators.text() : indicators.text() + ".\n" + note;
    add(rows, indicatorsHeading, indicatorsText, RagStatus.GREEN_PLUS, indicators.greenPlus());
    add(rows, indicatorsHeading, indicatorsText, RagStatus.GREEN, indicators.green());
    add(rows, indicatorsHeading, indicatorsText, RagStatus.AMBER, indicators.amber());
    add(rows, indicatorsHeading, indicatorsText, RagStatus.RED, indicators.red());
    add(rows, indicatorsHeading, indicatorsText, RagStatus.MISSING, indicators.missing());
    add(rows, indicatorsHeading, indicatorsText, RagStatus.DATA_ONLY, indicators.dataOnly());
    String actionsHeading = "Actions";
    add(rows, actionsHeading, actions.text(), RagStatus.GREEN, actions.green());
    add(rows, actionsHeading, actions.text(), RagStatus.AMBER, actions.amber());
    add(rows, actionsHeading, actions.text(), RagStatus.RED, actions.red());
    addLine(rows, actionsHeading, actions.text(), "Cancelled", actions.cancelled());
    String forecastHeading = "Year-end forecasts";
    String forecastText = forecasts.forecastText();
    add(rows, forecastHeading, forecastText, RagStatus.GREEN_PLUS, forecasts.greenPlus());
    add(rows, forecastHeading, forecastText, RagStatus.GREEN, forecasts.green());
    add(rows, forecastHeading, forecastText, RagStatus.AMBER, forecasts.amber());
    add(rows, forecastHeading, forecastText, RagStatus.RED, forecasts.red());
    return rows;
  }

  private static void add(
      List<Map<String, Object>> rows, String group, String text, RagStatus status, int count) {
    Map<String, Object> row = line(group, text, StatusMark.of(status), count);
    row.put("statusColour", StatusMark.colourOf(status));
    rows.add(row);
  }

  private static void addLine(
      List<Map<String, Object>> rows, String group, String text, String label, int count) {
    Map<String, Object> row = line(group, text, label, count);
    row.put("statusColour", StatusMark.colourOf(null));
    rows.add(row);
  }

  private static Map<String, Object> line(String group, String text, String label, int count) {
    Map<String, Object> row = new HashMap<>();
    row.put("group", group);
    row.put("text", text);
    row.put("status", label);
    row.put("count", count);
    return row;
  }
}
