package org.councilperformance.domain.risk;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Which way a risk is moving: its residual score at the latest review against the review before
 * (DESIGN.md §2, Risk). A lower score is better, so a falling score is IMPROVING.
 */
public enum DirectionOfTravel {
  /** The residual score fell. */
  IMPROVING,
  /** The same residual score, even if likelihood and impact traded places. */
  UNCHANGED,
  /** The residual score rose. */
  WORSENING;

  public static DirectionOfTravel between(int previousScore, int latestScore) {
    if (latestScore < previousScore) {
      return IMPROVING;
    }
    return latestScore == previousScore ? UNCHANGED : WORSENING;
  }

  /**
   * The direction between the two latest reviews by review date (not by when they were entered), or
   * null with fewer than two reviews: one review has nothing to compare with.
   */
  public static DirectionOfTravel ofReviews(Collection<RiskReview> reviews) {
    if (reviews.size() < 2) {
      return null;
    }
    List<RiskReview> newestFirst =
        reviews.stream()
            .sorted(Comparator.comparing(RiskReview::reviewDate).reversed())
            .limit(2)
            .toList();
    return between(newestFirst.get(1).rating().score(), newestFirst.get(0).rating().score());
  }
}
