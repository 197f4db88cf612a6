package org.councilperformance.domain.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.PrintedDecimalConverter;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A saving the budget counts on, in pounds: what is to be saved and what is forecast. */
@Entity
@Table(name = "savings_target")
@Audited
public class SavingsTarget {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", nullable = false)
  private ReportingPeriod period;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(nullable = false, columnDefinition = "text")
  private String description;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(length = 40)
  private BigDecimal target;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(length = 40)
  private BigDecimal forecast;

  protected SavingsTarget() {}

  public SavingsTarget(
      ReportingPeriod period, String description, BigDecimal target, BigDecimal forecast) {
    if (description == null || description.isBlank()) {
      throw new InvalidValueException("savings", "savings: every saving needs a description");
    }
    this.period = Objects.requireNonNull(period);
    this.description = description.trim();
    this.target = target;
    this.forecast = forecast;
  }

  public String description() {
    return description;
  }

  public BigDecimal target() {
    return target;
  }

  public BigDecimal forecast() {
    return forecast;
  }

  /** Forecast − target: negative is a shortfall; null unless both are known. */
  public BigDecimal shortfall() {
    return target == null || forecast == null ? null : forecast.subtract(target);
  }
}
