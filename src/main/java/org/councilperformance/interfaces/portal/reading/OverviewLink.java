package org.councilperformance.interfaces.portal.reading;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.interfaces.portal.Pages;

/**
 * "Council overview" in the header: to the overview of the period being reported now, keeping any
 * filter given (docs/portal.md#reading). The filter forms of the overview and the exception report
 * send here too, since a GET form cannot put the period it chose into the path.
 */
@Path("{page: overview|exceptions}")
@RequestScoped
@Transactional
public class OverviewLink {
  /** The header's link, for every role. */
  public static final String PATH = "/overview";

  private final Reading reading;

  @Context private UriInfo uriInfo;

  @Inject
  public OverviewLink(Reading reading) {
    this.reading = reading;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public OverviewLink() {
    this(null);
  }

  @GET
  public Response now(
      @PathParam("page") String page,
      @QueryParam("period") PeriodCode period,
      @BeanParam FilterQuery query) {
    ReportingPeriod now = period == null ? reading.currentPeriod() : reading.period(period);
    if (now == null) {
      throw new NotFoundException("period", "no reporting periods have been set up yet");
    }
    return Pages.seeOther(
        uriInfo,
        uriInfo.getBaseUri().getPath()
            + "quarters/"
            + now.code()
            + "/"
            + page
            + query.filter().query());
  }

  /** Whether a portal path (without "/portal/") is one of the reading pages, for the header. */
  public static boolean isReading(String path) {
    return path.startsWith("overview")
        || path.startsWith("risks")
        || path.startsWith("indicators/")
        || path.startsWith("packs/")
        || path.matches("quarters/[^/]+/(overview|priorities|exceptions|data-quality|pack).*");
  }
}
