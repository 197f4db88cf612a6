package org.councilperformance.domain.intervention;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.SameValues;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * What is being done about an indicator or action that is off track (an improvement plan or
 * "spotlight"): why it is under-performing, the steps planned, when it should recover and what is
 * forecast, whether leadership keeps it under focused monitoring, and when the plan closed. One
 * plan may cover several related indicators and actions, as councils' plans often do.
 */
@Entity
@Table(name = "intervention_plan")
@Audited
public class InterventionPlan implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @Column(nullable = false, length = 500)
  private String title;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(nullable = false, columnDefinition = "text")
  private String reason;

  @ManyToMany
  @JoinTable(
      name = "intervention_plan_indicator",
      joinColumns = @JoinColumn(name = "plan_id"),
      inverseJoinColumns = @JoinColumn(name = "indicator_id"))
  private Set<Indicator> indicators = new LinkedHashSet<>();

  @ManyToMany
  @JoinTable(
      name = "intervention_plan_action",
      joinColumns = @JoinColumn(name = "plan_id"),
      inverseJoinColumns = @JoinColumn(name = "action_id"))
  private Set<Action> actions = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "intervention_step", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "position")
  private List<InterventionStep> steps = new ArrayList<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "expected_recovery_period")
  private ReportingPeriod expectedRecovery;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  private String forecast;

  @Column(name = "focused_monitoring", nullable = false)
  private boolean focusedMonitoring;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(name = "closing_note", columnDefinition = "text")
  private String closingNote;

  protected InterventionPlan() {}

  public InterventionPlan(String code) {
    this.code = Objects.requireNonNull(code).trim();
  }

  /** What the plan is about and why: at least one indicator or action, and a written reason. */
  public void address(
      String title, String reason, Collection<Indicator> indicators, Collection<Action> actions) {
    if (title == null || title.isBlank()) {
      throw new InvalidValueException("title", "title: must not be blank");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidValueException(
          "reason", "reason: say why performance is off track (the reason for the plan)");
    }
    if (indicators.isEmpty() && actions.isEmpty()) {
      throw new InvalidValueException(
          "indicators", "a plan is for at least one indicator or action (indicators, actions)");
    }
    this.title = title.trim();
    this.reason = reason.trim();
    // Only what differs is replaced: a new collection bumps the version and writes a revision.
    if (!SameValues.same(this.indicators, new LinkedHashSet<>(indicators))) {
      this.indicators = new LinkedHashSet<>(indicators);
    }
    if (!SameValues.same(this.actions, new LinkedHashSet<>(actions))) {
      this.actions = new LinkedHashSet<>(actions);
    }
  }

  public void plan(
      List<InterventionStep> steps,
      ReportingPeriod expectedRecovery,
      String forecast,
      boolean focusedMonitoring) {
    if (!SameValues.same(this.steps, steps)) {
      this.steps = new ArrayList<>(steps);
    }
    this.expectedRecovery = expectedRecovery;
    this.forecast = forecast;
    this.focusedMonitoring = focusedMonitoring;
  }

  /** Closes the plan on a date with a note saying how it ended. */
  public void close(LocalDate on, String note) {
    Objects.requireNonNull(on);
    if (note == null || note.isBlank()) {
      throw new InvalidValueException("note", "note: say why the plan is closed");
    }
    this.closedOn = on;
    this.closingNote = note.trim();
  }

  /** Whether the plan was in force at some point of a period: begun, and not closed before it. */
  public boolean openDuring(ReportingPeriod period) {
    return closedOn == null || !closedOn.isBefore(period.startDate());
  }

  public boolean covers(Indicator indicator) {
    return indicators.stream().anyMatch(i -> i.id().equals(indicator.id()));
  }

  public boolean covers(Action action) {
    return actions.stream().anyMatch(a -> a.id().equals(action.id()));
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public String reason() {
    return reason;
  }

  public Set<Indicator> indicators() {
    return Collections.unmodifiableSet(indicators);
  }

  public Set<Action> actions() {
    return Collections.unmodifiableSet(actions);
  }

  public List<InterventionStep> steps() {
    return Collections.unmodifiableList(steps);
  }

  public ReportingPeriod expectedRecovery() {
    return expectedRecovery;
  }

  public String forecast() {
    return forecast;
  }

  public boolean focusedMonitoring() {
    return focusedMonitoring;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public String closingNote() {
    return closingNote;
  }

  @Override
  public long version() {
    return version;
  }
}
