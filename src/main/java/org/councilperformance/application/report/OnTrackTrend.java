package org.councilperformance.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.RagStatus;

/**
 * A dashboard's trend at a glance: the share of its indicators on track (green or green plus) among
 * those with a red, amber or green status, in each quarter with such statuses, this one last. The
 * chart prints from two quarters on; its text alternative, {@link #altText()}, says every figure it
 * shows in words (the row field {@code trendChartAltText}).
 *
 * @param points one per quarter, oldest first: "quarter" (its label) and "share" (whole percent)
 * @param altText e.g. "Indicators on track: Q1 2018/19 70% (14 of 20), Q2 2018/19 61% (23 of 38).",
 *     empty when there is no chart
 */
record OnTrackTrend(List<Map<String, Object>> points, String altText) {
  private static final Set<RagStatus> ASSESSED =
      EnumSet.of(RagStatus.GREEN_PLUS, RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED);
  private static final Set<RagStatus> ON_TRACK = EnumSet.of(RagStatus.GREEN_PLUS, RagStatus.GREEN);

  /** A chart needs two quarters at least: one bar is no trend. */
  static final int FEWEST_QUARTERS = 2;

  /**
   * @param statuses the dashboard's indicators with this quarter's statuses
   * @param earlier the quarters before, oldest first, with their statuses by indicator code
   * @param quarter this quarter's label
   */
  static OnTrackTrend of(
      List<IndicatorStatus> statuses, List<EarlierQuarters.Quarter> earlier, String quarter) {
    List<String> codes = statuses.stream().map(s -> s.indicator().code()).toList();
    List<Map<String, Object>> points = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (EarlierQuarters.Quarter q : earlier) {
      add(points, words, q.label(), codes.stream().map(q.statuses()::get).toList());
    }
    add(points, words, quarter, statuses.stream().map(IndicatorStatus::status).toList());
    if (points.size() < FEWEST_QUARTERS) {
      return new OnTrackTrend(List.of(), "");
    }
    return new OnTrackTrend(
        List.copyOf(points),
        "Indicators on track (green or green plus, of those with a red, amber or green status): "
            + String.join(", ", words)
            + ".");
  }

  private static void add(
      List<Map<String, Object>> points, List<String> words, String label, List<RagStatus> of) {
    long assessed = of.stream().filter(ASSESSED::contains).count();
    if (assessed == 0) {
      return;
    }
    long onTrack = of.stream().filter(ON_TRACK::contains).count();
    BigDecimal share =
        BigDecimal.valueOf(onTrack * 100)
            .divide(BigDecimal.valueOf(assessed), 0, RoundingMode.HALF_UP);
    points.add(Map.of("quarter", label, "share", share));
    words.add(label + " " + share + "% (" + onTrack + " of " + assessed + ")");
  }
}
