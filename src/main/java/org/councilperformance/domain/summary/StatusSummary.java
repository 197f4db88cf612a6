package org.councilperformance.domain.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.councilperformance.domain.indicator.RagStatus;

/**
 * Summary counts for a scope (docs/rules.md#summary-counts): how many measures are reported, how
 * many meet or beat target (green and green plus), amber, red and missing. The share on track is
 * taken over the measures that have a status to judge (all but data-only), so missing data counts
 * against it.
 */
public record StatusSummary(
    int total, int greenPlus, int green, int amber, int red, int missing, int dataOnly) {

  public static StatusSummary of(Collection<RagStatus> statuses) {
    Map<RagStatus, Integer> counts = new EnumMap<>(RagStatus.class);
    statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
    return new StatusSummary(
        statuses.size(),
        counts.getOrDefault(RagStatus.GREEN_PLUS, 0),
        counts.getOrDefault(RagStatus.GREEN, 0),
        counts.getOrDefault(RagStatus.AMBER, 0),
        counts.getOrDefault(RagStatus.RED, 0),
        counts.getOrDefault(RagStatus.MISSING, 0),
        counts.getOrDefault(RagStatus.DATA_ONLY, 0));
  }

  /** Measures whose status is on track ({@link RagStatus#onTrack()}): green plus and green. */
  public int onTrack() {
    int onTrack = 0;
    for (RagStatus status : RagStatus.values()) {
      if (status.onTrack()) {
        onTrack += count(status);
      }
    }
    return onTrack;
  }

  /** How many measures have the status. */
  public int count(RagStatus status) {
    return switch (status) {
      case GREEN_PLUS -> greenPlus;
      case GREEN -> green;
      case AMBER -> amber;
      case RED -> red;
      case MISSING -> missing;
      case DATA_ONLY -> dataOnly;
    };
  }

  /** Measures with a status to judge: every one but the data-only ones. */
  public int judged() {
    return total - dataOnly;
  }

  /** Percentage on track, rounded half-up to a whole number as reports print it; null if none. */
  public BigDecimal onTrackPercent() {
    if (judged() == 0) {
      return null;
    }
    return BigDecimal.valueOf(onTrack() * 100L)
        .divide(BigDecimal.valueOf(judged()), 0, RoundingMode.HALF_UP);
  }

  /** e.g. "25 of 38 indicators on track (66%)". */
  public String text() {
    BigDecimal percent = onTrackPercent();
    return onTrack()
        + " of "
        + judged()
        + " indicators on track"
        + (percent == null ? "" : " (" + percent.toPlainString() + "%)");
  }

  /** The same count for year-end forecasts, e.g. "4 of 9 indicators forecast on track at…". */
  public String forecastText() {
    return text().replace(" on track", " forecast on track at the year end");
  }
}
