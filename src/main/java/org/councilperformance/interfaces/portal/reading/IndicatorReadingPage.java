package org.councilperformance.interfaces.portal.reading;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.portal.reading.ReadingRows.QuarterRow;

/**
 * An indicator's reading page (docs/portal.md#reading), apart from the figure entry page: what it
 * measures and how its status is judged, its last eight quarters as a table (drawn as a chart where
 * JavaScript runs), its status, commentary, intervention plans and history.
 */
@Path("indicators/{code}")
@RequestScoped
@Transactional
@ReadsOnly
@Produces({MediaType.TEXT_HTML, Csv.TYPE})
public class IndicatorReadingPage {
  private final Reading reading;
  private final Pages pages;

  @Context private HttpServletRequest request;

  @Inject
  public IndicatorReadingPage(Reading reading, Pages pages) {
    this.reading = reading;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public IndicatorReadingPage() {
    this(null, null);
  }

  /**
   * @param period the quarter the page is read for; the period being reported now when left out
   * @param before the history page's cursor
   */
  @GET
  public Response page(
      @PathParam("code") Code code,
      @QueryParam("period") PeriodCode period,
      @QueryParam("before") Long before) {
    Reading.IndicatorPage indicator = reading.indicator(code, periodOrNow(period), before);
    Map<String, Object> page = new HashMap<>();
    page.put("frame", PortalFilter.frame(request));
    page.put("page", indicator);
    return pages.page("reading/indicator.jte", page);
  }

  @GET
  @Path("quarters.csv")
  public Response quarters(@PathParam("code") Code code, @QueryParam("period") PeriodCode period) {
    Reading.IndicatorPage indicator = reading.indicator(code, periodOrNow(period), null);
    return Csv.download(
        code.value() + "-" + indicator.period().code(), QuarterRow.HEADINGS, indicator.quarters());
  }

  private PeriodCode periodOrNow(PeriodCode period) {
    if (period != null) {
      return period;
    }
    var now = reading.currentPeriod();
    if (now == null) {
      throw new NotFoundException("period", "no reporting periods have been set up");
    }
    return now.periodCode();
  }
}
