package org.councilperformance.interfaces.rest.period;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.councilperformance.application.PeriodService;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.application.WorkflowService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.domain.period.PeriodType;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.workflow.Submission;
import org.councilperformance.domain.workflow.SubmissionState;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.councilperformance.interfaces.security.SecurityLog;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("periods")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeriodResource {
  private final PeriodService periods;
  private final WorkflowService workflow;
  private final Preconditions preconditions;

  @Context private HttpServletRequest request;

  @Inject
  public PeriodResource(
      PeriodService periods, WorkflowService workflow, Preconditions preconditions) {
    this.periods = periods;
    this.workflow = workflow;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public PeriodResource() {
    this(null, null, null);
  }

  /**
   * @param code a financial year such as 2018-19 or a quarter such as 2018-19-Q2
   * @param label how reports name the period; a default is made from the code
   */
  public record PeriodRequest(@NotBlank String code, @Size(max = 100) String label) {}

  public record PeriodRevision(@Size(max = 100) String label) {}

  /** A written reason, required to reopen a period or return a unit's figures. */
  public record Reason(@NotBlank @Size(max = 2000) String reason) {}

  @JsonbPropertyOrder({"businessUnit", "state", "returnReason"})
  public record SubmissionView(String businessUnit, SubmissionState state, String returnReason) {
    static SubmissionView of(Submission s) {
      return new SubmissionView(s.businessUnit().code(), s.state(), s.returnReason());
    }
  }

  @JsonbPropertyOrder({
    "code",
    "type",
    "financialYear",
    "quarter",
    "startDate",
    "endDate",
    "label",
    "state",
    "reopenReason",
    "submissions"
  })
  public record PeriodView(
      String code,
      PeriodType type,
      String financialYear,
      Integer quarter,
      LocalDate startDate,
      LocalDate endDate,
      String label,
      PeriodState state,
      String reopenReason,
      List<SubmissionView> submissions) {
    static PeriodView of(ReportingPeriod p) {
      return of(p, null);
    }

    static PeriodView of(ReportingPeriod p, List<Submission> submissions) {
      return new PeriodView(
          p.code(),
          p.type(),
          p.financialYear(),
          p.quarter(),
          p.startDate(),
          p.endDate(),
          p.label(),
          p.state(),
          p.reopenReason(),
          submissions == null ? null : submissions.stream().map(SubmissionView::of).toList());
    }
  }

  @GET
  @ReadsOnly
  public List<PeriodView> list() {
    return periods.periods().stream().map(PeriodView::of).toList();
  }

  @APIResponseSchema(
      value = PeriodView.class,
      responseCode = "201",
      responseDescription = "Created")
  @POST
  public Response create(@NotNull @Valid PeriodRequest r, @Context UriInfo uriInfo) {
    ReportingPeriod p = periods.create(PeriodCode.parse(r.code(), "code"), r.label());
    return Created.at(uriInfo, p.code(), PeriodView.of(p));
  }

  /** The period with its workflow state and each business unit's submission. */
  @GET
  @ReadsOnly
  @Path("{code}")
  public PeriodView get(@PathParam("code") PeriodCode code) {
    return PeriodView.of(preconditions.read(periods.period(code)), workflow.submissions(code));
  }

  @POST
  @Path("{code}/submissions/{unit}")
  @Consumes(MediaType.WILDCARD) // no body
  public PeriodView submit(@PathParam("code") PeriodCode code, @PathParam("unit") String unit) {
    workflow.submit(code, Code.of(unit, "businessUnit"));
    return get(code);
  }

  @POST
  @Path("{code}/submissions/{unit}/approval")
  @Consumes(MediaType.WILDCARD) // no body
  public PeriodView approve(@PathParam("code") PeriodCode code, @PathParam("unit") String unit) {
    workflow.approve(code, Code.of(unit, "businessUnit"));
    return get(code);
  }

  @POST
  @Path("{code}/submissions/{unit}/return")
  public PeriodView returnForCorrection(
      @PathParam("code") PeriodCode code,
      @PathParam("unit") String unit,
      @NotNull @Valid Reason body) {
    workflow.returnForCorrection(code, Code.of(unit, "businessUnit"), body.reason());
    return get(code);
  }

  @POST
  @Path("{code}/lock")
  @Consumes(MediaType.WILDCARD) // no body
  public PeriodView lock(@PathParam("code") PeriodCode code) {
    workflow.lock(code);
    SecurityLog.periodChanged("period-locked", code.toString(), request);
    return get(code);
  }

  @POST
  @Path("{code}/publish")
  @Consumes(MediaType.WILDCARD) // no body
  public PeriodView publish(@PathParam("code") PeriodCode code) {
    workflow.publish(code);
    SecurityLog.periodChanged("period-published", code.toString(), request);
    return get(code);
  }

  @POST
  @Path("{code}/reopen")
  public PeriodView reopen(@PathParam("code") PeriodCode code, @NotNull @Valid Reason body) {
    workflow.reopen(code, body.reason());
    SecurityLog.periodChanged("period-reopened", code.toString(), request);
    return get(code);
  }

  @PUT
  @Path("{code}")
  public PeriodView update(@PathParam("code") PeriodCode code, @NotNull @Valid PeriodRevision r) {
    preconditions.check(periods.period(code));
    return PeriodView.of(preconditions.saved(periods.relabel(code, r.label())));
  }
}
