package org.councilperformance.interfaces.rest.risk;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.risk.Risk;
import org.councilperformance.domain.risk.RiskPosition;
import org.councilperformance.domain.risk.RiskRating;
import org.councilperformance.domain.risk.RiskReview;
import org.councilperformance.domain.risk.RiskScoreBands;
import org.councilperformance.domain.risk.RiskStatus;
import org.councilperformance.domain.trend.DirectionOfTravel;

/** What the risk register endpoints answer. */
public final class RiskViews {
  private RiskViews() {}

  /** A rating with its score (likelihood × impact) and the band the score falls in. */
  @JsonbPropertyOrder({"likelihood", "impact", "score", "band"})
  public record RatingView(int likelihood, int impact, int score, RagStatus band) {
    static RatingView of(RiskRating rating, RiskScoreBands matrix) {
      return new RatingView(
          rating.likelihood(), rating.impact(), rating.score(), matrix.band(rating.score()));
    }
  }

  /**
   * A risk as the register shows it. {@code direction} compares the residual scores of the latest
   * two reviews (null until there are two); {@code lastReviewed} is the latest review's date.
   */
  @JsonbPropertyOrder({
    "code",
    "title",
    "cause",
    "consequence",
    "owner",
    "businessUnit",
    "priority",
    "status",
    "scale",
    "bandRule",
    "inherent",
    "residual",
    "controls",
    "mitigatingActions",
    "lastReviewed",
    "direction"
  })
  public record RiskView(
      String code,
      String title,
      String cause,
      String consequence,
      String owner,
      String businessUnit,
      String priority,
      RiskStatus status,
      int scale,
      String bandRule,
      RatingView inherent,
      RatingView residual,
      String controls,
      List<String> mitigatingActions,
      LocalDate lastReviewed,
      DirectionOfTravel direction) {
    static RiskView of(RiskPosition p) {
      Risk r = p.risk();
      RiskScoreBands matrix = r.matrix();
      return new RiskView(
          r.code(),
          r.title(),
          r.cause(),
          r.consequence(),
          r.owner(),
          r.businessUnit() == null ? null : r.businessUnit().code(),
          r.priority() == null ? null : r.priority().code(),
          r.status(),
          r.scale(),
          matrix.describe(),
          RatingView.of(r.inherent(), matrix),
          RatingView.of(r.residual(), matrix),
          r.controls(),
          r.mitigatingActions().stream().map(Action::code).sorted().toList(),
          p.latestReview() == null ? null : p.latestReview().reviewDate(),
          p.direction());
    }
  }

  @JsonbPropertyOrder({"reviewDate", "residual", "note", "reviewer", "enteredBy", "enteredAt"})
  public record ReviewView(
      LocalDate reviewDate,
      RatingView residual,
      String note,
      String reviewer,
      String enteredBy,
      Instant enteredAt) {
    static ReviewView of(RiskReview v) {
      return new ReviewView(
          v.reviewDate(),
          RatingView.of(v.rating(), v.risk().matrix()),
          v.note(),
          v.reviewer(),
          v.enteredBy(),
          v.enteredAt());
    }
  }
}
