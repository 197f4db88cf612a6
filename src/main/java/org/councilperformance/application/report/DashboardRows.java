package org.councilperformance.application.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.action.ActionStatus;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.report.StatusMark;
import org.councilperformance.domain.summary.ActionSummary;
import org.councilperformance.domain.summary.StatusSummary;
import org.councilperformance.domain.trend.IndicatorTrend;

/**
 * The dashboards' rows: for each priority in scope, its actions and then its indicators, every row
 * carrying its dashboard's heading and counts so the template prints them once per priority.
 *
 * <p>An indicator serving several priorities in scope is on each of their dashboards: a dashboard
 * is that priority's whole picture. What serves no priority (in scope) is under "Other", last.
 */
final class DashboardRows {
  static final String OTHER = "Other";
  static final String ACTIONS = "Actions";
  static final String INDICATORS = "Indicators";

  /** Dates are whole days in the council's time zone; the pack is filled in the same zone. */
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private DashboardRows() {}

  /** The action table's columns that print only when some action has them. */
  static final PrintedColumns ACTION_COLUMNS =
      new PrintedColumns(
          "actions",
          r -> ACTIONS.equals(r.get("kind")),
          List.of(
              new PrintedColumns.Column("actions.dueDate", "dueDate", "due date"),
              new PrintedColumns.Column("actions.progress", "progress", "progress")));

  /** The indicator table's columns that print only when some indicator has them. */
  static final PrintedColumns INDICATOR_COLUMNS =
      new PrintedColumns(
          "indicators",
          r -> INDICATORS.equals(r.get("kind")),
          List.of(
              new PrintedColumns.Column("indicators.target", "target", "target"),
              new PrintedColumns.Column("indicators.actual", "actual", "actual"),
              new PrintedColumns.Column(
                  "indicators.sincePrevious", "sincePrevious", "direction of travel")));

  /** Which optional columns the dashboards' tables print, as the template's parameters. */
  static Map<String, Object> printedColumns(List<Map<String, Object>> rows) {
    return PrintedColumns.parameters(rows, ACTION_COLUMNS, INDICATOR_COLUMNS);
  }

  /** One priority's dashboard while it is gathered. */
  private record Board(
      String key, String heading, List<Integer> indicators, List<ActionPosition> actions) {
    Board(String key, String heading) {
      this(key, heading, new ArrayList<>(), new ArrayList<>());
    }
  }

  /**
   * @param statuses the indicators in scope, with {@code trends} in the same order
   * @param inScope whether a priority's dashboard belongs in this pack
   */
  static List<Map<String, Object>> of(
      List<IndicatorStatus> statuses,
      List<IndicatorTrend> trends,
      List<ActionPosition> actions,
      Predicate<Priority> inScope) {
    return of(statuses, trends, actions, inScope, List.of(), "");
  }

  /**
   * The same, each row also carrying its priority's trend: the share of its indicators on track in
   * each of the {@code earlier} quarters and this one ({@link OnTrackTrend}).
   *
   * @param earlier the quarters before this one, oldest first
   * @param quarter this quarter's short label, e.g. "Q2 2018/19"
   */
  static List<Map<String, Object>> of(
      List<IndicatorStatus> statuses,
      List<IndicatorTrend> trends,
      List<ActionPosition> actions,
      Predicate<Priority> inScope,
      List<EarlierQuarters.Quarter> earlier,
      String quarter) {
    // Priority name order, as the compendium lists them; "Other" last.
    Map<String, Board> boards =
        new TreeMap<>(
            Comparator.<String, Boolean>comparing(OTHER::equals)
                .thenComparing(Comparator.naturalOrder()));
    for (int i = 0; i < statuses.size(); i++) {
      List<Priority> served =
          statuses.get(i).indicator().priorities().stream().filter(inScope).toList();
      for (Board board : boardsOf(boards, served)) {
        board.indicators().add(i);
      }
    }
    for (ActionPosition action : actions) {
      Priority priority = action.action().priority();
      List<Priority> served =
          priority != null && inScope.test(priority) ? List.of(priority) : List.of();
      for (Board board : boardsOf(boards, served)) {
        board.actions().add(action);
      }
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Board board : boards.values()) {
      List<IndicatorStatus> boardStatuses = board.indicators().stream().map(statuses::get).toList();
      String actionCounts = actionCounts(board.actions());
      String indicatorCounts = indicatorCounts(boardStatuses);
      OnTrackTrend trend = OnTrackTrend.of(boardStatuses, earlier, quarter);
      int first = rows.size();
      board.actions().stream()
          .sorted(Comparator.comparing(a -> a.action().code()))
          .forEach(a -> rows.add(dashboard(board, actionCounts, indicatorCounts, actionRow(a))));
      board.indicators().stream()
          .sorted(Comparator.comparing(i -> statuses.get(i).indicator().code()))
          .forEach(
              i ->
                  rows.add(
                      dashboard(
                          board,
                          actionCounts,
                          indicatorCounts,
                          indicatorRow(statuses.get(i), trends.get(i)))));
      for (Map<String, Object> row : rows.subList(first, rows.size())) {
        row.put("trendPoints", trend.points());
        row.put("trendChartAltText", trend.altText());
      }
    }
    return rows;
  }

