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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.PeriodService;
import org.councilperformance.application.WorkflowService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.workflow.Submission;
import org.councilperformance.domain.workflow.SubmissionState;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;

/**
 * A director's queue: their units' submitted returns in open periods, each read in full and then
 * approved or sent back with a reason (docs/portal.md#submitting-and-approving).
 */
@Path("approvals")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class ApprovalsPage {
  /** A return in the queue. */
  public record Row(String unit, String period, SubmissionState state, String href) {}

  private final UnitReturn returns;
  private final WorkflowService workflow;
  private final PeriodService periods;
  private final AccessPolicy access;
  private final Lookup lookup;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public ApprovalsPage(
      UnitReturn returns,
      WorkflowService workflow,
      PeriodService periods,
      AccessPolicy access,
      Lookup lookup,
      Pages pages) {
    this.returns = returns;
    this.workflow = workflow;
    this.periods = periods;
    this.access = access;
    this.lookup = lookup;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public ApprovalsPage() {
    this(null, null, null, null, null, null);
  }

  @GET
  public Response queue() {
    UserAccount person = PortalFilter.account(request);
    access.checkRequest("POST", "periods/any/submissions/any/approval", person);
    Frame frame = PortalFilter.frame(request);
    List<Row> waiting = new ArrayList<>();
    List<Row> others = new ArrayList<>();
    for (ReportingPeriod period : periods.periods()) {
      if (period.state() != PeriodState.OPEN) {
        continue;
      }
      for (Submission s : workflow.submissions(period.periodCode())) {
        if (person.role() != Role.ADMIN && !person.actsFor(s.businessUnit())) {
          continue;
        }
        Row row =
            new Row(
                s.businessUnit().name(),
                period.label(),
                s.state(),
                frame.href("/approvals/" + period.code() + "/" + s.businessUnit().code()));
        (s.state() == SubmissionState.SUBMITTED ? waiting : others).add(row);
      }
    }
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame);
    page.put("notice", Flash.take(request));
    page.put("waiting", waiting);
    page.put("others", others);
    return pages.page("workflow/approvals.jte", page);
  }

  @GET
  @Path("{period}/{unit}")
  public Response review(@PathParam("period") PeriodCode period, @PathParam("unit") Code unit) {
    requireMayDecide(period, unit, "approval");
    return reviewPage(200, period, unit, FormErrors.none(), null);
  }

  @POST
  @Path("{period}/{unit}/approve")
  public Response approve(@PathParam("period") PeriodCode period, @PathParam("unit") Code unit) {
    requireMayDecide(period, unit, "approval");
    workflow.approve(period, unit);
    return decided(period, unit, "You approved the return of ");
  }

  @POST
  @Path("{period}/{unit}/return")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response sendBack(
      @PathParam("period") PeriodCode period,
      @PathParam("unit") Code unit,
      @FormParam("reason") String reason) {
    requireMayDecide(period, unit, "return");
    try {
      workflow.returnForCorrection(period, unit, reason);
    } catch (InvalidValueException e) {
      return reviewPage(422, period, unit, FormErrors.of(e), reason);
    }
    return decided(period, unit, "You sent back the return of ");
  }

  private Response decided(PeriodCode period, Code unit, String what) {
    Flash.set(
        request,
        what + lookup.businessUnit(unit).name() + " for " + lookup.period(period).label() + ".");
    return Pages.seeOther(uriInfo, PortalFilter.frame(request).href("/approvals"));
  }

  private Response reviewPage(
      int status, PeriodCode period, Code unit, FormErrors errors, String reason) {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", PortalFilter.frame(request));
    page.put("unitReturn", returns.of(period, unit));
    page.put("errors", errors);
    page.put("reason", reason);
    return pages.page(status, "workflow/approval.jte", page);
  }

  /** The same rule as the API's approval and return: the unit's approvers, and admins. */
  private void requireMayDecide(PeriodCode period, Code unit, String decision) {
    access.checkRequest(
        "POST",
        "periods/" + period + "/submissions/" + unit + "/" + decision,
        PortalFilter.account(request));
    access.requireActsFor(lookup.businessUnit(unit), Role.APPROVER);
  }
}
