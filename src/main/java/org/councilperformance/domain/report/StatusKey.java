package org.councilperformance.domain.report;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.trend.DirectionOfTravel;

/**
 * The key a pack prints on its front sheet: every status's mark (shape and word, {@link
 * StatusMark}) with what it means, in the words of docs/rules.md#indicator-status and
 * docs/rules.md#action-status, then the directions of travel.
 */
public final class StatusKey {
  /** One line of the key: the mark as printed and its definition. */
  public record Entry(String mark, String definition) {}

  private StatusKey() {}

  public static List<Entry> entries() {
    List<Entry> statuses =
        Arrays.stream(RagStatus.values())
            .map(s -> new Entry(StatusMark.of(s), definition(s)))
            .toList();
    List<Entry> directions =
        Arrays.stream(DirectionOfTravel.values())
            .map(d -> new Entry(StatusMark.of(d), definition(d)))
            .toList();
    return Stream.concat(statuses.stream(), directions.stream()).toList();
  }

  /** What a status means, for indicators and, where actions take the colour, for actions. */
  public static String definition(RagStatus status) {
    return switch (status) {
      case GREEN_PLUS -> "Indicator beats its target by at least its green-plus margin.";
      case GREEN ->
          "Indicator meets or beats its target. Action on track: in progress, not yet started"
              + " or completed.";
      case AMBER ->
          "Indicator misses its target by no more than its tolerance (5% of the target unless"
              + " set otherwise). Action at risk: due within the warning window (30 days unless set"
              + " otherwise), or more than 20 points behind its planned progress.";
      case RED ->
          "Indicator misses its target by more than its tolerance. Action overdue: past its"
              + " due date and not completed.";
      case MISSING -> "No figure was reported although one was due; never counted as on track.";
      case DATA_ONLY ->
          "Reported for information: a data-only indicator, or a figure with no target to"
              + " judge it against.";
    };
  }

  /** What a direction of travel compares. */
  public static String definition(DirectionOfTravel direction) {
    return switch (direction) {
      case IMPROVING ->
          "The figure moved the good way (up or down, as the indicator's polarity says) since"
              + " the period it is compared with.";
      case UNCHANGED -> "The figure is the same as in the period it is compared with.";
      case WORSENING -> "The figure moved the bad way since the period it is compared with.";
    };
  }
}
