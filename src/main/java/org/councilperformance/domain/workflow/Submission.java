package org.councilperformance.domain.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A business unit's figures for a period: submitted by its head of service, then approved by its
 * director or returned with a reason to be corrected and submitted again.
 */
@Entity
@Table(
    name = "submission",
    uniqueConstraints = @UniqueConstraint(columnNames = {"period_code", "business_unit_id"}))
@Audited
public class Submission {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", nullable = false)
  private ReportingPeriod period;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "business_unit_id", nullable = false)
  private BusinessUnit businessUnit;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private SubmissionState state;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(name = "return_reason", columnDefinition = "text")
  private String returnReason;

  protected Submission() {}

  public Submission(ReportingPeriod period, BusinessUnit businessUnit) {
    this.period = Objects.requireNonNull(period);
    this.businessUnit = Objects.requireNonNull(businessUnit);
    this.state = SubmissionState.NOT_SUBMITTED;
  }

  public void submit() {
    period.requireOpenForChanges();
    if (state == SubmissionState.SUBMITTED || state == SubmissionState.APPROVED) {
      throw new ConflictException(
          "businessUnit", businessUnit.code() + " has already submitted " + period.code());
    }
    state = SubmissionState.SUBMITTED;
    returnReason = null;
  }

  public void approve() {
    period.requireOpenForChanges();
    if (state != SubmissionState.SUBMITTED) {
      throw new ConflictException(
          "businessUnit",
          businessUnit.code()
              + "'s figures for "
              + period.code()
              + " are "
              + state
              + ", not SUBMITTED");
    }
    state = SubmissionState.APPROVED;
  }

  public void returnForCorrection(String reason) {
    period.requireOpenForChanges();
    if (reason == null || reason.isBlank()) {
      throw new InvalidValueException("reason", "returning figures needs a reason for the service");
    }
    if (state != SubmissionState.SUBMITTED && state != SubmissionState.APPROVED) {
      throw new ConflictException(
          "businessUnit",
          businessUnit.code() + "'s figures for " + period.code() + " have not been submitted");
    }
    state = SubmissionState.RETURNED;
    returnReason = reason.trim();
  }

  public BusinessUnit businessUnit() {
    return businessUnit;
  }

  public ReportingPeriod period() {
    return period;
  }

  public SubmissionState state() {
    return state;
  }

  public String returnReason() {
    return returnReason;
  }
}
