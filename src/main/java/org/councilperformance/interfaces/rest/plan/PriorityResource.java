package org.councilperformance.interfaces.rest.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.councilperformance.application.PlanService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.plan.PlanId;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.plan.PriorityType;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("priorities")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriorityResource {
  private final PlanService plans;
  private final Preconditions preconditions;

  @Inject
  public PriorityResource(PlanService plans, Preconditions preconditions) {
    this.plans = plans;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public PriorityResource() {
    this(null, null);
  }

  public record PriorityRequest(
      @NotBlank @Size(max = Code.MAX_LENGTH) @Pattern(regexp = Code.FORMAT) String code,
      @NotNull Long planId,
      @NotBlank @Size(max = 200) String name,
      PriorityType type,
      String parent,
      String description) {}

  public record PriorityRevision(
      @NotBlank @Size(max = 200) String name,
      PriorityType type,
      String parent,
      String description) {}

  public record PriorityView(
      String code, String name, PriorityType type, long planId, String parent, String description) {
    static PriorityView of(Priority p) {
      return new PriorityView(
          p.code(),
          p.name(),
          p.type(),
          p.plan().id(),
          p.parent() == null ? null : p.parent().code(),
          p.description());
    }
  }

  /**
   * @param plan only the priorities of the plan with this id
   */
  @GET
  public List<PriorityView> list(@QueryParam("plan") String plan) {
    Long planId = null;
    if (plan != null) {
      try {
        planId = Long.valueOf(plan.trim());
      } catch (NumberFormatException e) {
        throw new MalformedValueException("plan", "plan must be a plan's numeric id");
      }
    }
    return plans.priorities(planId == null ? null : new PlanId(planId, "plan")).stream()
        .map(PriorityView::of)
        .toList();
  }

  @APIResponseSchema(
      value = PriorityView.class,
      responseCode = "201",
      responseDescription = "Created")
  @POST
  public Response create(@NotNull @Valid PriorityRequest r, @Context UriInfo uriInfo) {
    Priority p =
        plans.createPriority(
            Code.of(r.code(), "code"),
            new PlanId(r.planId(), "planId"),
            r.name(),
            r.type(),
            Code.of(r.parent(), "parent"),
            r.description());
    return Created.at(uriInfo, p.code(), PriorityView.of(p));
  }

  @GET
  @Path("{code}")
  public PriorityView get(@PathParam("code") Code code) {
    return PriorityView.of(preconditions.read(plans.priority(code)));
  }

  @PUT
  @Path("{code}")
  public PriorityView update(@PathParam("code") Code code, @NotNull @Valid PriorityRevision r) {
    preconditions.check(plans.priority(code));
    return PriorityView.of(
        preconditions.saved(
            plans.revisePriority(
                code, r.name(), r.type(), Code.of(r.parent(), "parent"), r.description())));
  }
}
