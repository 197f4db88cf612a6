package org.councilperformance.interfaces.rest.indicator;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.indicator.Aggregation;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorChange;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.indicator.Target;
import org.councilperformance.domain.indicator.TargetSource;
import org.councilperformance.domain.period.ReportedPeriods;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.trend.DirectionOfTravel;
import org.councilperformance.domain.trend.IndicatorTrend;

/** What the indicator endpoints answer. */
public final class IndicatorViews {
  private IndicatorViews() {}

  @JsonbPropertyOrder({
    "code",
    "name",
    "definition",
    "unit",
    "polarity",
    "frequency",
    "aggregation",
    "tolerance",
    "greenPlusMargin",
    "statusRule",
    "owner",
    "businessUnit",
    "priorities",
    "tags",
    "reportedFrom",
    "reportedTo",
    "seasonalProfile",
    "formula"
  })
  public record IndicatorView(
      String code,
      String name,
      String definition,
      IndicatorUnit unit,
      Polarity polarity,
      Frequency frequency,
      Aggregation aggregation,
      ThresholdBody tolerance,
      ThresholdBody greenPlusMargin,
      String statusRule,
      String owner,
      String businessUnit,
      List<String> priorities,
      List<String> tags,
      String reportedFrom,
      String reportedTo,
      List<BigDecimal> seasonalProfile,
      String formula) {
    static IndicatorView of(Indicator i) {
      ReportedPeriods reported = i.reportedPeriods();
      return new IndicatorView(
          i.code(),
          i.name(),
          i.definition(),
          i.unit(),
          i.polarity(),
          i.frequency(),
          i.aggregation(),
          ThresholdBody.of(i.tolerance()),
          ThresholdBody.of(i.greenPlusMargin()),
          i.statusRule().describe(),
          i.owner(),
          i.businessUnit() == null ? null : i.businessUnit().code(),
          priorityCodes(i),
          i.tags().stream().sorted().toList(),
          Objects.toString(reported.from(), null),
          Objects.toString(reported.to(), null),
          i.seasonalProfile() == null ? null : i.seasonalProfile().percentages(),
          i.formula() == null ? null : i.formula().text());
    }
  }

  /** A component of a calculated indicator's formula and its figure for a period. */
  public record ComponentView(String name, BigDecimal value) {
    static List<ComponentView> of(Map<String, BigDecimal> components) {
      return components.entrySet().stream()
          .map(c -> new ComponentView(c.getKey(), Decimals.plain(c.getValue())))
          .toList();
    }
  }

  public record StatusOverrideView(RagStatus status, String reason) {}

  /**
   * An indicator's position for a period. {@code status} is what counts (the override where one is
   * set); {@code computedStatus} is the product's own judgement, against the period's own target
   * or, for a quarter without one, the profiled annual target ({@code targetSource},
   * docs/rules.md#profiles); {@code reportedStatus} is what the council printed, where imported;
   * {@code ownForecast} and {@code ownForecastStatus} are the officer's own year-end forecast. For
   * a calculated indicator, {@code actual} is what its {@code formula} gives where it can be
   * calculated, {@code printedValue} the figure the council printed and {@code differsFromFormula}
   * whether the two disagree (docs/rules.md#calculated-indicators).
   */
  @JsonbPropertyOrder({
    "code",
    "name",
    "unit",
    "polarity",
    "businessUnit",
    "priorities",
    "period",
    "target",
    "targetSource",
    "actual",
    "formula",
    "printedValue",
    "differsFromFormula",
    "missingReason",
    "commentary",
    "commentaryInternal",
    "status",
    "computedStatus",
    "statusRule",
    "reportedStatus",
    "differsFromReported",
    "ownForecast",
    "ownForecastStatus",
    "override",
    "enteredBy",
    "enteredAt"
  })
  public record IndicatorStatusView(
      String code,
      String name,
      IndicatorUnit unit,
      Polarity polarity,
      String businessUnit,
      List<String> priorities,
      String period,
      BigDecimal target,
      TargetSource targetSource,
      BigDecimal actual,
      String formula,
      BigDecimal printedValue,
      boolean differsFromFormula,
      String missingReason,
      String commentary,
      boolean commentaryInternal,
      RagStatus status,
      RagStatus computedStatus,
      String statusRule,
      RagStatus reportedStatus,
      boolean differsFromReported,
      BigDecimal ownForecast,
      RagStatus ownForecastStatus,
      StatusOverrideView override,
      String enteredBy,
      Instant enteredAt) {
    static IndicatorStatusView of(IndicatorStatus s, String period) {
      Indicator i = s.indicator();
      Measurement m = s.measurement();
      return new IndicatorStatusView(
          i.code(),
          i.name(),
          i.unit(),
          s.basis().polarity(),
          i.businessUnit() == null ? null : i.businessUnit().code(),
          priorityCodes(i),
          period,
          Decimals.plain(s.target()),
          s.targetSource(),
          Decimals.plain(s.actual()),
          i.formula() == null ? null : i.formula().text(),
          m == null ? null : Decimals.plain(m.printedValue()),
          m != null && m.differsFromFormula(),
          m == null ? null : m.missingReason(),
          m == null ? null : m.commentary(),
          m != null && m.commentaryInternal(),
          s.status(),
          s.computed(),
          s.rule(),
          s.reportedStatus(),
          s.differsFromReported(),
          m == null ? null : Decimals.plain(m.ownForecast()),
          m == null ? null : m.ownForecastStatus(),
          m == null || m.statusOverride() == null
              ? null
              : new StatusOverrideView(m.statusOverride(), m.overrideReason()),
          m == null ? null : m.enteredBy(),
          m == null ? null : m.enteredAt());
    }
  }

