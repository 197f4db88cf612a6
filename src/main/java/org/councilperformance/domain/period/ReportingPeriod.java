package org.councilperformance.domain.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Versioned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A financial year or one of its quarters, for which targets are set and actuals reported. */
@Entity
@Table(name = "reporting_period")
@Audited
public class ReportingPeriod implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @Column(length = 16)
  private String code;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "period_type", nullable = false, length = 16)
  private PeriodType type;

  @Column(name = "financial_year", nullable = false, length = 7)
  private String financialYear;

  private Integer quarter;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(nullable = false, length = 100)
  private String label;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private PeriodState state = PeriodState.OPEN;

  /** Why an admin last reopened the period; kept in the audit history with each reopening. */
  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(name = "reopen_reason", columnDefinition = "text")
  private String reopenReason;

  /**
   * Whether the period's snapshot was taken as it was locked: its statuses are then judged from it,
   * even when it holds no indicator or no action
   * (docs/rules.md#a-locked-period-keeps-its-statuses).
   */
  @NotAudited
  @Column(name = "snapshot_taken", nullable = false)
  private boolean snapshotTaken;

  protected ReportingPeriod() {}

  public ReportingPeriod(PeriodCode code, String label) {
    Objects.requireNonNull(code);
    this.code = code.toString();
    this.type = code.type();
    this.financialYear = code.financialYear();
    this.quarter = code.quarter();
    this.startDate = code.startDate();
    this.endDate = code.endDate();
    relabel(label);
  }

  public void relabel(String label) {
    this.label = label == null || label.isBlank() ? periodCode().defaultLabel() : label.trim();
  }

  public void lock() {
    if (state != PeriodState.OPEN) {
      throw new ConflictException("period", "period " + code + " is already " + state);
    }
    state = PeriodState.LOCKED;
  }

  public void publish() {
    if (state != PeriodState.LOCKED) {
      throw new ConflictException(
          "period", "period " + code + " is " + state + "; only a locked period can be published");
    }
    state = PeriodState.PUBLISHED;
  }

  public void reopen(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidValueException(
          "reason", "reopening a signed-off period needs a written reason");
    }
    if (state == PeriodState.OPEN) {
      throw new ConflictException("period", "period " + code + " is already open");
    }
    state = PeriodState.OPEN;
    reopenReason = reason.trim();
  }

  /** Whether the period is judged from the snapshot taken as it was locked, not live. */
  public boolean judgedAsLocked() {
    return state != PeriodState.OPEN && snapshotTaken;
  }

  /** Records that the snapshot was taken, as the period is locked. */
  public void snapshotTaken() {
    this.snapshotTaken = true;
  }

  /** Records that the snapshot was dropped, as the period is reopened. */
  public void snapshotDropped() {
    this.snapshotTaken = false;
  }

  /** Refuses any change to the period's figures once it is signed off. */
  public void requireOpenForChanges() {
    if (state != PeriodState.OPEN) {
      throw new ConflictException(
          "period",
          "period "
              + code
              + " is "
              + state
              + ": its figures cannot change unless an admin reopens it with a reason");
    }
  }

  /**
   * Refuses a change to what was released with the period's pack (its cover) once it is published.
   */
  public void requireUnpublished() {
    if (state == PeriodState.PUBLISHED) {
      throw new ConflictException(
          "period",
          "period "
              + code
              + " is PUBLISHED: what its pack printed cannot change unless an admin reopens it"
              + " with a reason");
    }
  }

  public PeriodState state() {
    return state;
  }

  public String reopenReason() {
    return reopenReason;
  }

  public PeriodCode periodCode() {
    return PeriodCode.parse(code, "period");
  }

  public String code() {
    return code;
  }

  public PeriodType type() {
    return type;
  }

  public String financialYear() {
    return financialYear;
  }

  public Integer quarter() {
    return quarter;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public String label() {
    return label;
  }

  @Override
  public long version() {
    return version;
  }
}
