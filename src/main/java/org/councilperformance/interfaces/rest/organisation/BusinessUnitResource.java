package org.councilperformance.interfaces.rest.organisation;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.councilperformance.application.OrganisationService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("business-units")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BusinessUnitResource {
  private final OrganisationService organisation;
  private final Preconditions preconditions;

  @Inject
  public BusinessUnitResource(OrganisationService organisation, Preconditions preconditions) {
    this.organisation = organisation;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public BusinessUnitResource() {
    this(null, null);
  }

  public record BusinessUnitRequest(
      @NotBlank @Size(max = Code.MAX_LENGTH) @Pattern(regexp = Code.FORMAT) String code,
      @NotBlank @Size(max = 200) String name,
      @Size(max = 200) String head,
      @NotBlank String directorate) {}

  public record BusinessUnitRevision(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 200) String head,
      @NotBlank String directorate) {}

  public record BusinessUnitView(String code, String name, String head, String directorate) {
    static BusinessUnitView of(BusinessUnit b) {
      return new BusinessUnitView(b.code(), b.name(), b.head(), b.directorate().code());
    }
  }

  @GET
  public List<BusinessUnitView> list() {
    return organisation.businessUnits().stream().map(BusinessUnitView::of).toList();
  }

  @APIResponseSchema(
      value = BusinessUnitView.class,
      responseCode = "201",
      responseDescription = "Created")
  @POST
  public Response create(@NotNull @Valid BusinessUnitRequest r, @Context UriInfo uriInfo) {
    BusinessUnit b =
        organisation.createBusinessUnit(
            Code.of(r.code(), "code"), r.name(), r.head(), Code.of(r.directorate(), "directorate"));
    return Created.at(uriInfo, b.code(), BusinessUnitView.of(b));
  }

  @GET
  @Path("{code}")
  public BusinessUnitView get(@PathParam("code") Code code) {
    return BusinessUnitView.of(preconditions.read(organisation.businessUnit(code)));
  }

  @PUT
  @Path("{code}")
  public BusinessUnitView update(
      @PathParam("code") Code code, @NotNull @Valid BusinessUnitRevision r) {
    preconditions.check(organisation.businessUnit(code));
    return BusinessUnitView.of(
        preconditions.saved(
            organisation.reviseBusinessUnit(
                code, r.name(), r.head(), Code.of(r.directorate(), "directorate"))));
  }
}
