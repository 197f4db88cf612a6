package org.councilperformance.interfaces.rest.intervention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.councilperformance.application.InterventionPlanService;
import org.councilperformance.application.InterventionPlanSpec;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.intervention.InterventionPlan;
import org.councilperformance.domain.intervention.InterventionStep;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.rest.Codes;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** Intervention plans for indicators and actions that are off track. */
@Path("intervention-plans")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterventionPlanResource {
  private final InterventionPlanService plans;
  private final Preconditions preconditions;

  @Inject
  public InterventionPlanResource(InterventionPlanService plans, Preconditions preconditions) {
    this.plans = plans;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public InterventionPlanResource() {
    this(null, null);
  }

  public record StepBody(
      @NotBlank String description, @Size(max = 200) String owner, LocalDate dueDate) {}

  /**
   * An intervention plan. {@code code} is required to create one and never changes; at least one of
   * {@code indicators} and {@code actions} (codes); {@code expectedRecovery} is a period code.
   */
  public record PlanBody(
      @Size(max = Code.MAX_LENGTH) @Pattern(regexp = Code.FORMAT) String code,
      @NotBlank @Size(max = 500) String title,
      @NotBlank String reason,
      List<@NotBlank String> indicators,
      List<@NotBlank String> actions,
      List<@Valid StepBody> steps,
      String expectedRecovery,
      String forecast,
      Boolean focusedMonitoring) {
    public InterventionPlanSpec spec() {
      return new InterventionPlanSpec(
          title,
          reason,
          Codes.of(indicators, "indicators"),
          Codes.of(actions, "actions"),
          steps == null
              ? List.of()
              : steps.stream()
                  .map(s -> new InterventionStep(s.description(), s.owner(), s.dueDate()))
                  .toList(),
          expectedRecovery == null ? null : PeriodCode.parse(expectedRecovery, "expectedRecovery"),
          forecast,
          Boolean.TRUE.equals(focusedMonitoring));
    }
  }

  public record ClosureBody(@NotNull LocalDate closedOn, @NotBlank String note) {}

  @JsonbPropertyOrder({
    "code",
    "title",
    "reason",
    "indicators",
    "actions",
    "steps",
    "expectedRecovery",
    "forecast",
    "focusedMonitoring",
    "closedOn",
    "closingNote"
  })
  public record PlanView(
      String code,
      String title,
      String reason,
      List<String> indicators,
      List<String> actions,
      List<StepBody> steps,
      String expectedRecovery,
      String forecast,
      boolean focusedMonitoring,
      LocalDate closedOn,
      String closingNote) {
    public static PlanView of(InterventionPlan p) {
      return new PlanView(
          p.code(),
          p.title(),
          p.reason(),
          p.indicators().stream().map(i -> i.code()).sorted().toList(),
          p.actions().stream().map(a -> a.code()).sorted().toList(),
          p.steps().stream()
              .map(s -> new StepBody(s.description(), s.owner(), s.dueDate()))
              .toList(),
          p.expectedRecovery() == null ? null : p.expectedRecovery().code(),
          p.forecast(),
          p.focusedMonitoring(),
          p.closedOn(),
          p.closingNote());
    }
  }

  @GET
  public List<PlanView> list() {
    return plans.plans().stream().map(PlanView::of).toList();
  }

  @APIResponseSchema(value = PlanView.class, responseCode = "201", responseDescription = "Created")
  @POST
  public Response create(@NotNull @Valid PlanBody body, @Context UriInfo uriInfo) {
    if (body.code() == null || body.code().isBlank()) {
      throw new InvalidValueException("code", "code: must not be blank");
    }
    InterventionPlan plan = plans.create(Code.of(body.code(), "code"), body.spec());
    return Created.at(uriInfo, plan.code(), PlanView.of(plan));
  }

  @GET
  @Path("{code}")
  public PlanView get(@PathParam("code") Code code) {
    return PlanView.of(preconditions.read(plans.plan(code)));
  }

  @PUT
  @Path("{code}")
  public PlanView update(@PathParam("code") Code code, @NotNull @Valid PlanBody body) {
    if (body.code() != null && !body.code().equals(code.value())) {
      throw new InvalidValueException("code", "a plan's code cannot change");
    }
    preconditions.check(plans.plan(code));
    return PlanView.of(preconditions.saved(plans.revise(code, body.spec())));
  }

  /** Closes the plan: performance recovered, or the plan was replaced. */
  @POST
  @Path("{code}/closure")
  public PlanView close(@PathParam("code") Code code, @NotNull @Valid ClosureBody body) {
    return PlanView.of(plans.close(code, body.closedOn(), body.note()));
  }
}
