package org.councilperformance.domain.risk;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.trend.DirectionOfTravel;

/**
 * A risk as the register shows it: with its latest review and its direction of travel (none until
 * it has been reviewed twice).
 */
public record RiskPosition(Risk risk, RiskReview latestReview, DirectionOfTravel direction) {
  public static RiskPosition of(Risk risk, Collection<RiskReview> reviews) {
    RiskReview latest =
        reviews.stream().max(Comparator.comparing(RiskReview::reviewDate)).orElse(null);
    return new RiskPosition(risk, latest, directionOf(reviews));
  }

  /**
   * The residual score at the latest review against the review before, by review date (not by when
   * they were entered); a lower score is better. Null with fewer than two reviews: one review has
   * nothing to compare with. The same score with likelihood and impact traded is unchanged.
   */
  static DirectionOfTravel directionOf(Collection<RiskReview> reviews) {
    if (reviews.size() < 2) {
      return null;
    }
    List<RiskReview> newestFirst =
        reviews.stream()
            .sorted(Comparator.comparing(RiskReview::reviewDate).reversed())
            .limit(2)
            .toList();
    return DirectionOfTravel.between(
        Polarity.LOWER_IS_BETTER,
        BigDecimal.valueOf(newestFirst.get(1).rating().score()),
        BigDecimal.valueOf(newestFirst.get(0).rating().score()));
  }
}
