package org.councilperformance.domain.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import org.councilperformance.domain.action.ActionPosition;
import org.councilperformance.domain.action.ActionStatus;
import org.councilperformance.domain.indicator.RagStatus;

/**
 * Summary counts of actions for a scope (docs/rules.md#summary-counts): green (completed, in
 * progress, not started), amber (warning), red (overdue). Cancelled actions and those with no
 * status at all are counted apart and left out of the share on track.
 */
public record ActionSummary(
    int total, int green, int amber, int red, int cancelled, int notAssessed) {

  /**
   * @param colours each action's dashboard colour; null for a cancelled or unassessed action
   * @param cancelled how many of them are cancelled
   */
  /** The dashboard colours of actions' positions, cancelled ones counted apart. */
  public static ActionSummary of(List<ActionPosition> positions) {
    return of(
        positions.stream().map(ActionPosition::rag).toList(),
        (int) positions.stream().filter(p -> p.status() == ActionStatus.CANCELLED).count());
  }

  public static ActionSummary of(Collection<RagStatus> colours, int cancelled) {
    int green = 0;
    int amber = 0;
    int red = 0;
    for (RagStatus c : colours) {
      if (c == RagStatus.GREEN) {
        green++;
      } else if (c == RagStatus.AMBER) {
        amber++;
      } else if (c == RagStatus.RED) {
        red++;
      }
    }
    return new ActionSummary(
        colours.size(),
        green,
        amber,
        red,
        cancelled,
        colours.size() - green - amber - red - cancelled);
  }

  public int judged() {
    return green + amber + red;
  }

  /** Percentage green, rounded half-up to a whole number as reports print it; null if none. */
  public BigDecimal onTrackPercent() {
    if (judged() == 0) {
      return null;
    }
    return BigDecimal.valueOf(green * 100L)
        .divide(BigDecimal.valueOf(judged()), 0, RoundingMode.HALF_UP);
  }

  /** e.g. "23 of 26 actions on track (88%)". */
  public String text() {
    BigDecimal percent = onTrackPercent();
    return green
        + " of "
        + judged()
        + " actions on track"
        + (percent == null ? "" : " (" + percent.toPlainString() + "%)");
  }
}
