package org.councilperformance.domain.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.math.BigDecimal;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.PrintedDecimalConverter;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * One fund's column of the capital programme for a period (General Fund, Special Expenses, HRA…).
 * The column the council prints as "Total" is kept under the code {@link #STATED_TOTAL}, only to
 * check it against the sums the product computes.
 */
@Entity
@Table(
    name = "capital_fund",
    uniqueConstraints = @UniqueConstraint(columnNames = {"period_code", "code"}))
@Audited
public class CapitalFund implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  /** The code of the council's own totals column. */
  public static final String STATED_TOTAL = "TOTAL";

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
  @Column(name = "approved_budget", nullable = false, length = 40)
  private BigDecimal approvedBudget;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "carried_forward", nullable = false, length = 40)
  private BigDecimal carriedForward;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "approved_in_year", nullable = false, length = 40)
  private BigDecimal approvedInYear;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(nullable = false, length = 40)
  private BigDecimal slippage;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "stated_total_budget", length = 40)
  private BigDecimal statedTotalBudget;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "likely_outturn", nullable = false, length = 40)
  private BigDecimal likelyOutturn;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "stated_variance", length = 40)
  private BigDecimal statedVariance;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  private String comments;

  protected CapitalFund() {}

  public CapitalFund(ReportingPeriod period, String code) {
    this.period = Objects.requireNonNull(period);
    this.code = Objects.requireNonNull(code).trim();
  }

  /** The figures as supplied; slippage is a positive amount taken off the budget. */
  public void report(CapitalFigures f) {
    if (f.name() == null || f.name().isBlank()) {
      throw new InvalidValueException("name", "name: must not be blank");
    }
    this.name = f.name().trim();
    this.amountsIn = Objects.requireNonNull(f.amountsIn());
    this.approvedBudget = Objects.requireNonNull(f.approvedBudget());
    this.carriedForward = Objects.requireNonNull(f.carriedForward());
    this.approvedInYear = Objects.requireNonNull(f.approvedInYear());
    this.slippage = Objects.requireNonNull(f.slippage());
    this.statedTotalBudget = f.statedTotalBudget();
    this.likelyOutturn = Objects.requireNonNull(f.likelyOutturn());
    this.statedVariance = f.statedVariance();
    this.comments = f.comments();
  }

  /** Approved + carried forward + approved in year − slippage (docs/rules.md#finance). */
  public BigDecimal totalBudget() {
    return approvedBudget.add(carriedForward).add(approvedInYear).subtract(slippage);
  }

  /** Likely outturn − total budget: negative is an underspend. */
  public BigDecimal variance() {
    return likelyOutturn.subtract(totalBudget());
  }

  public boolean isStatedTotal() {
    return STATED_TOTAL.equals(code);
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

  public BigDecimal approvedBudget() {
    return approvedBudget;
  }

  public BigDecimal carriedForward() {
    return carriedForward;
  }

  public BigDecimal approvedInYear() {
    return approvedInYear;
  }

  public BigDecimal slippage() {
    return slippage;
  }

  public BigDecimal statedTotalBudget() {
    return statedTotalBudget;
  }

  public BigDecimal likelyOutturn() {
    return likelyOutturn;
  }

  public BigDecimal statedVariance() {
    return statedVariance;
  }

  public String comments() {
    return comments;
  }

  @Override
  public long version() {
    return version;
  }
}
