package org.councilperformance.domain.action;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.SameValues;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * An action's update for a period: progress, commentary, and the owner's decision to close it as
 * completed or cancelled. Also keeps the status the council printed, when imported.
 */
@Entity
@Table(
    name = "action_update",
    uniqueConstraints = @UniqueConstraint(columnNames = {"action_id", "period_code"}))
@Audited
public class ActionUpdate implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_id", nullable = false)
  private Action action;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", nullable = false)
  private ReportingPeriod period;

  private Integer progress;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  private String commentary;

  /**
   * Whether the commentary is for the council only: shown signed in and in committee packs, never
   * published as open data (docs/open-data.md#internal-commentary).
   */
  @Column(name = "commentary_internal", nullable = false)
  private boolean commentaryInternal;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 20)
  private ActionClosure closure;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(name = "closure_reason", columnDefinition = "text")
  private String closureReason;

  @Column(name = "reported_status", length = 40)
  private String reportedStatus;

  @Column(name = "entered_by", nullable = false, length = 100)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  protected ActionUpdate() {}

  public ActionUpdate(Action action, ReportingPeriod period) {
    this.action = Objects.requireNonNull(action);
    this.period = Objects.requireNonNull(period);
  }

  /**
   * Records the period's position. Progress is a whole percentage 0–100 (none when not assessed);
   * closing the action needs a written reason.
   */
  public void record(
      Integer progress,
      String commentary,
      ActionClosure closure,
      String closureReason,
      String enteredBy,
      Instant at) {
    if (progress != null && (progress < 0 || progress > 100)) {
      throw new InvalidValueException(
          "progress", "progress: must be a percentage from 0 to 100, not " + progress);
    }
    boolean hasReason = closureReason != null && !closureReason.isBlank();
    if (closure != null && !hasReason) {
      throw new InvalidValueException(
          "closureReason", "closureReason: marking an action " + closure + " needs a reason");
    }
    if (closure == null && hasReason) {
      throw new InvalidValueException(
          "closure", "closure: a closureReason is given but no closure (COMPLETED or CANCELLED)");
    }
    String reason = hasReason ? closureReason.trim() : null;
    if (this.enteredAt != null
        && SameValues.pairwise(
            this.progress,
            progress,
            this.commentary,
            commentary,
            this.closure,
            closure,
            this.closureReason,
            reason)) {
      return; // the same again: who entered it and when stay, no version or revision for nothing
    }
    this.progress = progress;
    this.commentary = commentary;
    this.closure = closure;
    this.closureReason = reason;
    this.enteredBy = Objects.requireNonNull(enteredBy);
    this.enteredAt = Objects.requireNonNull(at);
  }

  /**
   * Marks the commentary internal (never published as open data) or public, as the service says
   * (docs/open-data.md#internal-commentary).
   */
  public void markCommentaryInternal(boolean internal) {
    this.commentaryInternal = internal;
  }

  /** The commentary as it may be published: none where the service marked it internal. */
  public String publicCommentary() {
    return commentaryInternal ? null : commentary;
  }

  /**
   * The update as it may be published (docs/open-data.md#internal-commentary): itself, or where its
   * commentary is internal a copy without it, for printing only and never to be persisted.
   */
  public ActionUpdate asPublished() {
    if (!commentaryInternal) {
      return this;
    }
    ActionUpdate copy = new ActionUpdate(action, period);
    copy.version = version;
    copy.progress = progress;
    copy.closure = closure;
    copy.closureReason = closureReason;
    copy.reportedStatus = reportedStatus;
    copy.enteredBy = enteredBy;
    copy.enteredAt = enteredAt;
    return copy;
  }

  /** Keeps the status the council printed for this period, for comparison with the computed one. */
  public void recordReportedStatus(ReportedActionStatus printed) {
    this.reportedStatus = printed == null ? null : printed.label();
  }

  public Long id() {
    return id;
  }

  public Action action() {
    return action;
  }

  public ReportingPeriod period() {
    return period;
  }

  public Integer progress() {
    return progress;
  }

  public String commentary() {
    return commentary;
  }

  public boolean commentaryInternal() {
    return commentaryInternal;
  }

  public ActionClosure closure() {
    return closure;
  }

  public String closureReason() {
    return closureReason;
  }

  public ReportedActionStatus reportedStatus() {
    return ReportedActionStatus.parse(reportedStatus, "reportedStatus");
  }

  public String enteredBy() {
    return enteredBy;
  }

  public Instant enteredAt() {
    return enteredAt;
  }

  @Override
  public long version() {
    return version;
  }
}
