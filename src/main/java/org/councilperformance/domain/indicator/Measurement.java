package org.councilperformance.domain.indicator;

import jakarta.persistence.Column;
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
import java.time.Instant;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.SameValues;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * The actual of an indicator for a period: a figure, or the reason there is none, with the
 * service's commentary. Also holds the status the council printed (when imported), the officer's
 * own year-end forecast with its status (docs/rules.md#the-councils-own-forecast), and an admin's
 * override of the computed status.
 */
@Entity
@Table(
    name = "measurement",
    uniqueConstraints = @UniqueConstraint(columnNames = {"indicator_id", "period_code"}))
@Audited
public class Measurement implements Versioned {
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

  @Column(name = "actual_value", precision = 19, scale = 6)
  private BigDecimal value;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(name = "missing_reason", columnDefinition = "text")
  private String missingReason;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  private String commentary;

  @Column(name = "entered_by", nullable = false, length = 100)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "reported_status", length = 20)
  private RagStatus reportedStatus;

  @Column(name = "own_forecast", precision = 19, scale = 6)
  private BigDecimal ownForecast;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "own_forecast_status", length = 20)
  private RagStatus ownForecastStatus;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "status_override", length = 20)
  private RagStatus statusOverride;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(name = "override_reason", columnDefinition = "text")
  private String overrideReason;

  protected Measurement() {}

  public Measurement(Indicator indicator, ReportingPeriod period) {
    this.indicator = Objects.requireNonNull(indicator);
    this.period = Objects.requireNonNull(period);
  }

  /**
   * Records the figure for the period, or why there is none: exactly one of value and
   * missingReason.
   */
  public void report(
      BigDecimal value, String missingReason, String commentary, String enteredBy, Instant at) {
    report(value, missingReason, commentary, null, enteredBy, at);
  }

  /**
   * Records the figure for the period, or why there is none, with the status the council printed
   * when its own report is loaded (docs/rules.md#indicator-status). At most one of value and
   * missingReason; neither only when a printed status is given: a council's "missing data" row
   * carries no figure and may give no reason. A printed status left out keeps the one recorded, so
   * a later correction of the figure does not lose what the council printed.
   *
   * @param printed null to keep the printed status as it is
   */
  public void report(
      BigDecimal value,
      String missingReason,
      String commentary,
      RagStatus printed,
      String enteredBy,
      Instant at) {
    boolean hasReason = missingReason != null && !missingReason.isBlank();
    if (value == null && !hasReason && printed == null) {
      throw new InvalidValueException(
          "value",
          "give the actual value, a missingReason saying why there is none, or the"
              + " reportedStatus the council printed");
    }
    if (value != null && hasReason) {
      throw new InvalidValueException(
          "missingReason", "a measurement with a value cannot also have a missing-data reason");
    }
    if (printed != null) {
      this.reportedStatus = printed;
    }
    String reason = hasReason ? missingReason.trim() : null;
    if (enteredAt != null
        && SameValues.pairwise(
            this.value, value, this.missingReason, reason, this.commentary, commentary)) {
      return; // the same again: who entered it and when stay as they were
    }
    this.value = value;
    this.missingReason = reason;
    this.commentary = commentary;
    this.enteredBy = Objects.requireNonNull(enteredBy);
    this.enteredAt = Objects.requireNonNull(at);
  }

  /** Keeps the status the council printed for this period, for comparison with the computed one. */
  public void recordReportedStatus(RagStatus printed) {
    this.reportedStatus = printed;
  }

  /**
   * Keeps the officer's own year-end forecast and the status they give it, shown beside the one the
   * product computes (docs/rules.md#the-councils-own-forecast). Either left out keeps the one
   * recorded, as a printed status does.
   *
   * @param value null to keep the forecast recorded
   * @param status null to keep the forecast status recorded
   */
  public void forecastOwn(BigDecimal value, RagStatus status) {
    if (value != null) {
      this.ownForecast = value;
    }
    if (status != null) {
      this.ownForecastStatus = status;
    }
  }

  public void overrideStatus(RagStatus status, String reason) {
    Objects.requireNonNull(status);
    if (reason == null || reason.isBlank()) {
      throw new InvalidValueException("reason", "an override needs a written reason");
    }
    this.statusOverride = status;
    this.overrideReason = reason.trim();
  }

  public void clearOverride() {
    this.statusOverride = null;
    this.overrideReason = null;
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

  public String missingReason() {
    return missingReason;
  }

  public String commentary() {
    return commentary;
  }

  public String enteredBy() {
    return enteredBy;
  }

  public Instant enteredAt() {
    return enteredAt;
  }

  public RagStatus reportedStatus() {
    return reportedStatus;
  }

  public BigDecimal ownForecast() {
    return ownForecast;
  }

  public RagStatus ownForecastStatus() {
    return ownForecastStatus;
  }

  public RagStatus statusOverride() {
    return statusOverride;
  }

  public String overrideReason() {
    return overrideReason;
  }

  @Override
  public long version() {
    return version;
  }
}
