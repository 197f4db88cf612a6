package org.councilperformance.domain.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.SameValues;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.quality.Consistency;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * The actual of an indicator for a period: a figure, or the reason there is none, with the
 * service's commentary. Also holds the status the council printed (when imported), the officer's
 * own year-end forecast with its status (docs/rules.md#the-councils-own-forecast), and an admin's
 * override of the computed status. For a calculated indicator it also holds the components entered
 * and the figure the council printed beside the one calculated
 * (docs/rules.md#calculated-indicators).
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

  /**
   * Whether the commentary is for the council only: shown signed in and in committee packs, never
   * published as open data (docs/open-data.md#internal-commentary).
   */
  @Column(name = "commentary_internal", nullable = false)
  private boolean commentaryInternal;

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

  /**
   * A calculated indicator's figure as entered (the one the council printed), kept beside the
   * calculated one; null for an indicator whose figure is entered.
   */
  @Column(name = "printed_value", precision = 19, scale = 6)
  private BigDecimal printedValue;

  /** What the indicator's formula gives for the period; null when it cannot be calculated. */
  @Column(name = "calculated_value", precision = 19, scale = 6)
  private BigDecimal calculatedValue;

  /** The components of a calculated indicator's formula entered for the period, by name. */
  @ElementCollection
  @CollectionTable(
      name = "measurement_component",
      joinColumns = @JoinColumn(name = "measurement_id"))
  @MapKeyColumn(name = "name", length = Formula.MAX_NAME)
  @Column(name = "component_value", precision = 19, scale = 6, nullable = false)
  private Map<String, BigDecimal> components = new TreeMap<>();

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

  /**
   * Records a calculated indicator's figure for the period (docs/rules.md#calculated-indicators):
   * the figure counted is the formula's result where every input has a figure, else the one
   * entered. The entered figure is kept as printed, so a printed figure the formula does not give
   * is flagged ({@link #differsFromFormula()}).
   *
   * @param components the formula's components for the period by name; null keeps those entered
   * @param printed the figure as the council printed it, or null
   * @param indicatorFigure another indicator's figure for the period, null when it has none
   */
  public void reportCalculated(
      Formula formula,
      Map<String, BigDecimal> components,
      BigDecimal printed,
      String missingReason,
      String commentary,
      RagStatus printedStatus,
      Function<String, BigDecimal> indicatorFigure,
      String enteredBy,
      Instant at) {
    Map<String, BigDecimal> entered =
        new TreeMap<>(components == null ? this.components : components);
    for (Map.Entry<String, BigDecimal> component : entered.entrySet()) {
      if (!formula.components().contains(component.getKey())) {
        throw new InvalidValueException(
            "components." + component.getKey(),
            "the formula "
                + formula.text()
                + " has no component "
                + component.getKey()
                + (formula.components().isEmpty()
                    ? "; it takes none"
                    : "; its components are " + String.join(", ", formula.components())));
      }
      Objects.requireNonNull(component.getValue(), "a component's figure");
    }
    BigDecimal result = formula.evaluate(entered::get, indicatorFigure);
    boolean hasReason = missingReason != null && !missingReason.isBlank();
    if (result == null && printed == null && !hasReason && printedStatus == null) {
      throw new InvalidValueException(
          "components",
          "the formula "
              + formula.text()
              + " cannot be calculated ("
              + withoutFigure(formula, entered, indicatorFigure)
              + "): give its components, the value the council printed, a missingReason or the"
              + " reportedStatus");
    }
    report(
        result != null ? result : printed, missingReason, commentary, printedStatus, enteredBy, at);
    if (!SameValues.same(this.components, entered)) {
      this.components.clear();
      this.components.putAll(entered);
    }
    this.printedValue = printed;
    this.calculatedValue = result;
  }

  /**
   * Calculates the figure again after an input changed or the formula did: the formula's result
   * where it can be calculated (a missing-data reason then no longer applies), else the figure the
   * council printed.
   *
   * @param formula null when the indicator is no longer calculated: the printed figure is what
   *     counts, as entered
   * @return whether the figure counted changed
   */
  public boolean recalculate(
      Formula formula, Function<String, BigDecimal> indicatorFigure, String by, Instant at) {
    if (formula == null) {
      if (calculatedValue == null && printedValue == null && components.isEmpty()) {
        return false;
      }
      BigDecimal before = value;
      value = calculatedValue == null ? value : printedValue;
      calculatedValue = null;
      printedValue = null;
      components.clear();
      return changed(before, by, at);
    }
    BigDecimal result = formula.evaluate(components::get, indicatorFigure);
    BigDecimal before = value;
    calculatedValue = result;
    value = result != null ? result : printedValue;
    if (result != null) {
      missingReason = null;
    }
    return changed(before, by, at);
  }

  private boolean changed(BigDecimal before, String by, Instant at) {
    if (enteredAt != null && SameValues.pairwise(before, value)) {
      return false;
    }
    this.enteredBy = Objects.requireNonNull(by);
    this.enteredAt = Objects.requireNonNull(at);
    return true;
  }

  private static String withoutFigure(
      Formula formula, Map<String, BigDecimal> entered, Function<String, BigDecimal> indicator) {
    List<String> missing = new ArrayList<>();
    formula.components().stream().filter(c -> entered.get(c) == null).forEach(missing::add);
    formula.indicators().stream()
        .filter(c -> indicator.apply(c) == null)
        .map(c -> "[" + c + "]")
        .forEach(missing::add);
    return missing.isEmpty() ? "a divisor is zero" : "no figure for " + String.join(", ", missing);
  }

  /**
   * Marks the commentary internal (never published as open data) or public, as the service says
   * (docs/open-data.md#internal-commentary).
   */
  public void markCommentaryInternal(boolean internal) {
    this.commentaryInternal = internal;
  }

  /** The commentary as it may be published: none where the service marked it internal. */
  public String publicCommentary() {
    return commentaryInternal ? null : commentary;
  }

  /**
   * The measurement as it may be published (docs/open-data.md#internal-commentary): itself, or
   * where its commentary is internal a copy without it, for printing only and never to be
   * persisted.
   */
  public Measurement asPublished() {
    if (!commentaryInternal) {
      return this;
    }
    Measurement copy = new Measurement(indicator, period);
    copy.version = version;
    copy.value = value;
    copy.missingReason = missingReason;
    copy.enteredBy = enteredBy;
    copy.enteredAt = enteredAt;
    copy.reportedStatus = reportedStatus;
    copy.ownForecast = ownForecast;
    copy.ownForecastStatus = ownForecastStatus;
    copy.statusOverride = statusOverride;
    copy.overrideReason = overrideReason;
    copy.printedValue = printedValue;
    copy.calculatedValue = calculatedValue;
    copy.components.putAll(components);
    return copy;
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

  /**
   * Forgets the status the council printed, e.g. one recorded for the wrong period. A measurement
   * that records nothing else (a "missing data" row with neither figure nor reason) keeps it: give
   * its figure or missing-data reason first, as a new measurement would need.
   */
  public void clearReportedStatus() {
    if (value == null && (missingReason == null || missingReason.isBlank())) {
      throw new InvalidValueException(
          "reportedStatus",
          "the printed status is all this measurement records: enter its value or missingReason"
              + " before clearing it");
    }
    this.reportedStatus = null;
  }

  /** Forgets the officer's own year-end forecast and its status. */
  public void clearOwnForecast() {
    this.ownForecast = null;
    this.ownForecastStatus = null;
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

  public boolean commentaryInternal() {
    return commentaryInternal;
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

  /** The figure entered for a calculated indicator, as the council printed it, or null. */
  public BigDecimal printedValue() {
    return printedValue;
  }

  /**
   * The figure as entered: for a calculated indicator the one the council printed, where given,
   * else the figure counted. A quarter's sheet carries this one, so exporting and uploading it
   * again changes nothing (docs/api.md#imports).
   */
  public BigDecimal enteredFigure() {
    return printedValue != null ? printedValue : value;
  }

  /** What the formula gives for the period, or null (not calculated, or an input has no figure). */
  public BigDecimal calculatedValue() {
    return calculatedValue;
  }

  /** The components entered for the period, by name in alphabetical order. */
  public Map<String, BigDecimal> components() {
    return Collections.unmodifiableMap(new TreeMap<>(components));
  }

  /**
   * Whether the council printed a figure the formula does not give: the calculated figure, rounded
   * half-up to the decimals the printed one shows, is another number
   * (docs/rules.md#calculated-indicators).
   */
  public boolean differsFromFormula() {
    return printedValue != null
        && calculatedValue != null
        && !Consistency.agrees(Decimals.plain(printedValue), calculatedValue);
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
