package org.councilperformance.interfaces.rest.summary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.application.Scope;
import org.councilperformance.application.TrendService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.summary.ActionSummary;
import org.councilperformance.domain.summary.StatusSummary;

@Path("summary")
@RequestScoped
@Transactional
@ReadsOnly
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {
  private final IndicatorService indicators;
  private final ActionService actions;
  private final TrendService trends;
  private final Lookup lookup;

  @Inject
  public SummaryResource(
      IndicatorService indicators, ActionService actions, TrendService trends, Lookup lookup) {
    this.indicators = indicators;
    this.actions = actions;
    this.trends = trends;
    this.lookup = lookup;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public SummaryResource() {
    this(null, null, null, null);
  }

  /**
   * Summary counts (docs/rules.md#summary-counts). {@code onTrack} = greenPlus + green; {@code
   * judged} = total − dataOnly; {@code onTrackPercent} = onTrack ÷ judged, rounded half-up.
   */
  @JsonbPropertyOrder({
    "period",
    "priority",
    "businessUnit",
    "total",
    "greenPlus",
    "green",
    "amber",
    "red",
    "missing",
    "dataOnly",
    "onTrack",
    "judged",
    "onTrackPercent",
    "text",
    "actions",
    "forecast"
  })
  public record SummaryView(
      String period,
      String priority,
      String businessUnit,
      int total,
      int greenPlus,
      int green,
      int amber,
      int red,
      int missing,
      int dataOnly,
      int onTrack,
      int judged,
      BigDecimal onTrackPercent,
      String text,
      ActionSummaryView actions,
      ForecastSummaryView forecast) {}

  /**
   * The statuses the indicators' year-end forecasts would have against their annual targets (see
   * /api/trends); {@code total} counts the indicators that have a forecast and an annual target.
   */
  @JsonbPropertyOrder({"total", "greenPlus", "green", "amber", "red", "dataOnly", "text"})
  public record ForecastSummaryView(
      int total, int greenPlus, int green, int amber, int red, int dataOnly, String text) {
    static ForecastSummaryView of(StatusSummary s) {
      return new ForecastSummaryView(
          s.total(), s.greenPlus(), s.green(), s.amber(), s.red(), s.dataOnly(), s.forecastText());
    }
  }

  /** Actions by dashboard colour; {@code onTrackPercent} = green ÷ (green + amber + red). */
  @JsonbPropertyOrder({
    "total",
    "green",
    "amber",
    "red",
    "cancelled",
    "notAssessed",
    "onTrackPercent",
    "text"
  })
  public record ActionSummaryView(
      int total,
      int green,
      int amber,
      int red,
      int cancelled,
      int notAssessed,
      BigDecimal onTrackPercent,
      String text) {
    static ActionSummaryView of(ActionSummary a) {
      return new ActionSummaryView(
          a.total(),
          a.green(),
          a.amber(),
          a.red(),
          a.cancelled(),
          a.notAssessed(),
          a.onTrackPercent(),
          a.text());
    }
  }

  @GET
  public SummaryView summary(
      @QueryParam("period") PeriodCode period,
      @QueryParam("priority") Code priority,
      @QueryParam("businessUnit") Code businessUnit) {
    PeriodCode code = PeriodCode.required(period, "period");
    Scope scope = lookup.scope(priority, businessUnit);
    // One read of the statuses serves both the indicator counts and the forecast counts.
    List<IndicatorStatus> statuses = indicators.statuses(code, scope);
    StatusSummary s = StatusSummary.of(statuses.stream().map(IndicatorStatus::status).toList());
    return new SummaryView(
        code.toString(),
        priority == null ? null : priority.value(),
        businessUnit == null ? null : businessUnit.value(),
        s.total(),
        s.greenPlus(),
        s.green(),
        s.amber(),
        s.red(),
        s.missing(),
        s.dataOnly(),
        s.onTrack(),
        s.judged(),
        s.onTrackPercent(),
        s.text(),
        ActionSummaryView.of(actions.summarise(code, scope)),
        ForecastSummaryView.of(trends.forecastSummary(code, statuses)));
  }
}
