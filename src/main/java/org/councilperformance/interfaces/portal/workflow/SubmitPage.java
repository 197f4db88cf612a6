package org.councilperformance.interfaces.portal.workflow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.WorkflowService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.domain.workflow.SubmissionState;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;

/**
 * A head of service checks their unit's return — what is still missing first — and submits it to
 * their director (docs/portal.md#submitting-and-approving).
 */
@Path("quarters/{period}/units/{unit}/submit")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class SubmitPage {
  private final UnitReturn returns;
  private final WorkflowService workflow;
  private final AccessPolicy access;
  private final Lookup lookup;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public SubmitPage(
      UnitReturn returns,
      WorkflowService workflow,
      AccessPolicy access,
      Lookup lookup,
      Pages pages) {
    this.returns = returns;
    this.workflow = workflow;
    this.access = access;
    this.lookup = lookup;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public SubmitPage() {
    this(null, null, null, null, null);
  }

  @GET
  public Response check(@PathParam("period") PeriodCode period, @PathParam("unit") Code unit) {
    requireMaySubmit(period, unit);
    UnitReturn.Return unitReturn = returns.of(period, unit);
    boolean canSubmit =
        unitReturn.period().state() == PeriodState.OPEN
            && unitReturn.state() != SubmissionState.SUBMITTED
            && unitReturn.state() != SubmissionState.APPROVED;
    return pages.page(
        "workflow/submit.jte",
        Map.of(
            "frame",
            PortalFilter.frame(request),
            "unitReturn",
            unitReturn,
            "canSubmit",
            canSubmit));
  }

  @POST
  public Response submit(@PathParam("period") PeriodCode period, @PathParam("unit") Code unit) {
    requireMaySubmit(period, unit);
    workflow.submit(period, unit);
    Flash.set(
        request,
        "You submitted the return of "
            + lookup.businessUnit(unit).name()
            + " for "
            + lookup.period(period).label()
            + " to your director.");
    Frame frame = PortalFilter.frame(request);
    return Pages.seeOther(uriInfo, frame.href("/?period=" + period));
  }

  /** The same rule as POST /api/periods/{period}/submissions/{unit}: the unit's editors, admins. */
  private void requireMaySubmit(PeriodCode period, Code unit) {
    access.checkRequest(
        "POST", "periods/" + period + "/submissions/" + unit, PortalFilter.account(request));
    access.requireActsFor(lookup.businessUnit(unit), Role.EDITOR);
  }
}
