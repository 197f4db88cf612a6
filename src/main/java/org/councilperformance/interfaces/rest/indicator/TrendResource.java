package org.councilperformance.interfaces.rest.indicator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.application.TrendService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.rest.indicator.IndicatorViews.TrendView;

/** Trends and year-end forecasts of every indicator in scope. */
@Path("trends")
@RequestScoped
@Transactional
@ReadsOnly
@Produces(MediaType.APPLICATION_JSON)
public class TrendResource {
  private final TrendService trends;
  private final Lookup lookup;

  @Inject
  public TrendResource(TrendService trends, Lookup lookup) {
    this.trends = trends;
    this.lookup = lookup;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public TrendResource() {
    this(null, null);
  }

  @GET
  public List<TrendView> list(
      @QueryParam("period") PeriodCode period,
      @QueryParam("priority") Code priority,
      @QueryParam("businessUnit") Code businessUnit) {
    PeriodCode code = PeriodCode.required(period, "period");
    return trends.trends(code, lookup.scope(priority, businessUnit)).stream()
        .map(TrendView::of)
        .toList();
  }
}
