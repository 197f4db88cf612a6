package org.councilperformance.domain.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.indicator.RagStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A dated review of a risk: its residual likelihood and impact as judged that day, a note, and who
 * reviewed it (e.g. the risk owner, or the leadership team). One review per risk per day.
 */
@Entity
@Table(
    name = "risk_review",
    uniqueConstraints = @UniqueConstraint(columnNames = {"risk_id", "review_date"}))
@Audited
public class RiskReview {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "risk_id", nullable = false)
  private Risk risk;

  @Column(name = "review_date", nullable = false)
  private LocalDate reviewDate;

  @Embedded private RiskRating rating;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  private String note;

  @Column(length = 200)
  private String reviewer;

  @Column(name = "entered_by", nullable = false, length = 100)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  protected RiskReview() {}

  /**
   * @param today a review cannot be dated after it
   */
  public RiskReview(
      Risk risk,
      LocalDate reviewDate,
      RiskRating rating,
      String note,
      String reviewer,
      LocalDate today,
      String enteredBy,
      Instant enteredAt) {
    if (reviewDate == null) {
      throw new InvalidValueException("reviewDate", "reviewDate: must be given");
    }
    if (reviewDate.isAfter(today)) {
      throw new InvalidValueException(
          "reviewDate", "reviewDate " + reviewDate + " is in the future (today is " + today + ")");
    }
    this.risk = Objects.requireNonNull(risk);
    this.reviewDate = reviewDate;
    this.rating = Objects.requireNonNull(rating);
    this.note = note;
    this.reviewer = reviewer == null || reviewer.isBlank() ? null : reviewer.trim();
    this.enteredBy = Objects.requireNonNull(enteredBy);
    this.enteredAt = Objects.requireNonNull(enteredAt);
  }

  public RagStatus band() {
    return risk.matrix().band(rating.score());
  }

  public Long id() {
    return id;
  }

  public Risk risk() {
    return risk;
  }

  public LocalDate reviewDate() {
    return reviewDate;
  }

  /** The residual rating given at this review. */
  public RiskRating rating() {
    return rating;
  }

  public String note() {
    return note;
  }

  public String reviewer() {
    return reviewer;
  }

  public String enteredBy() {
    return enteredBy;
  }

  public Instant enteredAt() {
    return enteredAt;
  }
}
