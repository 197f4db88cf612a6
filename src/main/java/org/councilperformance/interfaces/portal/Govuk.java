package org.councilperformance.interfaces.portal;

/**
 * What the GOV.UK component templates (src/main/jte/govuk) take for their repeated parts, as the
 * Design System names them (docs/portal.md#components).
 */
public final class Govuk {
  private Govuk() {}

  /**
   * A task in a task list.
   *
   * @param href where the task is done; null when it cannot be done here
   * @param tagClasses the status as a tag with these classes ("" for the default tag); null for
   *     plain text, as for a completed task
   */
  public record TaskItem(
      String title,
      String href,
      String hint,
      String status,
      String tagClasses,
      boolean cannotStartYet) {
    public static TaskItem of(String title, String href, String hint, String status, String tag) {
      return new TaskItem(title, href, hint, status, tag, false);
    }
  }

  /** A row of a summary list, with at most one action (e.g. "Change"). */
  public record SummaryRow(
      String key, String value, String actionHref, String actionText, String actionHiddenText) {
    public static SummaryRow of(String key, String value) {
      return new SummaryRow(key, value, null, null, null);
    }
  }

  /** A link of the service navigation; {@code active} for the section the page belongs to. */
  public record NavItem(String href, String text, boolean active) {}

  /**
   * A choice of a radios group.
   *
   * @param id the input's id; null for the GOV.UK default (the group's prefix, then -2, -3…)
   */
  public record RadioItem(String id, String value, String text, String hint, boolean checked) {}

  /** An option of a select; {@code value} "" for the choice of none. */
  public record SelectItem(String value, String text, boolean selected, boolean disabled) {
    public static SelectItem of(String value, String text, boolean selected) {
      return new SelectItem(value, text, selected, false);
    }
  }
}
