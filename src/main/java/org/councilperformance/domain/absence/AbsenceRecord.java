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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.councilperformance.domain.PrintedDecimalConverter;
import org.councilperformance.domain.SameValues;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.envers.Audited;

/**
 * A work area's line of the absence table for a quarter. The work areas of a council's absence
 * tables are its business units (the sample council's table names exactly its units), so a line
 * belongs to one business unit. Figures are kept as supplied, scale included.
 */
@Entity
@Table(
    name = "absence_record",
    uniqueConstraints = @UniqueConstraint(columnNames = {"period_code", "business_unit_id"}))
@Audited
public class AbsenceRecord implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", nullable = false)
  private ReportingPeriod period;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "business_unit_id", nullable = false)
  private BusinessUnit businessUnit;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "long_term_days", nullable = false, length = 40)
  private BigDecimal longTermDays;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "short_term_days", nullable = false, length = 40)
  private BigDecimal shortTermDays;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(nullable = false, length = 40)
  private BigDecimal fte;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "stated_total_days", length = 40)
  private BigDecimal statedTotalDays;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "stated_days_per_fte", length = 40)
  private BigDecimal statedDaysPerFte;

  @Column(name = "long_term_returned")
  private Integer longTermReturned;

  @Column(name = "long_term_still_off")
  private Integer longTermStillOff;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "return_to_work_percent", length = 40)
  private BigDecimal returnToWorkPercent;

  @Column(name = "entered_by", nullable = false, length = 100)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  protected AbsenceRecord() {}

  public AbsenceRecord(ReportingPeriod period, BusinessUnit businessUnit) {
    this.period = Objects.requireNonNull(period);
    this.businessUnit = Objects.requireNonNull(businessUnit);
  }

  /**
   * Records the quarter's figures for the work area, replacing what was there: long-term and
   * short-term days of 0 or more, FTE above 0, a return-to-work rate from 0 to 100.
   */
  public void record(
      AbsenceFigures supplied, LongTermFollowUp suppliedFollowUp, String enteredBy, Instant at) {
    AbsenceFigures figures =
        AbsenceFigures.entered(
            supplied.longTermDays(),
            supplied.shortTermDays(),
            supplied.fte(),
            supplied.statedTotalDays(),
            supplied.statedDaysPerFte());
    LongTermFollowUp followUp =
        LongTermFollowUp.entered(
            suppliedFollowUp.longTermReturned(),
            suppliedFollowUp.longTermStillOff(),
            suppliedFollowUp.returnToWorkPercent());
    List<Object> before = entered();
    this.longTermDays = Objects.requireNonNull(figures.longTermDays());
    this.shortTermDays = Objects.requireNonNull(figures.shortTermDays());
    this.fte = Objects.requireNonNull(figures.fte());
    this.statedTotalDays = figures.statedTotalDays();
    this.statedDaysPerFte = figures.statedDaysPerFte();
    this.longTermReturned = followUp.longTermReturned();
    this.longTermStillOff = followUp.longTermStillOff();
    this.returnToWorkPercent = followUp.returnToWorkPercent();
    if (this.enteredAt != null && SameValues.same(before, entered())) {
      return; // the same again: who entered it and when stay, no version or revision for nothing
    }
    this.enteredBy = Objects.requireNonNull(enteredBy);
    this.enteredAt = Objects.requireNonNull(at);
  }

  private List<Object> entered() {
    return Arrays.asList(
        longTermDays,
        shortTermDays,
        fte,
        statedTotalDays,
        statedDaysPerFte,
        longTermReturned,
        longTermStillOff,
        returnToWorkPercent);
  }

  public AbsenceFigures figures() {
    return new AbsenceFigures(longTermDays, shortTermDays, fte, statedTotalDays, statedDaysPerFte);
  }

  public LongTermFollowUp followUp() {
    return new LongTermFollowUp(longTermReturned, longTermStillOff, returnToWorkPercent);
  }

  public Long id() {
    return id;
  }

  public ReportingPeriod period() {
    return period;
  }

  public BusinessUnit businessUnit() {
    return businessUnit;
  }

  public String enteredBy() {
    return enteredBy;
  }

  public Instant enteredAt() {
    return enteredAt;
  }

  @Override
  public long version() {
    return version;
  }
}
