package org.councilperformance.domain.indicator;

import java.util.Locale;
import org.councilperformance.domain.InvalidValueException;

/** The red/amber/green status of an indicator for a period (docs/rules.md#indicator-status). */
public enum RagStatus {
  /** Beats the target by at least the green-plus margin. */
  GREEN_PLUS,
  /** Meets or beats the target. */
  GREEN,
  /** Misses the target but within tolerance. */
  AMBER,
  /** Misses the target by more than the tolerance. */
  RED,
  /**
   * An actual was due and none was reported (a missing-data reason, or nothing entered), with or
   * without a target; never counted as on track.
   */
  MISSING,
  /** Reported for information: a data-only indicator, or a figure with no target to judge. */
  DATA_ONLY;

  public boolean onTrack() {
    return this == GREEN || this == GREEN_PLUS;
  }

  /**
   * The status a council printed, as loaded from its own report: a status's name ({@code
   * GREEN_PLUS}) or its words as printed ({@code "green plus"}, {@code "Data Only"}), any case;
   * "missing data" is MISSING (docs/rules.md#indicator-status).
   *
   * @return null when nothing was given
   */
  public static RagStatus printed(String label, String field) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String key = label.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    if (key.equals("MISSING_DATA")) {
      return MISSING;
    }
    for (RagStatus s : values()) {
      if (s.name().equals(key)) {
        return s;
      }
    }
    throw new InvalidValueException(
        field,
        field
            + ": '"
            + label
            + "' is not a status (GREEN_PLUS, GREEN, AMBER, RED, MISSING for missing data,"
            + " DATA_ONLY)");
  }
}
