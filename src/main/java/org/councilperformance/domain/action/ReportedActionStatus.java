package org.councilperformance.domain.action;

import java.util.Locale;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.indicator.RagStatus;

/**
 * The status a council printed for an action, kept beside the computed one. Councils print either
 * an action status ("Overdue", "In Progress") or only a colour ("green"); both are understood.
 *
 * @param label as printed
 * @param status the action status it names, or null when only a colour was printed
 * @param rag its colour, or null for a cancelled action
 */
public record ReportedActionStatus(String label, ActionStatus status, RagStatus rag) {

  public static ReportedActionStatus parse(String label, String field) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String key = label.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (ActionStatus s : ActionStatus.values()) {
      if (s.name().equals(key)) {
        return new ReportedActionStatus(label.trim(), s, s.rag());
      }
    }
    for (RagStatus r : new RagStatus[] {RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED}) {
      if (r.name().equals(key)) {
        return new ReportedActionStatus(label.trim(), null, r);
      }
    }
    throw new InvalidValueException(
        field,
        field
            + ": '"
            + label
            + "' is neither an action status (Completed, Cancelled, Not Started, In Progress,"
            + " Warning, Overdue) nor a colour (green, amber, red)");
  }

  /** Whether the computed status says something other than what was printed. */
  public boolean differsFrom(ActionStatus computed) {
    if (computed == null) {
      return false;
    }
    return status != null ? status != computed : rag != computed.rag();
  }
}
