package org.councilperformance.domain.risk;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.SameValues;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.plan.Priority;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A risk on the corporate risk register: what might happen (cause and consequence), who owns it,
 * how likely and how bad it is before controls (inherent) and with them (residual), the controls
 * themselves and the actions that mitigate it further. Scored on its own matrix, fixed when it is
 * registered, so that a stored rating always means what it meant when it was given.
 */
@Entity
@Table(name = "risk")
@Audited
public class Risk implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(nullable = false, columnDefinition = "text")
  private String title;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  private String cause;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  private String consequence;

  @Column(length = 200)
  private String owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "business_unit_id")
  private BusinessUnit businessUnit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "priority_id")
  private Priority priority;

  /** N of the N×N matrix the ratings are given on; never changes. */
  @Column(nullable = false)
  private int scale;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "likelihood",
        column = @Column(name = "inherent_likelihood", nullable = false)),
    @AttributeOverride(
        name = "impact",
        column = @Column(name = "inherent_impact", nullable = false))
  })
  private RiskRating inherent;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "likelihood",
        column = @Column(name = "residual_likelihood", nullable = false)),
    @AttributeOverride(
        name = "impact",
        column = @Column(name = "residual_impact", nullable = false))
  })
  private RiskRating residual;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  private String controls;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private RiskStatus status;

  @ManyToMany
  @JoinTable(
      name = "risk_action",
      joinColumns = @JoinColumn(name = "risk_id"),
      inverseJoinColumns = @JoinColumn(name = "action_id"))
  private Set<Action> mitigatingActions = new LinkedHashSet<>();

  protected Risk() {}

  /**
   * Registers a risk, open, on an N×N matrix (see {@link RiskScoreBands} for the scales allowed).
   */
  public Risk(String code, String title, int scale) {
    this.code = Objects.requireNonNull(code).trim();
    this.scale = RiskScoreBands.forScale(scale).scale();
    this.status = RiskStatus.OPEN;
    describe(title, null, null);
  }

  public void describe(String title, String cause, String consequence) {
    if (title == null || title.isBlank()) {
      throw new InvalidValueException("title", "title: must not be blank");
    }
    this.title = title.trim();
    this.cause = cause;
    this.consequence = consequence;
  }

  public void assignTo(BusinessUnit businessUnit, Priority priority, String owner) {
    this.businessUnit = businessUnit;
    this.priority = priority;
    this.owner = owner;
  }

  /** Rates the risk before and after its controls, on the risk's own matrix. */
  public void assess(RiskRating inherent, RiskRating residual, String controls) {
    this.inherent = Objects.requireNonNull(inherent);
    this.residual = Objects.requireNonNull(residual);
    this.controls = controls;
  }

  /** A review that is the latest one sets the risk's current residual rating. */
  public void reassess(RiskRating residual) {
    this.residual = Objects.requireNonNull(residual);
  }

  public void mitigateBy(Collection<Action> actions) {
    if (SameValues.same(this.mitigatingActions, new LinkedHashSet<>(actions))) {
      return; // replacing the collection would bump the version for nothing
    }
    this.mitigatingActions.clear();
    this.mitigatingActions.addAll(actions);
  }

  public void close() {
    this.status = RiskStatus.CLOSED;
  }

  public void reopen() {
    this.status = RiskStatus.OPEN;
  }

  /** The matrix this risk is scored on. */
  public RiskScoreBands matrix() {
    return RiskScoreBands.forScale(scale);
  }

  /** A rating on this risk's matrix; a value outside it is refused naming {@code field}. */
  public RiskRating rating(Integer likelihood, Integer impact, String field) {
    return RiskRating.on(matrix(), likelihood, impact, field);
  }

  public RagStatus inherentBand() {
    return matrix().band(inherent.score());
  }

  public RagStatus residualBand() {
    return matrix().band(residual.score());
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

  public String cause() {
    return cause;
  }

  public String consequence() {
    return consequence;
  }

  public String owner() {
    return owner;
  }

  public BusinessUnit businessUnit() {
    return businessUnit;
  }

  public Priority priority() {
    return priority;
  }

  public int scale() {
    return scale;
  }

  public RiskRating inherent() {
    return inherent;
  }

  public RiskRating residual() {
    return residual;
  }

  public String controls() {
    return controls;
  }

  public RiskStatus status() {
    return status;
  }

  public Set<Action> mitigatingActions() {
    return Collections.unmodifiableSet(mitigatingActions);
  }

  @Override
  public long version() {
    return version;
  }
}
