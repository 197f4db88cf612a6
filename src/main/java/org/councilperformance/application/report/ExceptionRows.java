package org.councilperformance.application.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.intervention.InterventionPlan;
import org.councilperformance.domain.intervention.InterventionStep;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.councilperformance.domain.report.StatusMark;

/**
 * The exception report's rows: first its items (part "items"), red then amber then missing data,
 * each with its commentary (for missing data, what is missing first) and the codes of its plans;
 * then each plan in force for them once, in full, one row per step (part "plans"). A plan covering
 * several items is printed once, not under each.
 */
final class ExceptionRows {
  static final String ITEMS = "items";
  static final String PLANS = "plans";
  static final String NO_PLAN = "No intervention plan";
  static final String NO_COMMENTARY = "No commentary";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private ExceptionRows() {}

  /** The plans' steps' owners and due dates, each printed only when some step has one. */
  static final PrintedColumns STEP_COLUMNS =
      new PrintedColumns(
          "plans' steps",
          r -> "plans".equals(r.get("part")) && r.get("stepNumber") != null,
          List.of(
              new PrintedColumns.Column("steps.owner", "stepOwner", "owner"),
              new PrintedColumns.Column("steps.due", "stepDue", "due date")));

  static List<Map<String, Object>> of(List<OffTrackItem> items) {
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, InterventionPlan> plans = new TreeMap<>();
    for (OffTrackItem item : items) {
      rows.add(itemRow(item));
      item.plans().forEach(p -> plans.putIfAbsent(p.code(), p));
    }
    for (InterventionPlan plan : plans.values()) {
      List<InterventionStep> steps = plan.steps();
      if (steps.isEmpty()) {
        Map<String, Object> row = planRow(plan);
        row.put("stepDescription", "No steps recorded.");
        rows.add(row);
      }
      for (int i = 0; i < steps.size(); i++) {
        InterventionStep step = steps.get(i);
        Map<String, Object> row = planRow(plan);
        row.put("stepNumber", i + 1);
        row.put("stepDescription", step.description());
        row.put("stepOwner", step.owner() == null ? "" : step.owner());
        row.put("stepDue", DashboardRows.dateOf(step.dueDate()));
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * e.g. "6 red and 1 amber item are off track. 2 indicators have no figure. 2 red items have no
   * intervention plan. 1 red item has no commentary."
   */
  static String summary(List<OffTrackItem> items) {
    if (items.isEmpty()) {
      return "No indicator or action in scope is red or amber, and no figure is missing, this"
          + " period.";
    }
    long red = items.stream().filter(i -> i.status() == RagStatus.RED).count();
    long amber = items.stream().filter(i -> i.status() == RagStatus.AMBER).count();
    long missing = items.stream().filter(i -> i.status() == RagStatus.MISSING).count();
    long noPlan = items.stream().filter(OffTrackItem::lacksPlan).count();
    long noCommentary = items.stream().filter(OffTrackItem::lacksCommentary).count();
    StringBuilder text =
        new StringBuilder()
            .append(red)
            .append(" red and ")
            .append(amber)
            .append(" amber ")
            .append(red + amber == 1 ? "item is" : "items are")
            .append(" off track.");
    if (missing > 0) {
      text.append(' ')
          .append(missing)
          .append(missing == 1 ? " indicator has" : " indicators have")
          .append(" no figure.");
    }
    if (noPlan > 0) {
      text.append(' ').append(redItems(noPlan)).append(" no intervention plan.");
    }
    if (noCommentary > 0) {
      text.append(' ').append(redItems(noCommentary)).append(" no commentary.");
    }
    return text.toString();
  }

  private static String redItems(long count) {
    return count + (count == 1 ? " red item has" : " red items have");
  }

  private static Map<String, Object> itemRow(OffTrackItem item) {
    Map<String, Object> row = blank(ITEMS);
    row.put("status", StatusMark.of(item.status(), item.reportedStatus()));
    row.put("reportedStatus", StatusMark.asReported(item.status(), item.reportedStatus()));
    row.put("statusColour", StatusMark.colourOf(item.status()));
    row.put("kind", item.kind() == OffTrackItem.Kind.INDICATOR ? "Indicator" : "Action");
    row.put("code", item.code());
    row.put("name", item.name());
    row.put("businessUnit", item.businessUnitName() == null ? "" : item.businessUnitName());
    boolean hasCommentary = item.commentary() != null && !item.commentary().isBlank();
    String commentary =
        hasCommentary ? item.commentary() : item.lacksCommentary() ? NO_COMMENTARY : "";
    row.put(
        "commentary",
        item.missing() == null
            ? commentary
            : item.missing() + (commentary.isEmpty() ? "" : "\n" + commentary));
    row.put("commentaryMissing", item.lacksCommentary());
    row.put(
        "plans",
        item.plans().isEmpty()
            ? (item.lacksPlan() ? NO_PLAN : "None")
            : String.join(
                "\n", item.plans().stream().map(p -> p.code() + ": " + p.title()).toList()));
    row.put("planMissing", item.lacksPlan());
    return row;
  }

  private static Map<String, Object> planRow(InterventionPlan plan) {
    Map<String, Object> row = blank(PLANS);
    row.put("planCode", plan.code());
    row.put("planTitle", plan.title());
    row.put("planReason", plan.reason());
    row.put(
        "planCovers",
        String.join(
            ", ",
            Stream.concat(
                    plan.indicators().stream().map(i -> i.code()),
                    plan.actions().stream().map(a -> a.code()))
                .sorted()
                .toList()));
    row.put(
        "expectedRecovery",
        plan.expectedRecovery() == null ? "Not set" : plan.expectedRecovery().label());
    row.put(
        "forecast",
        plan.forecast() == null || plan.forecast().isBlank() ? "Not given" : plan.forecast());
    row.put("focusedMonitoring", plan.focusedMonitoring() ? "Yes" : "No");
    row.put(
        "closed",
        plan.closedOn() == null
            ? ""
            : "Closed on " + DAY.format(plan.closedOn()) + ": " + plan.closingNote());
    return row;
  }

  /** Every field of both parts, empty, so the template never meets a null string. */
  private static Map<String, Object> blank(String part) {
    Map<String, Object> row = new HashMap<>();
    row.put("part", part);
    for (String field :
        List.of(
            "status",
            "kind",
            "code",
            "name",
            "businessUnit",
            "reportedStatus",
            "commentary",
            "plans",
            "planCode",
            "planTitle",
            "planReason",
            "planCovers",
            "expectedRecovery",
            "forecast",
            "focusedMonitoring",
            "closed",
            "stepDescription",
            "stepOwner")) {
      row.put(field, "");
    }
    row.put("statusColour", StatusMark.colourOf(null));
    row.put("commentaryMissing", false);
    row.put("planMissing", false);
    return row;
  }
}
