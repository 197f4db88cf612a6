package org.councilperformance.domain.risk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dated review of a risk for a test: its residual likelihood × impact, and the note and reviewer
 * where the test gives them. Entered by "test"; "today" is the review's own date unless the test
 * says otherwise (a review cannot be dated after it).
 */
public final class RiskReviewBuilder {
  private final Risk risk;
  private final LocalDate reviewDate;
  private int likelihood = 1;
  private int impact = 1;
  private String note;
  private String reviewer;
  private LocalDate today;

  private RiskReviewBuilder(Risk risk, LocalDate reviewDate) {
    this.risk = risk;
    this.reviewDate = reviewDate;
  }

  public static RiskReviewBuilder reviewOf(Risk risk, LocalDate on) {
    return new RiskReviewBuilder(risk, on);
  }

  /** The residual rating the review gives. */
  public RiskReviewBuilder rated(int likelihood, int impact) {
    this.likelihood = likelihood;
    this.impact = impact;
    return this;
  }

  public RiskReviewBuilder note(String note) {
    this.note = note;
    return this;
  }

  public RiskReviewBuilder by(String reviewer) {
    this.reviewer = reviewer;
    return this;
  }

  public RiskReviewBuilder enteredOn(LocalDate today) {
    this.today = today;
    return this;
  }

  public RiskReview build() {
    return new RiskReview(
        risk,
        reviewDate,
        risk.rating(likelihood, impact, "residual"),
        note,
        reviewer,
        today == null ? reviewDate : today,
        "test",
        Instant.EPOCH);
  }
}
