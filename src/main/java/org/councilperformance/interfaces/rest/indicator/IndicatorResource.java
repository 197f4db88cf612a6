package org.councilperformance.interfaces.rest.indicator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.councilperformance.application.IndicatorHistory;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.IndicatorSpec;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.application.TrendService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.indicator.Aggregation;
import org.councilperformance.domain.indicator.Formula;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.indicator.SeasonalProfile;
import org.councilperformance.domain.indicator.Target;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.rest.Codes;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.councilperformance.interfaces.rest.indicator.IndicatorViews.ChangeView;
import org.councilperformance.interfaces.rest.indicator.IndicatorViews.IndicatorStatusView;
import org.councilperformance.interfaces.rest.indicator.IndicatorViews.IndicatorView;
import org.councilperformance.interfaces.rest.indicator.IndicatorViews.MeasurementView;
import org.councilperformance.interfaces.rest.indicator.IndicatorViews.TargetView;
import org.councilperformance.interfaces.rest.indicator.IndicatorViews.TrendView;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("indicators")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {
  private final IndicatorService indicators;
  private final IndicatorHistory history;
  private final TrendService trends;
  private final Lookup lookup;
  private final Preconditions preconditions;

  @Inject
  public IndicatorResource(
      IndicatorService indicators,
      IndicatorHistory history,
      TrendService trends,
      Lookup lookup,
      Preconditions preconditions) {
    this.indicators = indicators;
    this.history = history;
    this.trends = trends;
    this.lookup = lookup;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public IndicatorResource() {
    this(null, null, null, null, null);
  }

  /**
   * An indicator's definition. {@code code} is required to create one and never changes: on update
   * it may be left out or repeated, but not altered. {@code reportedFrom} and {@code reportedTo}
   * are the first and last periods it is reported in (a year or a quarter, set up; absent: open),
   * docs/rules.md#the-set-of-a-period. {@code formula} makes it a calculated indicator
   * (docs/rules.md#calculated-indicators).
   */
  public record IndicatorBody(
      @Size(max = Code.MAX_LENGTH) @Pattern(regexp = Code.FORMAT) String code,
      @NotBlank @Size(max = 500) String name,
      String definition,
      @NotNull IndicatorUnit unit,
      @NotNull Polarity polarity,
      Frequency frequency,
      Aggregation aggregation,
      @Valid ThresholdBody tolerance,
      @Valid ThresholdBody greenPlusMargin,
      @Size(max = 200) String owner,
      String businessUnit,
      List<@NotBlank String> priorities,
      List<@NotBlank @Size(max = 60) String> tags,
      String reportedFrom,
      String reportedTo,
      List<@NotNull BigDecimal> seasonalProfile,
      @Size(max = Formula.MAX_LENGTH) String formula) {
    IndicatorSpec spec() {
      return new IndicatorSpec(
          name,
          definition,
          unit,
          polarity,
          frequency,
          aggregation,
          tolerance == null ? null : tolerance.toThreshold(),
          greenPlusMargin == null ? null : greenPlusMargin.toThreshold(),
          owner,
          Code.of(businessUnit, "businessUnit"),
          Codes.of(priorities, "priorities"),
          tags,
          reportedFrom == null ? null : PeriodCode.parse(reportedFrom, "reportedFrom"),
          reportedTo == null ? null : PeriodCode.parse(reportedTo, "reportedTo"),
          seasonalProfile == null ? null : new SeasonalProfile(seasonalProfile),
          Formula.parse(formula, "formula"));
    }
  }

  public record TargetBody(@NotNull BigDecimal value) {}

  /**
   * Give value, or missingReason when no figure can be reported. {@code reportedStatus} is for
   * loading a council's own report: the status it printed (GREEN_PLUS, GREEN, AMBER, RED, MISSING
   * or "missing data", DATA_ONLY); with it, a row may carry neither value nor reason. For a
   * calculated indicator, {@code components} are its formula's components for the period (left out:
   * those entered stay) and {@code value} is the figure the council printed, if any
   * (docs/rules.md#calculated-indicators).
   */
  public record MeasurementBody(
      BigDecimal value,
      String missingReason,
      String commentary,
      @Size(max = 20) String reportedStatus,
      BigDecimal ownForecast,
      @Size(max = 20) String ownForecastStatus,
      @Size(max = 100) List<@NotNull @Valid ComponentBody> components,
      Boolean commentaryInternal) {

    /** The components by name; null when left out. */
    Map<String, BigDecimal> componentsByName() {
      if (components == null) {
        return null;
      }
      Map<String, BigDecimal> byName = new LinkedHashMap<>();
      for (int i = 0; i < components.size(); i++) {
        if (byName.put(components.get(i).name(), components.get(i).value()) != null) {
          throw new InvalidValueException(
              "components[" + i + "].name",
              "component " + components.get(i).name() + " is given twice");
        }
      }
      return byName;
    }
  }

  /** One component of a calculated indicator's formula and its figure for the period. */
  public record ComponentBody(
      @NotBlank @Size(max = Formula.MAX_NAME) String name, @NotNull BigDecimal value) {}

  public record StatusOverrideBody(@NotNull RagStatus status, @NotBlank String reason) {}

  /**
   * Every indicator in scope with its target, actual and status for the period.
   *
   * @param period e.g. 2018-19-Q2
   * @param priority only indicators serving this priority or one under it
   * @param businessUnit only indicators of this business unit
   */
  @GET
  @ReadsOnly
  public List<IndicatorStatusView> list(
      @QueryParam("period") PeriodCode period,
      @QueryParam("priority") Code priority,
      @QueryParam("businessUnit") Code businessUnit) {
    PeriodCode code = PeriodCode.required(period, "period");
    return indicators.statuses(code, lookup.scope(priority, businessUnit)).stream()
        .map(s -> IndicatorStatusView.of(s, code.toString()))
        .toList();
  }

  @APIResponseSchema(
      value = IndicatorView.class,
      responseCode = "201",
      responseDescription = "Created")
  @POST
  public Response create(@NotNull @Valid IndicatorBody r, @Context UriInfo uriInfo) {
    if (r.code() == null || r.code().isBlank()) {
      throw new InvalidValueException("code", "code: must not be blank");
    }
    Indicator i = indicators.create(Code.of(r.code(), "code"), r.spec());
    return Created.at(uriInfo, i.code(), IndicatorView.of(i));
  }

  @GET
  @ReadsOnly
  @Path("{code}")
  public IndicatorView get(@PathParam("code") Code code) {
    return IndicatorView.of(preconditions.read(indicators.indicator(code)));
  }

  @PUT
  @Path("{code}")
  public IndicatorView update(@PathParam("code") Code code, @NotNull @Valid IndicatorBody r) {
    if (r.code() != null && !r.code().equals(code.value())) {
      throw new InvalidValueException("code", "an indicator's code cannot change");
    }
    preconditions.check(indicators.indicator(code));
    return IndicatorView.of(preconditions.saved(indicators.revise(code, r.spec())));
  }

  @GET
  @ReadsOnly
  @Path("{code}/status")
  public IndicatorStatusView status(
      @PathParam("code") Code code, @QueryParam("period") PeriodCode period) {
    PeriodCode periodCode = PeriodCode.required(period, "period");
    return IndicatorStatusView.of(indicators.statusOf(code, periodCode), periodCode.toString());
  }

  /** Direction of travel, cumulative profile and year-end forecast for a period. */
  @GET
  @ReadsOnly
  @Path("{code}/trend")
  public TrendView trend(@PathParam("code") Code code, @QueryParam("period") PeriodCode period) {
    return TrendView.of(trends.trendOf(code, PeriodCode.required(period, "period")));
  }

  @GET
  @ReadsOnly
  @Path("{code}/targets")
  public List<TargetView> targets(@PathParam("code") Code code) {
    return indicators.targets(code).stream().map(TargetView::of).toList();
  }

  /** Sets the target for a financial year (annual) or a quarter (profile). */
  @PUT
  @Path("{code}/targets/{period}")
  public TargetView setTarget(
      @PathParam("code") Code code,
      @PathParam("period") PeriodCode period,
      @NotNull @Valid TargetBody body) {
    preconditions.check(indicators.target(code, period));
    return TargetView.of(preconditions.saved(indicators.setTarget(code, period, body.value())));
  }

  @GET
  @ReadsOnly
  @Path("{code}/targets/{period}")
  public TargetView target(@PathParam("code") Code code, @PathParam("period") PeriodCode period) {
    Target target = indicators.target(code, period);
    if (target == null) {
      throw new NotFoundException("period", "indicator " + code + " has no target for " + period);
    }
    return TargetView.of(preconditions.read(target));
  }

  @GET
  @ReadsOnly
  @Path("{code}/measurements")
  public List<MeasurementView> measurements(@PathParam("code") Code code) {
    return indicators.measurements(code).stream().map(MeasurementView::of).toList();
  }

  @PUT
  @Path("{code}/measurements/{period}")
  public MeasurementView report(
      @PathParam("code") Code code,
      @PathParam("period") PeriodCode period,
      @NotNull @Valid MeasurementBody body) {
    preconditions.check(indicators.measurement(code, period));
    Measurement measurement =
        indicators.report(
            code,
            period,
            body.value(),
            body.missingReason(),
            body.commentary(),
            RagStatus.printed(body.reportedStatus(), "reportedStatus"),
            body.ownForecast(),
            RagStatus.printed(body.ownForecastStatus(), "ownForecastStatus"),
            body.componentsByName());
    return MeasurementView.of(
        preconditions.saved(indicators.markCommentary(measurement, body.commentaryInternal())));
  }

  @GET
  @ReadsOnly
  @Path("{code}/measurements/{period}")
  public MeasurementView measurement(
      @PathParam("code") Code code, @PathParam("period") PeriodCode period) {
    Measurement measurement = indicators.measurement(code, period);
    if (measurement == null) {
      throw new NotFoundException(
          "period", "indicator " + code + " has no measurement for " + period);
    }
    return MeasurementView.of(preconditions.read(measurement));
  }

  @PUT
  @Path("{code}/measurements/{period}/status-override")
  public MeasurementView overrideStatus(
      @PathParam("code") Code code,
      @PathParam("period") PeriodCode period,
      @NotNull @Valid StatusOverrideBody body) {
    preconditions.check(indicators.measurement(code, period));
    return MeasurementView.of(
        preconditions.saved(indicators.overrideStatus(code, period, body.status(), body.reason())));
  }

  @DELETE
  @Path("{code}/measurements/{period}/status-override")
  public MeasurementView clearOverride(
      @PathParam("code") Code code, @PathParam("period") PeriodCode period) {
    return changed(code, period, indicators::clearOverride);
  }

  /** Forgets the status the council printed for the period. */
  @DELETE
  @Path("{code}/measurements/{period}/reported-status")
  public MeasurementView clearReportedStatus(
      @PathParam("code") Code code, @PathParam("period") PeriodCode period) {
    return changed(code, period, indicators::clearReportedStatus);
  }

  /** Forgets the officer's own year-end forecast and its status for the period. */
  @DELETE
  @Path("{code}/measurements/{period}/own-forecast")
  public MeasurementView clearOwnForecast(
      @PathParam("code") Code code, @PathParam("period") PeriodCode period) {
    return changed(code, period, indicators::clearOwnForecast);
  }

  /** A change to the period's measurement on the version the request read (If-Match). */
  private MeasurementView changed(
      Code code, PeriodCode period, BiFunction<Code, PeriodCode, Measurement> change) {
    preconditions.check(indicators.measurement(code, period));
    return MeasurementView.of(preconditions.saved(change.apply(code, period)));
  }

  /**
   * Every change to the indicator's targets, actuals, commentary and status overrides: who, when,
   * old value and new value, newest first, a page at a time. Read-only: the audit cannot be edited.
   * A {@code Link: <…>; rel="next"} header leads to the next page (docs/api.md#history).
   *
   * @param limit how many change sets a page holds, 1 to 500 (100 when left out)
   * @param before only change sets numbered below this: the cursor the {@code next} link carries
   */
  @GET
  @ReadsOnly
  @Path("{code}/history")
  @APIResponseSchema(value = ChangeView[].class, responseDescription = "A page of changes")
  public Response history(
      @PathParam("code") Code code,
      @QueryParam("limit") String limit,
      @QueryParam("before") String before,
      @Context UriInfo uriInfo) {
    IndicatorHistory.Page page =
        history.page(code, HistoryCursor.before(before), HistoryCursor.limit(limit));
    Response.ResponseBuilder answer =
        Response.ok(page.changes().stream().map(ChangeView::of).toList());
    if (page.olderThan() != null) {
      URI next =
          uriInfo.getRequestUriBuilder().replaceQueryParam("before", page.olderThan()).build();
      answer.link(next, "next");
    }
    return answer.build();
  }
}
