package org.councilperformance.domain.indicator;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.councilperformance.domain.SameValues;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.ReportedPeriods;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.Priority;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A key performance indicator: what is measured, which way is good, and how it is judged. */
@Entity
@Table(name = "indicator")
@Audited
public class Indicator implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @Column(nullable = false, length = 500)
  private String name;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  private String definition;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private IndicatorUnit unit;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Polarity polarity;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Frequency frequency;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private Aggregation aggregation;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "type", column = @Column(name = "tolerance_type", length = 20)),
    @AttributeOverride(
        name = "amount",
        column = @Column(name = "tolerance_amount", precision = 19, scale = 6))
  })
  private Threshold tolerance;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "type", column = @Column(name = "green_plus_type", length = 20)),
    @AttributeOverride(
        name = "amount",
        column = @Column(name = "green_plus_amount", precision = 19, scale = 6))
  })
  private Threshold greenPlusMargin;

  /**
   * Null: the figure is entered each period. Else how the figure is calculated from components and
   * other indicators (docs/rules.md#calculated-indicators), as written.
   */
  @Column(name = "formula", length = Formula.MAX_LENGTH)
  private String formula;

  /** Null: a cumulative target is profiled straight-line (docs/rules.md#profiles). */
  @Embedded private SeasonalProfile seasonalProfile;

  @Column(name = "owner", length = 200)
  private String owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "business_unit_id")
  private BusinessUnit businessUnit;

  @ManyToMany
  @JoinTable(
      name = "indicator_priority",
      joinColumns = @JoinColumn(name = "indicator_id"),
      inverseJoinColumns = @JoinColumn(name = "priority_id"))
  private Set<Priority> priorities = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "indicator_tag", joinColumns = @JoinColumn(name = "indicator_id"))
  @Column(name = "tag", length = 60, nullable = false)
  private Set<String> tags = new LinkedHashSet<>();

  /**
   * The first and last periods whose set it is part of, null at an open end
   * (docs/rules.md#the-set-of-a-period).
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reported_from")
  private ReportingPeriod reportedFrom;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reported_to")
  private ReportingPeriod reportedTo;

  protected Indicator() {}

  public Indicator(String code, String name, IndicatorUnit unit, Polarity polarity) {
    this.code = Objects.requireNonNull(code).trim();
    this.name = Objects.requireNonNull(name).trim();
    this.unit = Objects.requireNonNull(unit);
    this.polarity = Objects.requireNonNull(polarity);
    this.frequency = Frequency.QUARTERLY;
    this.aggregation = Aggregation.SNAPSHOT;
    this.tolerance = Threshold.DEFAULT_TOLERANCE;
  }

  public void define(String name, String definition, IndicatorUnit unit, Polarity polarity) {
    this.name = Objects.requireNonNull(name).trim();
    this.definition = definition;
    this.unit = Objects.requireNonNull(unit);
    this.polarity = Objects.requireNonNull(polarity);
  }

  public void scheduleReporting(Frequency frequency, Aggregation aggregation) {
    this.frequency = Objects.requireNonNull(frequency);
    this.aggregation = Objects.requireNonNull(aggregation);
  }

  /**
   * @param tolerance null restores the default tolerance
   * @param greenPlusMargin null means the indicator has no green-plus band
   */
  public void judgeWith(Threshold tolerance, Threshold greenPlusMargin) {
    this.tolerance = tolerance == null ? Threshold.DEFAULT_TOLERANCE : tolerance;
    this.greenPlusMargin = greenPlusMargin;
  }

  /**
   * @param profile null: a cumulative target is profiled straight-line, a quarter each
   */
  public void profileSeasonally(SeasonalProfile profile) {
    this.seasonalProfile = profile;
  }

  /**
   * @param formula null: the figure is entered each period, not calculated
   */
  public void calculateBy(Formula formula) {
    this.formula = formula == null ? null : formula.text();
  }

  /** How the figure is calculated, or null when it is entered. */
  public Formula formula() {
    return Formula.parse(formula, "formula");
  }

  public boolean isCalculated() {
    return formula != null;
  }

  public void assignTo(BusinessUnit businessUnit, String owner) {
    this.businessUnit = businessUnit;
    this.owner = owner;
  }

  public void serve(Collection<Priority> priorities) {
    if (SameValues.same(this.priorities, new LinkedHashSet<>(priorities))) {
      return; // replacing the collection would bump the version for nothing
    }
    this.priorities.clear();
    this.priorities.addAll(priorities);
  }

  public void tag(Collection<String> tags) {
    Set<String> given = new LinkedHashSet<>();
    tags.stream().map(String::trim).filter(t -> !t.isEmpty()).forEach(given::add);
    if (SameValues.same(this.tags, given)) {
      return;
    }
    this.tags.clear();
    this.tags.addAll(given);
  }

  /** What a period's status is computed from while the period is open. */
  public StatusBasis statusBasis() {
    return new StatusBasis(polarity, aggregation, tolerance, greenPlusMargin, seasonalProfile);
  }

  public IndicatorStatusRule statusRule() {
    return statusBasis().rule();
  }

  /**
   * Sets the periods in which it is reported: retiring it is setting the last one, never deleting
   * it, so earlier periods still show it.
   *
   * @param from null: from the beginning
   * @param to null: still reported
   */
  public void reportIn(ReportingPeriod from, ReportingPeriod to) {
    ReportedPeriods.between(from, to);
    this.reportedFrom = from;
    this.reportedTo = to;
  }

  /**
   * Keeps reporting it up to {@code to}, from where it was first reported: a year's basket copied
   * into the next (docs/rules.md#copying-a-years-basket).
   */
  public void reportUntil(ReportingPeriod to) {
    reportIn(reportedFrom, to);
  }

  public ReportedPeriods reportedPeriods() {
    return ReportedPeriods.between(reportedFrom, reportedTo);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String definition() {
    return definition;
  }

  public IndicatorUnit unit() {
    return unit;
  }

  public Polarity polarity() {
    return polarity;
  }

  public Frequency frequency() {
    return frequency;
  }

  public Aggregation aggregation() {
    return aggregation;
  }

  public Threshold tolerance() {
    return tolerance;
  }

  public Threshold greenPlusMargin() {
    return greenPlusMargin;
  }

  public SeasonalProfile seasonalProfile() {
    return seasonalProfile;
  }

  public String owner() {
    return owner;
  }

  public BusinessUnit businessUnit() {
    return businessUnit;
  }

  public Set<Priority> priorities() {
    return Collections.unmodifiableSet(priorities);
  }

  public Set<String> tags() {
    return Collections.unmodifiableSet(tags);
  }

  @Override
  public long version() {
    return version;
  }
}