  public record TargetView(String period, BigDecimal value) {
    static TargetView of(Target t) {
      return new TargetView(t.period().code(), Decimals.plain(t.value()));
    }
  }

  /**
   * A measurement as entered. For a calculated indicator, {@code value} is the figure counted (the
   * formula's result where it can be calculated), {@code calculatedValue} the formula's result,
   * {@code printedValue} the figure entered as the council printed it, and {@code components} those
   * entered (docs/rules.md#calculated-indicators).
   */
  @JsonbPropertyOrder({
    "period",
    "value",
    "components",
    "calculatedValue",
    "printedValue",
    "differsFromFormula",
    "missingReason",
    "commentary",
    "commentaryInternal",
    "reportedStatus",
    "ownForecast",
    "ownForecastStatus",
    "override",
    "enteredBy",
    "enteredAt"
  })
  public record MeasurementView(
      String period,
      BigDecimal value,
      List<ComponentView> components,
      BigDecimal calculatedValue,
      BigDecimal printedValue,
      boolean differsFromFormula,
      String missingReason,
      String commentary,
      boolean commentaryInternal,
      RagStatus reportedStatus,
      BigDecimal ownForecast,
      RagStatus ownForecastStatus,
      StatusOverrideView override,
      String enteredBy,
      Instant enteredAt) {
    static MeasurementView of(Measurement m) {
      return new MeasurementView(
          m.period().code(),
          Decimals.plain(m.value()),
          ComponentView.of(m.components()),
          Decimals.plain(m.calculatedValue()),
          Decimals.plain(m.printedValue()),
          m.differsFromFormula(),
          m.missingReason(),
          m.commentary(),
          m.commentaryInternal(),
          m.reportedStatus(),
          Decimals.plain(m.ownForecast()),
          m.ownForecastStatus(),
          m.statusOverride() == null
              ? null
              : new StatusOverrideView(m.statusOverride(), m.overrideReason()),
          m.enteredBy(),
          m.enteredAt());
    }
  }

  @JsonbPropertyOrder({"at", "by", "period", "field", "oldValue", "newValue", "revision"})
  public record ChangeView(
      Instant at,
      String by,
      String period,
      String field,
      String oldValue,
      String newValue,
      long revision) {
    static ChangeView of(IndicatorChange c) {
      return new ChangeView(
          c.at(), c.by(), c.period(), c.field(), c.oldValue(), c.newValue(), c.revision());
    }
  }

  private static List<String> priorityCodes(Indicator i) {
    return i.priorities().stream().map(Priority::code).sorted().toList();
  }

  /**
   * An indicator's trend for a period: direction of travel, the cumulative profile, and the
   * year-end forecast with the status it would have against the annual target.
   */
  @JsonbPropertyOrder({
    "code",
    "name",
    "polarity",
    "aggregation",
    "period",
    "actual",
    "previousPeriod",
    "previousActual",
    "sincePrevious",
    "lastYearPeriod",
    "lastYearActual",
    "sinceLastYear",
    "profiledTarget",
    "statusAgainstProfile",
    "annualTarget",
    "forecast",
    "forecastMethod",
    "forecastStatus",
    "ownForecast",
    "ownForecastStatus"
  })
  public record TrendView(
      String code,
      String name,
      Polarity polarity,
      Aggregation aggregation,
      String period,
      BigDecimal actual,
      String previousPeriod,
      BigDecimal previousActual,
      DirectionOfTravel sincePrevious,
      String lastYearPeriod,
      BigDecimal lastYearActual,
      DirectionOfTravel sinceLastYear,
      BigDecimal profiledTarget,
      RagStatus statusAgainstProfile,
      BigDecimal annualTarget,
      BigDecimal forecast,
      String forecastMethod,
      RagStatus forecastStatus,
      BigDecimal ownForecast,
      RagStatus ownForecastStatus) {
    public static TrendView of(IndicatorTrend t) {
      Indicator i = t.indicator();
      return new TrendView(
          i.code(),
          i.name(),
          t.basis().polarity(),
          t.basis().aggregation(),
          t.period().toString(),
          Decimals.plain(t.actual()),
          t.period().previous().toString(),
          Decimals.plain(t.previousActual()),
          t.sincePrevious(),
          t.period().sameLastYear().toString(),
          Decimals.plain(t.lastYearActual()),
          t.sinceLastYear(),
          Decimals.plain(t.profiledTarget()),
          t.againstProfile(),
          Decimals.plain(t.annualTarget()),
          Decimals.plain(t.forecast().value()),
          t.forecast().method(),
          t.forecastStatus(),
          Decimals.plain(t.ownForecast()),
          t.ownForecastStatus());
    }
  }
}
