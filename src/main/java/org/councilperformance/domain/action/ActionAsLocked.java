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
import java.time.LocalDate;
import java.util.Objects;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An action as it stood when a period was locked: what that period's action status is computed from
 * until an admin reopens it (docs/rules.md#a-locked-period-keeps-its-statuses). Its dates can still
 * change for later periods, and an earlier period's update could change if that period is reopened,
 * so both are kept here.
 */
@Entity
@Table(
    name = "action_as_locked",
    uniqueConstraints = @UniqueConstraint(columnNames = {"period_code", "action_id"}))
public class ActionAsLocked {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", nullable = false)
  private ReportingPeriod period;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_id", nullable = false)
  private Action action;

  @Column(name = "judged_on", nullable = false)
  private LocalDate judgedOn;

  @Column(name = "start_date")
  private LocalDate start;

  @Column(name = "due_date")
  private LocalDate due;

  private Integer progress;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 20)
  private ActionClosure closure;

  protected ActionAsLocked() {}

  public ActionAsLocked(ReportingPeriod period, Action action, ActionBasis basis) {
    this.period = Objects.requireNonNull(period);
    this.action = Objects.requireNonNull(action);
    this.judgedOn = Objects.requireNonNull(basis.judgedOn());
    this.start = basis.start();
    this.due = basis.due();
    this.progress = basis.progress();
    this.closure = basis.closure();
  }

  public ActionBasis basis() {
    return new ActionBasis(judgedOn, start, due, progress, closure);
  }

  public Action action() {
    return action;
  }

  public ReportingPeriod period() {
    return period;
  }
}
