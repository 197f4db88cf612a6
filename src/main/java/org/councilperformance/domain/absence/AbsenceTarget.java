package org.councilperformance.domain.absence;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.PrintedDecimalConverter;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.PeriodType;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.envers.Audited;

/** The corporate target for a financial year: at most so many days lost per FTE in the year. */
@Entity
@Table(name = "absence_target")
@Audited
public class AbsenceTarget implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", nullable = false, unique = true)
  private ReportingPeriod year;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "days_per_fte", nullable = false, length = 40)
  private BigDecimal daysPerFte;

  protected AbsenceTarget() {}

  public AbsenceTarget(ReportingPeriod year, BigDecimal daysPerFte) {
    Objects.requireNonNull(year);
    if (year.type() != PeriodType.YEAR) {
      throw new InvalidValueException(
          "year", "the absence target is set for a financial year such as 2018-19, not a quarter");
    }
    this.year = year;
    reset(daysPerFte);
  }

  public void reset(BigDecimal daysPerFte) {
    if (daysPerFte == null) {
      throw new InvalidValueException("daysPerFte", "daysPerFte: is required");
    }
    if (daysPerFte.signum() <= 0) {
      throw new InvalidValueException(
          "daysPerFte", "daysPerFte: must be more than 0, not " + daysPerFte.toPlainString());
    }
    this.daysPerFte = daysPerFte;
  }

  public ReportingPeriod year() {
    return year;
  }

  public BigDecimal daysPerFte() {
    return daysPerFte;
  }

  @Override
  public long version() {
    return version;
  }
}
