package org.councilperformance.domain.risk;

import java.util.Collection;
import java.util.Comparator;

/**
 * A risk as the register shows it: with its latest review and its direction of travel (none until
 * it has been reviewed twice).
 */
public record RiskPosition(Risk risk, RiskReview latestReview, DirectionOfTravel direction) {
  public static RiskPosition of(Risk risk, Collection<RiskReview> reviews) {
    RiskReview latest =
        reviews.stream().max(Comparator.comparing(RiskReview::reviewDate)).orElse(null);
    return new RiskPosition(risk, latest, DirectionOfTravel.ofReviews(reviews));
  }
}
