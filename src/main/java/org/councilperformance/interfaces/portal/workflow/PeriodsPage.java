package org.councilperformance.interfaces.portal.workflow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.PeriodService;
import org.councilperformance.application.WorkflowService;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.security.SecurityLog;

/**
 * The performance team's view of each period: every unit's return, and locking, publishing and
 * reopening with a reason (docs/portal.md#locking-and-publishing).
 */
@Path("admin/periods")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class PeriodsPage {
  private final WorkflowService workflow;
  private final PeriodService periods;
  private final AccessPolicy access;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public PeriodsPage(
      WorkflowService workflow, PeriodService periods, AccessPolicy access, Pages pages) {
    this.workflow = workflow;
    this.periods = periods;
    this.access = access;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public PeriodsPage() {
    this(null, null, null, null);
  }

  @GET
  public Response list() {
    requireAdmin("periods/any/lock");
    return pages.page(
        "workflow/periods.jte",
        Map.of("frame", PortalFilter.frame(request), "periods", periods.periods()));
  }

  @GET
  @Path("{period}")
  public Response period(@PathParam("period") PeriodCode period) {
    requireAdmin("periods/" + period + "/lock");
    return periodPage(200, period, FormErrors.none(), null);
  }

  @POST
  @Path("{period}/lock")
  public Response lock(@PathParam("period") PeriodCode period) {
    requireAdmin("periods/" + period + "/lock");
    return done(workflow.lock(period), "locked", "period-locked");
  }

  @POST
  @Path("{period}/publish")
  public Response publish(@PathParam("period") PeriodCode period) {
    requireAdmin("periods/" + period + "/publish");
    return done(workflow.publish(period), "published", "period-published");
  }

  @POST
  @Path("{period}/reopen")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reopen(
      @PathParam("period") PeriodCode period, @FormParam("reason") String reason) {
    requireAdmin("periods/" + period + "/reopen");
    try {
      return done(workflow.reopen(period, reason), "reopened", "period-reopened");
    } catch (InvalidValueException e) {
      return periodPage(422, period, FormErrors.of(e), reason);
    }
  }

  private Response done(ReportingPeriod period, String what, String event) {
    SecurityLog.periodChanged(event, period.code().toString(), request);
    Flash.set(request, "You " + what + " " + period.label() + ".");
    return Pages.seeOther(
        uriInfo, PortalFilter.frame(request).href("/admin/periods/" + period.code()));
  }

  private Response periodPage(int status, PeriodCode code, FormErrors errors, String reason) {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", PortalFilter.frame(request));
    page.put("notice", Flash.take(request));
    page.put("period", periods.period(code));
    page.put("submissions", workflow.submissions(code));
    page.put("errors", errors);
    page.put("reason", reason);
    return pages.page(status, "workflow/period.jte", page);
  }

  /** The same rule as the API's period routes: admins only. */
  private void requireAdmin(String apiPath) {
    access.checkRequest("POST", apiPath, PortalFilter.account(request));
  }
}
