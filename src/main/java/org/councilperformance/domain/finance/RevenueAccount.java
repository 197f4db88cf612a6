package org.councilperformance.domain.finance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.PrintedDecimalConverter;
import org.councilperformance.domain.SameValues;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A revenue account's forecast for a period (General Fund, Housing Revenue Account, Special
 * Expenses, or any other the council keeps): original budget, forecast outturn, and the variance
 * with its itemised reasons. Figures are kept as supplied, in the table's unit; the variance is
 * computed, and a supplied one is kept beside it for checking.
 */
@Entity
@Table(
    name = "revenue_account",
    uniqueConstraints = @UniqueConstraint(columnNames = {"period_code", "code"}))
@Audited
public class RevenueAccount implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", nullable = false)
  private ReportingPeriod period;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "amounts_in", nullable = false, length = 20)
  private AmountsIn amountsIn;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "original_budget", nullable = false, length = 40)
  private BigDecimal originalBudget;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "forecast_outturn", nullable = false, length = 40)
  private BigDecimal forecastOutturn;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "stated_variance", length = 40)
  private BigDecimal statedVariance;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(name = "variance_headline", columnDefinition = "text")
  private String varianceHeadline;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "stated_net_movement", length = 40)
  private BigDecimal statedNetMovement;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "variance_comment", joinColumns = @JoinColumn(name = "account_id"))
  @OrderColumn(name = "position")
  private List<VarianceComment> comments = new ArrayList<>();

  protected RevenueAccount() {}

  public RevenueAccount(ReportingPeriod period, String code) {
    this.period = Objects.requireNonNull(period);
    this.code = Objects.requireNonNull(code).trim();
  }

  /**
   * Records the account's figures as supplied.
   *
   * @param statedVariance the variance as the council printed it, or null
   * @param statedNetMovement the net effect the itemised comments explain, in pounds, or null
   */
  public void report(RevenueFigures f) {
    if (f.name() == null || f.name().isBlank()) {
      throw new InvalidValueException("name", "name: must not be blank");
    }
    this.name = f.name().trim();
    this.amountsIn = Objects.requireNonNull(f.amountsIn());
    this.originalBudget = Objects.requireNonNull(f.originalBudget());
    this.forecastOutturn = Objects.requireNonNull(f.forecastOutturn());
    this.statedVariance = f.statedVariance();
    this.varianceHeadline = f.varianceHeadline();
    this.statedNetMovement = f.statedNetMovement();
    if (!SameValues.same(this.comments, f.comments())) {
      this.comments = new ArrayList<>(f.comments());
    }
  }

  /** Forecast outturn − original budget (docs/rules.md#finance): negative is an underspend. */
  public BigDecimal variance() {
    return forecastOutturn.subtract(originalBudget);
  }

  public ReportingPeriod period() {
    return period;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public AmountsIn amountsIn() {
    return amountsIn;
  }

  public BigDecimal originalBudget() {
    return originalBudget;
  }

  public BigDecimal forecastOutturn() {
    return forecastOutturn;
  }

  public BigDecimal statedVariance() {
    return statedVariance;
  }

  public String varianceHeadline() {
    return varianceHeadline;
  }

  public BigDecimal statedNetMovement() {
    return statedNetMovement;
  }

  public List<VarianceComment> comments() {
    return Collections.unmodifiableList(comments);
  }

  @Override
  public long version() {
    return version;
  }
}
