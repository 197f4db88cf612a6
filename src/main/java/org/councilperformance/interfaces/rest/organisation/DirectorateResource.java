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
import org.councilperformance.domain.organisation.Directorate;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("directorates")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DirectorateResource {
  private final OrganisationService organisation;
  private final Preconditions preconditions;

  @Inject
  public DirectorateResource(OrganisationService organisation, Preconditions preconditions) {
    this.organisation = organisation;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public DirectorateResource() {
    this(null, null);
  }

  public record DirectorateRequest(
      @NotBlank @Size(max = Code.MAX_LENGTH) @Pattern(regexp = Code.FORMAT) String code,
      @NotBlank @Size(max = 200) String name,
      @Size(max = 200) String head) {}

  public record DirectorateRevision(
      @NotBlank @Size(max = 200) String name, @Size(max = 200) String head) {}

  public record DirectorateView(String code, String name, String head) {
    static DirectorateView of(Directorate d) {
      return new DirectorateView(d.code(), d.name(), d.head());
    }
  }

  @GET
  public List<DirectorateView> list() {
    return organisation.directorates().stream().map(DirectorateView::of).toList();
  }

  @APIResponseSchema(
      value = DirectorateView.class,
      responseCode = "201",
      responseDescription = "Created")
  @POST
  public Response create(@NotNull @Valid DirectorateRequest r, @Context UriInfo uriInfo) {
    Directorate d = organisation.createDirectorate(Code.of(r.code(), "code"), r.name(), r.head());
    return Created.at(uriInfo, d.code(), DirectorateView.of(d));
  }

  @GET
  @Path("{code}")
  public DirectorateView get(@PathParam("code") Code code) {
    return DirectorateView.of(preconditions.read(organisation.directorate(code)));
  }

  @PUT
  @Path("{code}")
  public DirectorateView update(
      @PathParam("code") Code code, @NotNull @Valid DirectorateRevision r) {
    preconditions.check(organisation.directorate(code));
    return DirectorateView.of(
        preconditions.saved(organisation.reviseDirectorate(code, r.name(), r.head())));
  }
}