  /**
   * The boards of the priorities served, keyed by name so that they print in name order (the code
   * makes two priorities of one name distinct); "Other" when none.
   */
  private static List<Board> boardsOf(Map<String, Board> boards, List<Priority> served) {
    if (served.isEmpty()) {
      return List.of(boards.computeIfAbsent(OTHER, k -> new Board("", OTHER)));
    }
    return served.stream()
        .map(
            p ->
                boards.computeIfAbsent(
                    p.name() + "\u0000" + p.code(), k -> new Board(p.code(), p.name())))
        .toList();
  }

  private static Map<String, Object> dashboard(
      Board board, String actionCounts, String indicatorCounts, Map<String, Object> row) {
    row.put("priorityKey", board.key());
    row.put("priority", board.heading());
    row.put("actionCounts", actionCounts);
    row.put("indicatorCounts", indicatorCounts);
    return row;
  }

  private static Map<String, Object> actionRow(ActionPosition position) {
    Map<String, Object> row = blank(ACTIONS);
    row.put("code", position.action().code());
    row.put("name", position.action().title());
    row.put("dueDate", dateOf(position.basis().due()));
    row.put("progress", position.progress());
    row.put("status", actionMark(position));
    row.put("statusColour", StatusMark.colourOf(position.rag()));
    String commentary = position.update() == null ? null : position.update().commentary();
    row.put("commentary", commentary == null ? "" : commentary);
    return row;
  }

  private static Map<String, Object> indicatorRow(IndicatorStatus status, IndicatorTrend trend) {
    Map<String, Object> row = blank(INDICATORS);
    row.putAll(IndicatorRows.of(status, trend));
    return row;
  }

  /** Every field of both tables, empty, so the template never meets a null string. */
  private static Map<String, Object> blank(String kind) {
    Map<String, Object> row = new HashMap<>();
    row.put("kind", kind);
    for (String field : List.of("code", "name", "unit", "status", "sincePrevious", "commentary")) {
      row.put(field, "");
    }
    row.put("statusColour", StatusMark.colourOf(null));
    row.put("figurePattern", FigureFormats.pattern(FigureFormats.Kind.FIGURE));
    return row;
  }

  /** The colour's shape and word, with the action's status beneath where it is known. */
  static String actionMark(ActionPosition position) {
    if (position.rag() != null) {
      return StatusMark.of(position.rag())
          + (position.status() == null ? "" : "\n" + wordsOf(position.status()));
    }
    return position.status() == ActionStatus.CANCELLED ? "Cancelled" : "Not assessed";
  }

  static String wordsOf(ActionStatus status) {
    return switch (status) {
      case COMPLETED -> "Completed";
      case CANCELLED -> "Cancelled";
      case NOT_STARTED -> "Not started";
      case IN_PROGRESS -> "In progress";
      case WARNING -> "Warning";
      case OVERDUE -> "Overdue";
    };
  }

  /** e.g. "Actions: ● Green 5 · ▲ Amber 0 · ◆ Red 1"; cancelled and unassessed when any. */
  static String actionCounts(List<ActionPosition> actions) {
    if (actions.isEmpty()) {
      return ACTIONS + ": none";
    }
    ActionSummary counts = ActionSummary.of(actions);
    List<String> parts = new ArrayList<>();
    parts.add(StatusMark.of(RagStatus.GREEN) + " " + counts.green());
    parts.add(StatusMark.of(RagStatus.AMBER) + " " + counts.amber());
    parts.add(StatusMark.of(RagStatus.RED) + " " + counts.red());
    if (counts.cancelled() > 0) {
      parts.add("Cancelled " + counts.cancelled());
    }
    if (counts.notAssessed() > 0) {
      parts.add("Not assessed " + counts.notAssessed());
    }
    return ACTIONS + ": " + String.join(" · ", parts);
  }

  /** e.g. "Indicators: ● Green 12 · ▲ Amber 1 · ◆ Red 6"; the other statuses when any. */
  static String indicatorCounts(List<IndicatorStatus> statuses) {
    if (statuses.isEmpty()) {
      return INDICATORS + ": none";
    }
    StatusSummary counts =
        StatusSummary.of(
            statuses.stream().map(IndicatorStatus::status).filter(Objects::nonNull).toList());
    List<String> parts = new ArrayList<>();
    if (counts.greenPlus() > 0) {
      parts.add(StatusMark.of(RagStatus.GREEN_PLUS) + " " + counts.greenPlus());
    }
    parts.add(StatusMark.of(RagStatus.GREEN) + " " + counts.green());
    parts.add(StatusMark.of(RagStatus.AMBER) + " " + counts.amber());
    parts.add(StatusMark.of(RagStatus.RED) + " " + counts.red());
    if (counts.missing() > 0) {
      parts.add(StatusMark.of(RagStatus.MISSING) + " " + counts.missing());
    }
    if (counts.dataOnly() > 0) {
      parts.add(StatusMark.of(RagStatus.DATA_ONLY) + " " + counts.dataOnly());
    }
    return INDICATORS + ": " + String.join(" · ", parts);
  }

  /** A day as the templates format dates (their time zone is the council's). */
  static Date dateOf(LocalDate day) {
    return day == null ? null : Date.from(day.atStartOfDay(LONDON).toInstant());
  }
}
