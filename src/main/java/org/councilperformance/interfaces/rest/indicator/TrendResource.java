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
import org.councilperformance.application.ReportingScope;
import org.councilperformance.application.TrendService;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.rest.indicator.IndicatorViews.TrendView;

/** Trends and year-end forecasts of every indicator in scope. */
@Path("trends")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class TrendResource {
  @Inject private TrendService trends;

  @GET
  public List<TrendView> list(
      @QueryParam("period") String period,
      @QueryParam("priority") String priority,
      @QueryParam("businessUnit") String businessUnit) {
    String code = PeriodCode.parse(period, "period").toString();
    return trends.trends(code, new ReportingScope(priority, businessUnit)).stream()
        .map(TrendView::of)
        .toList();
  }
}
