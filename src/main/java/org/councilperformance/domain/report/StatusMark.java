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

  /** The colour behind the mark, as the templates' hex colours; white for no status. */
  public static String colourOf(RagStatus status) {
    if (status == null) {
      return "#FFFFFF";
    }
    return switch (status) {
      case GREEN_PLUS, GREEN -> "#C6E7C6";
      case AMBER -> "#FBE3B0";
      case RED -> "#F4C2C2";
      case MISSING, DATA_ONLY -> "#E6E6E6";
    };
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
