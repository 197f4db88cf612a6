package org.councilperformance.interfaces.rest.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import org.councilperformance.application.PlanService;
import org.councilperformance.domain.plan.CorporatePlan;
import org.councilperformance.domain.plan.PlanId;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("plans")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {
  private final PlanService plans;
  private final Preconditions preconditions;

  @Inject
  public PlanResource(PlanService plans, Preconditions preconditions) {
    this.plans = plans;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public PlanResource() {
    this(null, null);
  }

  /**
   * @param startYear calendar year in which the plan's first financial year starts (2024 for
   *     2024-25)
   */
  public record PlanRequest(
      @NotBlank @Size(max = 200) String name,
      @NotNull @Min(1900) @Max(2999) Integer startYear,
      @NotNull @Min(1900) @Max(2999) Integer endYear,
      String description) {}

  public record PlanView(long id, String name, int startYear, int endYear, String description) {
    static PlanView of(CorporatePlan p) {
      return new PlanView(p.id(), p.name(), p.startYear(), p.endYear(), p.description());
    }
  }

  @GET
  public List<PlanView> list() {
    return plans.plans().stream().map(PlanView::of).toList();
  }

  @APIResponseSchema(value = PlanView.class, responseCode = "201", responseDescription = "Created")
  @POST
  public Response create(@NotNull @Valid PlanRequest request, @Context UriInfo uriInfo) {
    CorporatePlan plan =
        plans.createPlan(
            request.name(), request.startYear(), request.endYear(), request.description());
    return Created.at(uriInfo, plan.id(), PlanView.of(plan));
  }

  @GET
  @Path("{id}")
  public PlanView get(@PathParam("id") long id) {
    return PlanView.of(preconditions.read(plans.plan(new PlanId(id, "id"))));
  }

  @PUT
  @Path("{id}")
  public PlanView update(@PathParam("id") long id, @NotNull @Valid PlanRequest request) {
    preconditions.check(plans.plan(new PlanId(id, "id")));
    return PlanView.of(
        preconditions.saved(
            plans.revisePlan(
                new PlanId(id, "id"),
                request.name(),
                request.startYear(),
                request.endYear(),
                request.description())));
  }
}
