package org.councilperformance.interfaces.portal.reading;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.portal.reading.ReadingRows.ActionRow;
import org.councilperformance.interfaces.portal.reading.ReadingRows.ExceptionRow;
import org.councilperformance.interfaces.portal.reading.ReadingRows.FindingRow;
import org.councilperformance.interfaces.portal.reading.ReadingRows.IndicatorRow;
import org.councilperformance.interfaces.portal.reading.ReadingRows.PriorityRow;

/**
 * A period's reading pages (docs/portal.md#reading): the council overview, a priority's dashboard,
 * the exception report and the data-quality findings, each with its tables as CSV. Everyone signed
 * in reads them, as everyone reads the API's summary, exceptions and findings. A filter naming
 * something that does not exist is answered 422 (as a refused form) with the GOV.UK error pattern
 * on the filter form.
 */
@Path("quarters/{period}")
@RequestScoped
@Transactional
@ReadsOnly
@Produces({MediaType.TEXT_HTML, Csv.TYPE})
public class ReadingPages {
  private final Reading reading;
  private final Pages pages;

  @Context private HttpServletRequest request;

  @Inject
  public ReadingPages(Reading reading, Pages pages) {
    this.reading = reading;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public ReadingPages() {
    this(null, null);
  }

  @GET
  @Path("overview")
  public Response overview(@PathParam("period") PeriodCode period, @BeanParam FilterQuery query) {
    Reading.Overview overview = reading.overview(period, query.filter());
    Map<String, Object> page = frame();
    page.put("overview", overview);
    page.put("scoped", overview.scoped());
    return pages.page(status(overview.scoped()), "reading/overview.jte", page);
  }

  @GET
  @Path("overview.csv")
  public Response overviewCsv(
      @PathParam("period") PeriodCode period, @BeanParam FilterQuery query) {
    Reading.Overview overview = reading.overview(period, query.filter());
    return csv(overview.scoped(), "overview", PriorityRow.HEADINGS, overview.rows());
  }

  @GET
  @Path("priorities/{code}")
  public Response dashboard(
      @PathParam("period") PeriodCode period,
      @PathParam("code") Code code,
      @BeanParam FilterQuery query) {
    Reading.Dashboard dashboard = reading.dashboard(period, code, query.filter());
    Map<String, Object> page = frame();
    page.put("dashboard", dashboard);
    page.put("scoped", dashboard.scoped());
    return pages.page(status(dashboard.scoped()), "reading/priority.jte", page);
  }

  @GET
  @Path("priorities/{code}/indicators.csv")
  public Response dashboardIndicators(
      @PathParam("period") PeriodCode period,
      @PathParam("code") Code code,
      @BeanParam FilterQuery query) {
    Reading.Dashboard dashboard = reading.dashboard(period, code, query.filter());
    return csv(
        dashboard.scoped(),
        "indicators-" + code.value(),
        IndicatorRow.HEADINGS,
        dashboard.indicators());
  }

  @GET
  @Path("priorities/{code}/actions.csv")
  public Response dashboardActions(
      @PathParam("period") PeriodCode period,
      @PathParam("code") Code code,
      @BeanParam FilterQuery query) {
    Reading.Dashboard dashboard = reading.dashboard(period, code, query.filter());
    return csv(
        dashboard.scoped(), "actions-" + code.value(), ActionRow.HEADINGS, dashboard.actions());
  }

  @GET
  @Path("exceptions")
  public Response exceptions(@PathParam("period") PeriodCode period, @BeanParam FilterQuery query) {
    Reading.Scoped scoped = reading.scoped(period, query.filter());
    Map<String, Object> page = frame();
    page.put("scoped", scoped);
    page.put("items", exceptionRows(scoped));
    return pages.page(status(scoped), "reading/exceptions.jte", page);
  }

  @GET
  @Path("exceptions.csv")
  public Response exceptionsCsv(
      @PathParam("period") PeriodCode period, @BeanParam FilterQuery query) {
    Reading.Scoped scoped = reading.scoped(period, query.filter());
    return csv(scoped, "exceptions", ExceptionRow.HEADINGS, exceptionRows(scoped));
  }

  @GET
  @Path("data-quality")
  public Response dataQuality(@PathParam("period") PeriodCode period) {
    Map<String, Object> page = frame();
    Reading.Scoped scoped = reading.unscoped(period);
    page.put("scoped", scoped);
    page.put("findings", findingRows(period));
    return pages.page("reading/dataQuality.jte", page);
  }

  @GET
  @Path("data-quality.csv")
  public Response dataQualityCsv(@PathParam("period") PeriodCode period) {
    return Csv.download("data-quality-" + period, FindingRow.HEADINGS, findingRows(period));
  }

  private List<ExceptionRow> exceptionRows(Reading.Scoped scoped) {
    return reading.exceptions(scoped).stream().map(ExceptionRow::new).toList();
  }

  private List<FindingRow> findingRows(PeriodCode period) {
    return reading.findings(period).stream().map(FindingRow::new).toList();
  }

  /** A table as CSV; a filter that names nothing is the 422 error page. */
  private Response csv(
      Reading.Scoped scoped,
      String name,
      List<String> headings,
      List<? extends ReadingRows.Row> rows) {
    if (scoped.refused()) {
      Map<String, Object> page = frame();
      page.put("status", 422);
      page.put("detail", scoped.choices().errors().all().get(0).message());
      return pages.page(422, "error.jte", page);
    }
    return Csv.download(name + "-" + scoped.period().code(), headings, rows);
  }

  private static int status(Reading.Scoped scoped) {
    return scoped.refused() ? 422 : 200;
  }

  private Map<String, Object> frame() {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", PortalFilter.frame(request));
    return page;
  }
}
