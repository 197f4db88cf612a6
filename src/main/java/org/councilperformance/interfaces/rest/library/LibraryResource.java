package org.councilperformance.interfaces.rest.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.LibraryImport;
import org.councilperformance.application.LibraryImportOutcome;
import org.councilperformance.application.LibraryService;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.library.MeasureLibrary;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.rest.library.LibraryViews.ChangesView;
import org.councilperformance.interfaces.rest.library.LibraryViews.ImportView;
import org.councilperformance.interfaces.rest.library.LibraryViews.LibraryView;
import org.councilperformance.interfaces.rest.library.LibraryViews.SetView;
import org.councilperformance.interfaces.rest.library.LibraryViews.VersionSummary;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The standard measure libraries (docs/libraries.md): every signed-in user reads them; importing
 * one into the plan is for admins (AccessPolicy).
 */
@Path("libraries")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LibraryResource {
  private final LibraryService libraries;

  @Inject
  public LibraryResource(LibraryService libraries) {
    this.libraries = libraries;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public LibraryResource() {
    this(null);
  }

  /**
   * Adds a library version to the plan. {@code priority} is required: the priority every new
   * indicator serves. {@code businessUnit} and {@code owner} are the new indicators' unless a
   * measure's entry in {@code measures} gives its own; {@code frequency} replaces the set's own
   * (e.g. QUARTERLY for a council tracking an annual measure in-year); {@code reportedFrom} is the
   * first period they are reported in.
   */
  public record ImportBody(
      @NotBlank @Size(max = Code.MAX_LENGTH) String priority,
      @Size(max = Code.MAX_LENGTH) String businessUnit,
      @Size(max = 200) String owner,
      Frequency frequency,
      String reportedFrom,
      @Size(max = 200) List<@NotNull @Valid MeasureBody> measures) {

    LibraryImport toImport() {
      Map<String, LibraryImport.Assignment> own = new LinkedHashMap<>();
      List<MeasureBody> given = measures == null ? List.of() : measures;
      for (int i = 0; i < given.size(); i++) {
        MeasureBody m = given.get(i);
        String field = "measures[" + i + "]";
        if (own.put(
                m.code(),
                new LibraryImport.Assignment(
                    Code.of(m.businessUnit(), field + ".businessUnit"), m.owner(), m.frequency()))
            != null) {
          throw new InvalidValueException(
              field + ".code", "measure " + m.code() + " is given twice");
        }
      }
      return new LibraryImport(
          Code.of(priority, "priority"),
          Code.of(businessUnit, "businessUnit"),
          owner,
          frequency,
          reportedFrom == null ? null : PeriodCode.parse(reportedFrom, "reportedFrom"),
          own);
    }
  }

  /** One measure's own unit, owner or frequency. */
  public record MeasureBody(
      @NotBlank @Size(max = Code.MAX_LENGTH) String code,
      @Size(max = Code.MAX_LENGTH) String businessUnit,
      @Size(max = 200) String owner,
      Frequency frequency) {}

  /** Every set, with its versions oldest first. */
  @GET
  @ReadsOnly
  public List<SetView> list() {
    Map<String, List<MeasureLibrary>> bySet = new LinkedHashMap<>();
    for (MeasureLibrary l : libraries.libraries()) {
      bySet.computeIfAbsent(l.set(), s -> new java.util.ArrayList<>()).add(l);
    }
    return bySet.entrySet().stream()
        .map(
            e ->
                new SetView(
                    e.getKey(),
                    e.getValue().get(e.getValue().size() - 1).title(),
                    e.getValue().stream().map(VersionSummary::of).toList()))
        .toList();
  }

  /** A version's source, notes and measures, each with the indicator imported from it, if any. */
  @GET
  @ReadsOnly
  @Path("{set}/{version}")
  public LibraryView get(@PathParam("set") String set, @PathParam("version") String version) {
    return LibraryView.of(libraries.library(set, version), libraries.imported(set));
  }

  /** What changed from an earlier version {@code from} to this one. */
  @GET
  @ReadsOnly
  @Path("{set}/{version}/changes")
  public ChangesView changes(
      @PathParam("set") String set,
      @PathParam("version") String version,
      @QueryParam("from") String from) {
    return ChangesView.of(libraries.changes(set, version, from));
  }

  /** 201 when it created an indicator, else 200; either way what it did. */
  @APIResponseSchema(
      value = ImportView.class,
      responseCode = "201",
      responseDescription = "Created")
  @POST
  @Path("{set}/{version}/import")
  public Response importInto(
      @PathParam("set") String set,
      @PathParam("version") String version,
      @NotNull @Valid ImportBody body,
      @Context UriInfo uriInfo) {
    LibraryImportOutcome outcome = libraries.importInto(set, version, body.toImport());
    ImportView view = ImportView.of(outcome);
    if (!outcome.createdAny()) {
      return Response.ok(view).build();
    }
    return Response.created(
            uriInfo.getBaseUriBuilder().path("libraries").path(set).path(version).build())
        .entity(view)
        .build();
  }
}
