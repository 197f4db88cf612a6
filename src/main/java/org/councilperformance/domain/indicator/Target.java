package org.councilperformance.domain.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.envers.Audited;

/**
 * The figure an indicator should reach in a period: an annual target (period = financial year) or
 * one step of its quarterly profile.
 */
@Entity
@Table(
    name = "target",
    uniqueConstraints = @UniqueConstraint(columnNames = {"indicator_id", "period_code"}))
@Audited
public class Target implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_id", nullable = false)
  private Indicator indicator;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", nullable = false)
  private ReportingPeriod period;

  @Column(name = "target_value", nullable = false, precision = 19, scale = 6)
  private BigDecimal value;

  protected Target() {}

  public Target(Indicator indicator, ReportingPeriod period, BigDecimal value) {
    this.indicator = Objects.requireNonNull(indicator);
    this.period = Objects.requireNonNull(period);
    revise(value);
  }

  public void revise(BigDecimal value) {
    this.value = Objects.requireNonNull(value);
  }

  public Long id() {
    return id;
  }

  public Indicator indicator() {
    return indicator;
  }

  public ReportingPeriod period() {
    return period;
  }

  public BigDecimal value() {
    return value;
  }

  @Override
  public long version() {
    return version;
  }
}
