package org.councilperformance.domain.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilperformance.domain.indicator.RagStatus;

/**
 * What a business unit still has to enter for a period (docs/rules.md#what-a-reminder-lists):
 * indicators with no actual (neither a figure nor a reason it is missing), actions with no update
 * this period, red or amber items with no commentary, and red items with no intervention plan in
 * force. Each list holds the items as "code name".
 */
public record Outstanding(
    List<String> figures, List<String> actionUpdates, List<String> commentary, List<String> plans) {

  public enum Kind {
    INDICATOR,
    ACTION
  }

  /**
   * One indicator or action of the unit as it stands for the period.
   *
   * @param entered an indicator: a figure or a reason it is missing was entered; an action: it was
   *     updated this period
   * @param status its red/amber/green status, null when there is none to judge
   * @param commentary this period's commentary, null for none
   * @param planned an intervention plan in force for the period covers it
   */
  public record Item(
      Kind kind,
      String code,
      String name,
      boolean entered,
      RagStatus status,
      String commentary,
      boolean planned) {
    public Item {
      Objects.requireNonNull(kind);
      Objects.requireNonNull(code);
    }

    String label() {
      return name == null ? code : code + " " + name;
    }
  }

  public Outstanding {
    figures = List.copyOf(figures);
    actionUpdates = List.copyOf(actionUpdates);
    commentary = List.copyOf(commentary);
    plans = List.copyOf(plans);
  }

  public static Outstanding of(List<Item> items) {
    List<String> figures = new ArrayList<>();
    List<String> updates = new ArrayList<>();
    List<String> commentary = new ArrayList<>();
    List<String> plans = new ArrayList<>();
    for (Item item : items) {
      if (!item.entered()) {
        (item.kind() == Kind.INDICATOR ? figures : updates).add(item.label());
      } else if ((item.status() == RagStatus.RED || item.status() == RagStatus.AMBER)
          && (item.commentary() == null || item.commentary().isBlank())) {
        commentary.add(item.label());
      }
      if (item.status() == RagStatus.RED && !item.planned()) {
        plans.add(item.label());
      }
    }
    return new Outstanding(figures, updates, commentary, plans);
  }

  /** Nothing is missing: the unit gets no reminder. */
  public boolean complete() {
    return count() == 0;
  }

  public int count() {
    return figures.size() + actionUpdates.size() + commentary.size() + plans.size();
  }

  /** The lists in words, as a reminder prints them; empty lists left out. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    section(lines, "Figures not entered", figures);
    section(lines, "Actions not updated", actionUpdates);
    section(lines, "Red or amber without commentary", commentary);
    section(lines, "Red without an intervention plan", plans);
    return lines;
  }

  private static void section(List<String> lines, String heading, List<String> items) {
    if (!items.isEmpty()) {
      lines.add(heading + " (" + items.size() + "):");
      items.forEach(i -> lines.add("  - " + i));
    }
  }
}
