package org.councilperformance.domain.report;

import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.trend.DirectionOfTravel;

/**
 * How a status or a direction of travel is printed: a shape and a word as well as a colour, so a
 * pack printed in black and white, or read by someone who cannot tell red from green, still says
 * the same thing.
 */
public final class StatusMark {
  private StatusMark() {}

  /** Shape and word, e.g. "◆ Red"; empty for no status. */
  public static String of(RagStatus status) {
    if (status == null) {
      return "";
    }
    return switch (status) {
      case GREEN_PLUS -> "★ Green plus";
      case GREEN -> "● Green";
      case AMBER -> "▲ Amber";
      case RED -> "◆ Red";
      case MISSING -> "✕ Missing";
      case DATA_ONLY -> "○ Data only";
    };
  }

  /**
   * The status shown, with the status the council printed beneath it where the two differ (e.g. "▲
   * Amber" and "as reported: ● Green"), so a reader sees both and which one counts.
   */
  public static String of(RagStatus shown, RagStatus reported) {
    String asReported = asReported(shown, reported);
    return asReported.isEmpty() ? of(shown) : of(shown) + "\n" + asReported;
  }

  /**
   * "as reported: ● Green" where the council printed a status other than the one shown, else "".
   * The shape and its word are joined by a no-break space: a narrow cell wraps before the shape.
   */
  public static String asReported(RagStatus shown, RagStatus reported) {
    return reported == null || reported == shown
        ? ""
        : "as reported: " + of(reported).replaceFirst(" ", "\u00A0");
  }

  /**
   * The name of the colour behind the mark in the pack's style library (reports/styles.jrtx), e.g.
   * "Status.AMBER"; "Status.NONE" for no status. The colours themselves live in the library.
   */
  public static String colourOf(RagStatus status) {
    return "Status." + (status == null ? "NONE" : status.name());
  }

  /** Arrow and word, e.g. "↑ Improving"; empty where there is nothing to compare. */
  public static String of(DirectionOfTravel direction) {
    if (direction == null) {
      return "";
    }
    return switch (direction) {
      case IMPROVING -> "↑ Improving";
      case UNCHANGED -> "→ Unchanged";
      case WORSENING -> "↓ Worsening";
    };
  }
}
