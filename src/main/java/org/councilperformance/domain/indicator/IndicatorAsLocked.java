package org.councilperformance.domain.indicator;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.util.Objects;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An indicator as it stood when a period was locked: what that period's status, year-end forecast
 * and direction of travel are computed from until an admin reopens it
 * (docs/rules.md#a-locked-period-keeps-its-statuses). The period's own target and actual cannot
 * change while it is locked; the annual target and the earlier periods' actuals can, so they are
 * kept here too.
 */
@Entity
@Table(
    name = "indicator_as_locked",
    uniqueConstraints = @UniqueConstraint(columnNames = {"period_code", "indicator_id"}))
public class IndicatorAsLocked {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", nullable = false)
  private ReportingPeriod period;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id", nullable = false)
  private Indicator indicator;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Polarity polarity;

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

  @Embedded private SeasonalProfile seasonalProfile;

  @Column(name = "target_value", precision = 19, scale = 6)
  private BigDecimal target;

  @Column(name = "annual_target_value", precision = 19, scale = 6)
  private BigDecimal annualTarget;

  @Column(name = "previous_actual", precision = 19, scale = 6)
  private BigDecimal previousActual;

  @Column(name = "last_year_actual", precision = 19, scale = 6)
  private BigDecimal lastYearActual;

  protected IndicatorAsLocked() {}

  /**
   * @param target the target set for the period itself (not a profiled one), or null
   * @param annualTarget the target of the period's financial year, or null
   * @param previousActual the actual of the period before, or null
   * @param lastYearActual the actual of the same period last year, or null
   */
  public IndicatorAsLocked(
      ReportingPeriod period,
      Indicator indicator,
      BigDecimal target,
      BigDecimal annualTarget,
      BigDecimal previousActual,
      BigDecimal lastYearActual) {
    this.period = Objects.requireNonNull(period);
    this.indicator = Objects.requireNonNull(indicator);
    StatusBasis basis = indicator.statusBasis();
    this.polarity = basis.polarity();
    this.aggregation = basis.aggregation();
    this.tolerance = basis.tolerance();
    this.greenPlusMargin = basis.greenPlusMargin();
    this.seasonalProfile = basis.seasonalProfile();
    this.target = target;
    this.annualTarget = annualTarget;
    this.previousActual = previousActual;
    this.lastYearActual = lastYearActual;
  }

  public StatusBasis basis() {
    return new StatusBasis(polarity, aggregation, tolerance, greenPlusMargin, seasonalProfile);
  }

  public Indicator indicator() {
    return indicator;
  }

  public ReportingPeriod period() {
    return period;
  }

  public BigDecimal target() {
    return target;
  }

  public BigDecimal annualTarget() {
    return annualTarget;
  }

  public BigDecimal previousActual() {
    return previousActual;
  }

  public BigDecimal lastYearActual() {
    return lastYearActual;
  }
}
