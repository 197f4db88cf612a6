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
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.SameValues;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.envers.Audited;

/**
 * A calendar month's calls to the contact centre, as its customer-services manager counts them. The
 * month belongs to the financial quarter containing it (July–September 2018 to 2018-19-Q2) and
 * changes only while that quarter is open. Counts are whole numbers, never negative; whether they
 * hang together (answered within 60 s at least those within 30 s, …) is a data-quality finding, not
 * a refusal, because the counts are what the telephone system reported.
 */
@Entity
@Table(name = "contact_centre_month")
@Audited
public class ContactCentreMonth implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
  private static final Set<CallMeasure> REQUIRED =
      Set.of(CallMeasure.RECEIVED, CallMeasure.ANSWERED);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** YYYY-MM. */
  @Column(name = "calendar_month", nullable = false, length = 7, unique = true)
  private String month;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", nullable = false)
  private ReportingPeriod period;

  @Column(nullable = false)
  private Integer received;

  @Column(nullable = false)
  private Integer answered;

  @Column(name = "answered_within_30s")
  private Integer answeredWithin30s;

  @Column(name = "answered_within_60s")
  private Integer answeredWithin60s;

  private Integer abandoned;

  private Integer rejected;

  /** The +/- against the same month last year, as the council printed it. */
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "received", column = @Column(name = "supplied_change_received")),
    @AttributeOverride(name = "answered", column = @Column(name = "supplied_change_answered")),
    @AttributeOverride(
        name = "answeredWithin30s",
        column = @Column(name = "supplied_change_answered_within_30s")),
    @AttributeOverride(
        name = "answeredWithin60s",
        column = @Column(name = "supplied_change_answered_within_60s")),
    @AttributeOverride(name = "abandoned", column = @Column(name = "supplied_change_abandoned")),
    @AttributeOverride(name = "rejected", column = @Column(name = "supplied_change_rejected"))
  })
  private PrintedCallFigures suppliedChange;

  @Column(name = "entered_by", nullable = false, length = 100)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  protected ContactCentreMonth() {}

  /**
   * @param period the quarter containing the month
   */
  public ContactCentreMonth(YearMonth month, ReportingPeriod period) {
    Objects.requireNonNull(month);
    if (!period.code().equals(quarterOf(month).toString())) {
      throw new IllegalArgumentException(month + " is not in " + period.code());
    }
    this.month = month.format(MONTH);
    this.period = period;
  }

  /**
   * Records the month's counts and the +/- the council printed beside them. Received and answered
   * are required; the others may be unknown (null).
   */
  public void record(CallFigures counts, CallFigures suppliedChange, String enteredBy, Instant at) {
    for (CallMeasure measure : CallMeasure.values()) {
      BigDecimal value = counts.get(measure);
      if (value == null && REQUIRED.contains(measure)) {
        throw new InvalidValueException(measure.field(), measure.field() + ": is required");
      }
      requireCount(measure, value);
    }
    List<Object> before = entered();
    this.received = counts.received().intValueExact();
    this.answered = counts.answered().intValueExact();
    this.answeredWithin30s = intOrNull(counts.answeredWithin30s());
    this.answeredWithin60s = intOrNull(counts.answeredWithin60s());
    this.abandoned = intOrNull(counts.abandoned());
    this.rejected = intOrNull(counts.rejected());
    this.suppliedChange = PrintedCallFigures.of(suppliedChange);
    if (this.enteredAt != null && SameValues.same(before, entered())) {
      return; // the same again: who entered it and when stay, no version or revision for nothing
    }
    this.enteredBy = Objects.requireNonNull(enteredBy);
    this.enteredAt = Objects.requireNonNull(at);
  }

  private List<Object> entered() {
    return Arrays.asList(
        received,
        answered,
        answeredWithin30s,
        answeredWithin60s,
        abandoned,
        rejected,
        PrintedCallFigures.figures(suppliedChange));
  }

  private static void requireCount(CallMeasure measure, BigDecimal value) {
    if (value == null) {
      return;
    }
    if (value.signum() < 0) {
      throw new InvalidValueException(
          measure.field(),
          measure.field() + ": a count of calls cannot be negative, not " + value.toPlainString());
    }
    if (value.stripTrailingZeros().scale() > 0
        || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw new InvalidValueException(
          measure.field(),
          measure.field() + ": must be a whole number of calls, not " + value.toPlainString());
    }
  }

  private static Integer intOrNull(BigDecimal value) {
    return value == null ? null : value.intValueExact();
  }

  /** The financial quarter a month belongs to: April–June is Q1, …, January–March Q4. */
  public static PeriodCode quarterOf(YearMonth month) {
    int startYear = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    int quarter = (month.getMonthValue() + 8) % 12 / 3 + 1;
    // A request names the quarter by one of its months: "not set up" points at the month.
    return new PeriodCode(startYear, quarter).readFrom("month");
  }

  /** The three months of a quarter, in order. */
  public static List<YearMonth> monthsOf(PeriodCode quarter) {
    YearMonth first = YearMonth.from(quarter.startDate());
    return List.of(first, first.plusMonths(1), first.plusMonths(2));
  }

  /**
   * Reads a month written YYYY-MM, e.g. 2018-09.
   *
   * @param field the request field named when it cannot be read
   */
  public static YearMonth parseMonth(String text, String field) {
    try {
      if (text != null && text.matches("\\d{4}-\\d{2}")) {
        return YearMonth.parse(text, MONTH);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new MalformedValueException(
        field, "'" + text + "' is not a month; write it as YYYY-MM, e.g. 2018-09");
  }

  /** How a report names the month, e.g. "September 2018". */
  public static String name(YearMonth month) {
    return month.format(NAME);
  }

  public YearMonth month() {
    return YearMonth.parse(month, MONTH);
  }

  public ReportingPeriod period() {
    return period;
  }

  public CallFigures counts() {
    return CallFigures.ofCounts(
        longOrNull(received),
        longOrNull(answered),
        longOrNull(answeredWithin30s),
        longOrNull(answeredWithin60s),
        longOrNull(abandoned),
        longOrNull(rejected));
  }

  public CallFigures suppliedChange() {
    return PrintedCallFigures.figures(suppliedChange);
  }

  public String enteredBy() {
    return enteredBy;
  }

  public Instant enteredAt() {
    return enteredAt;
  }

  private static Long longOrNull(Integer value) {
    return value == null ? null : value.longValue();
  }

  @Override
  public long version() {
    return version;
  }
}
