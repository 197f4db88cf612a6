package org.councilperformance.domain.absence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.PrintedDecimalConverter;
import org.councilperformance.domain.SameValues;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.envers.Audited;

/**
 * What a council reports on absence for a quarter as a whole: its own council-total row ("All
 * Directorates") and annual projection, kept as printed only to be checked against the figures the
 * product computes from the work areas; how long-term absence was followed up; and the reasons for
 * absence with their shares of the days lost.
 */
@Entity
@Table(name = "council_absence")
@Audited
public class CouncilAbsence implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", nullable = false, unique = true)
  private ReportingPeriod period;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "stated_long_term_days", length = 40)
  private BigDecimal statedLongTermDays;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "stated_short_term_days", length = 40)
  private BigDecimal statedShortTermDays;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "stated_fte", length = 40)
  private BigDecimal statedFte;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "stated_total_days", length = 40)
  private BigDecimal statedTotalDays;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "stated_days_per_fte", length = 40)
  private BigDecimal statedDaysPerFte;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "stated_projection", length = 40)
  private BigDecimal statedProjection;

  @Column(name = "long_term_returned")
  private Integer longTermReturned;

  @Column(name = "long_term_still_off")
  private Integer longTermStillOff;

  @Convert(converter = PrintedDecimalConverter.class)
  @Column(name = "return_to_work_percent", length = 40)
  private BigDecimal returnToWorkPercent;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "absence_reason", joinColumns = @JoinColumn(name = "council_absence_id"))
  @OrderColumn(name = "position")
  private List<AbsenceReasonShare> reasons = new ArrayList<>();

  @Column(name = "entered_by", nullable = false, length = 100)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  protected CouncilAbsence() {}

  public CouncilAbsence(ReportingPeriod period, String enteredBy, Instant at) {
    this.period = Objects.requireNonNull(period);
    this.enteredBy = Objects.requireNonNull(enteredBy);
    this.enteredAt = Objects.requireNonNull(at);
  }

  /**
   * Keeps the council's own total row and projection as printed, and its follow-up figures. Any
   * part may be missing; what is given obeys the entry rules (days 0 or more, FTE above 0).
   */
  public void state(
      BigDecimal longTermDays,
      BigDecimal shortTermDays,
      BigDecimal totalDays,
      BigDecimal fte,
      BigDecimal daysPerFte,
      BigDecimal projection,
      LongTermFollowUp followUp,
      String enteredBy,
      Instant at) {
    AbsenceFigures.notNegative("longTermDays", longTermDays);
    AbsenceFigures.notNegative("shortTermDays", shortTermDays);
    AbsenceFigures.notNegative("totalDays", totalDays);
    AbsenceFigures.notNegative("daysPerFte", daysPerFte);
    AbsenceFigures.notNegative("projectedDaysPerFte", projection);
    if (fte != null && fte.signum() <= 0) {
      throw new InvalidValueException(
          "fte", "fte: staff in post (FTE) must be more than 0, not " + fte.toPlainString());
    }
    LongTermFollowUp checked =
        LongTermFollowUp.entered(
            followUp.longTermReturned(),
            followUp.longTermStillOff(),
            followUp.returnToWorkPercent());
    List<Object> before = entered();
    this.statedLongTermDays = longTermDays;
    this.statedShortTermDays = shortTermDays;
    this.statedTotalDays = totalDays;
    this.statedFte = fte;
    this.statedDaysPerFte = daysPerFte;
    this.statedProjection = projection;
    this.longTermReturned = checked.longTermReturned();
    this.longTermStillOff = checked.longTermStillOff();
    this.returnToWorkPercent = checked.returnToWorkPercent();
    touched(before, enteredBy, at);
  }

  /**
   * Replaces the reasons for absence. Each needs a name, once, and a share from 0 to 100; whether
   * they sum to 100% is a finding, not a refusal (the council printed them that way).
   */
  public void explain(List<AbsenceReasonShare> shares, String enteredBy, Instant at) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < shares.size(); i++) {
      AbsenceReasonShare s = shares.get(i);
      String field = "reasons[" + i + "]";
      if (s.reason().isBlank()) {
        throw new InvalidValueException(field + ".reason", field + ".reason: must not be blank");
      }
      if (s.reason().length() > 200) {
        throw new InvalidValueException(
            field + ".reason", field + ".reason: at most 200 characters");
      }
      if (!seen.add(s.reason().toLowerCase(java.util.Locale.ROOT))) {
        throw new InvalidValueException(
            field + ".reason", field + ".reason: '" + s.reason() + "' is listed twice");
      }
      if (s.percent().signum() < 0 || s.percent().compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new InvalidValueException(
            field + ".percent",
            field
                + ".percent: must be a percentage from 0 to 100, not "
                + s.percent().toPlainString());
      }
    }
    if (!SameValues.same(this.reasons, shares)) {
      this.reasons = new ArrayList<>(shares);
      touched(List.of(), enteredBy, at);
    }
  }

  /** Who entered it and when change only when something else did (see SameValues). */
  private void touched(List<Object> before, String enteredBy, Instant at) {
    if (this.enteredAt != null && SameValues.same(before, entered())) {
      return;
    }
    this.enteredBy = Objects.requireNonNull(enteredBy);
    this.enteredAt = Objects.requireNonNull(at);
  }

  private List<Object> entered() {
    return Arrays.asList(
        statedLongTermDays,
        statedShortTermDays,
        statedTotalDays,
        statedFte,
        statedDaysPerFte,
        statedProjection,
        longTermReturned,
        longTermStillOff,
        returnToWorkPercent);
  }

  /** The council's own total row as printed; its stated total and days per FTE included. */
  public AbsenceFigures statedTotal() {
    if (statedLongTermDays == null
        && statedShortTermDays == null
        && statedFte == null
        && statedTotalDays == null
        && statedDaysPerFte == null) {
      return null;
    }
    return new AbsenceFigures(
        statedLongTermDays, statedShortTermDays, statedFte, statedTotalDays, statedDaysPerFte);
  }

  public BigDecimal statedProjection() {
    return statedProjection;
  }

  public LongTermFollowUp followUp() {
    return new LongTermFollowUp(longTermReturned, longTermStillOff, returnToWorkPercent);
  }

  public List<AbsenceReasonShare> reasons() {
    return Collections.unmodifiableList(reasons);
  }

  public Long id() {
    return id;
  }

  public ReportingPeriod period() {
    return period;
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
