package org.councilperformance.domain.contact;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Instant;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.SameValues;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.envers.Audited;

/**
 * What a quarter's contact-centre table printed beneath its months: the quarter's totals, last
 * year's totals beside them and the +/- between; and the percentages its narrative quotes ("% of
 * calls abandoned fell from 25% to 21%"). Kept exactly as printed, for checking against the months;
 * never used in place of what the months give.
 */
@Entity
@Table(name = "contact_centre_supplied_totals")
@Audited
public class SuppliedQuarterTotals implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", nullable = false, unique = true)
  private ReportingPeriod period;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "received", column = @Column(name = "total_received")),
    @AttributeOverride(name = "answered", column = @Column(name = "total_answered")),
    @AttributeOverride(
        name = "answeredWithin30s",
        column = @Column(name = "total_answered_within_30s")),
    @AttributeOverride(
        name = "answeredWithin60s",
        column = @Column(name = "total_answered_within_60s")),
    @AttributeOverride(name = "abandoned", column = @Column(name = "total_abandoned")),
    @AttributeOverride(name = "rejected", column = @Column(name = "total_rejected"))
  })
  private PrintedCallFigures totals;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "received", column = @Column(name = "last_year_received")),
    @AttributeOverride(name = "answered", column = @Column(name = "last_year_answered")),
    @AttributeOverride(
        name = "answeredWithin30s",
        column = @Column(name = "last_year_answered_within_30s")),
    @AttributeOverride(
        name = "answeredWithin60s",
        column = @Column(name = "last_year_answered_within_60s")),
    @AttributeOverride(name = "abandoned", column = @Column(name = "last_year_abandoned")),
    @AttributeOverride(name = "rejected", column = @Column(name = "last_year_rejected"))
  })
  private PrintedCallFigures lastYearTotals;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "received", column = @Column(name = "change_received")),
    @AttributeOverride(name = "answered", column = @Column(name = "change_answered")),
    @AttributeOverride(
        name = "answeredWithin30s",
        column = @Column(name = "change_answered_within_30s")),
    @AttributeOverride(
        name = "answeredWithin60s",
        column = @Column(name = "change_answered_within_60s")),
    @AttributeOverride(name = "abandoned", column = @Column(name = "change_abandoned")),
    @AttributeOverride(name = "rejected", column = @Column(name = "change_rejected"))
  })
  private PrintedCallFigures change;

  @Embedded private PrintedCallPercentages percentages;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "abandoned", column = @Column(name = "last_year_abandoned_percent")),
    @AttributeOverride(
        name = "answeredWithin30s",
        column = @Column(name = "last_year_answered_within_30s_percent")),
    @AttributeOverride(
        name = "answeredWithin60s",
        column = @Column(name = "last_year_answered_within_60s_percent"))
  })
  private PrintedCallPercentages lastYearPercentages;

  @Column(name = "entered_by", nullable = false, length = 100)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  protected SuppliedQuarterTotals() {}

  public SuppliedQuarterTotals(ReportingPeriod period) {
    this.period = Objects.requireNonNull(period);
  }

  /**
   * Records what was printed, replacing what was recorded before. A printed total cannot be a
   * negative number of calls (a change can); a printed percentage outside 0–100 is kept and found.
   */
  public void record(PrintedTotals printed, String enteredBy, Instant at) {
    requireNotNegative("totals", printed.totals());
    requireNotNegative("lastYearTotals", printed.lastYearTotals());
    PrintedTotals before = enteredAt == null ? null : printed();
    this.totals = PrintedCallFigures.of(printed.totals());
    this.lastYearTotals = PrintedCallFigures.of(printed.lastYearTotals());
    this.change = PrintedCallFigures.of(printed.change());
    this.percentages = PrintedCallPercentages.of(printed.percentages());
    this.lastYearPercentages = PrintedCallPercentages.of(printed.lastYearPercentages());
    if (before != null && SameValues.same(before, printed())) {
      return; // the same again: who entered it and when stay, no version or revision for nothing
    }
    this.enteredBy = Objects.requireNonNull(enteredBy);
    this.enteredAt = Objects.requireNonNull(at);
  }

  private static void requireNotNegative(String prefix, CallFigures figures) {
    for (CallMeasure measure : CallMeasure.values()) {
      BigDecimal value = figures.get(measure);
      if (value != null && value.signum() < 0) {
        String field = prefix + "." + measure.field();
        throw new InvalidValueException(
            field, field + ": a total of calls cannot be negative, not " + value.toPlainString());
      }
    }
  }

  public ReportingPeriod period() {
    return period;
  }

  /** What was printed, as recorded. */
  public PrintedTotals printed() {
    return new PrintedTotals(
        PrintedCallFigures.figures(totals),
        PrintedCallFigures.figures(lastYearTotals),
        PrintedCallFigures.figures(change),
        PrintedCallPercentages.percentages(percentages),
        PrintedCallPercentages.percentages(lastYearPercentages));
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
