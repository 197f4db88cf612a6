package org.councilperformance.interfaces.portal.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import java.util.Objects;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.LibraryImport;
import org.councilperformance.application.LibraryImportOutcome;
import org.councilperformance.application.LibraryService;
import org.councilperformance.application.OrganisationService;
import org.councilperformance.application.PlanService;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.library.MeasureLibrary;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.FormRefused;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Govuk.SelectItem;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;

/**
 * The standard measure libraries (docs/portal.md#measure-libraries, docs/libraries.md): every set
 * and version, and "Add to plan", the same service call as {@code POST
 * /api/libraries/{set}/{version}/import}. Admins only, as the API's import.
 */
@Path("admin/libraries")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class LibrariesPage {
  private final LibraryService libraries;
  private final PlanService plans;
  private final OrganisationService organisation;
  private final AccessPolicy access;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public LibrariesPage(
      LibraryService libraries,
      PlanService plans,
      OrganisationService organisation,
      AccessPolicy access,
      Pages pages) {
    this.libraries = libraries;
    this.plans = plans;
    this.organisation = organisation;
    this.access = access;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public LibrariesPage() {
    this(null, null, null, null, null);
  }

  /** The "Add to plan" form as typed. */
  public record Answers(String priority, String businessUnit, String owner, String frequency) {
    static Answers read(HttpServletRequest request) {
      return new Answers(
          value(request, "priority"),
          value(request, "businessUnit"),
          value(request, "owner"),
          value(request, "frequency"));
    }

    private static String value(HttpServletRequest request, String name) {
      return Objects.requireNonNullElse(request.getParameter(name), "").strip();
    }
  }

  @GET
  public Response list() {
    access.checkRequest("POST", "libraries/import", PortalFilter.account(request));
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("libraries", libraries.libraries());
    return pages.page("library/libraries.jte", page);
  }

  @GET
  @Path("{set}/{version}")
  public Response library(@PathParam("set") String set, @PathParam("version") String version) {
    requireAdmin(set, version);
    return form(
        200, libraries.library(set, version), new Answers("", "", "", ""), FormErrors.none());
  }

  @POST
  @Path("{set}/{version}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(@PathParam("set") String set, @PathParam("version") String version) {
    requireAdmin(set, version);
    MeasureLibrary library = libraries.library(set, version);
    Answers answers = Answers.read(request);
    FormErrors errors = FormErrors.none();
    if (answers.priority().isEmpty()) {
      errors.add("priority", "Choose the priority the measures serve");
    }
    if (errors.isEmpty()) {
      try {
        LibraryImportOutcome outcome =
            libraries.importInto(
                set,
                version,
                new LibraryImport(
                    Code.of(answers.priority(), "priority"),
                    answers.businessUnit().isEmpty()
                        ? null
                        : Code.of(answers.businessUnit(), "businessUnit"),
                    answers.owner().isEmpty() ? null : answers.owner(),
                    answers.frequency().isEmpty() ? null : Frequency.valueOf(answers.frequency()),
                    null,
                    Map.of()));
        Flash.set(request, summary(library, outcome));
        return Pages.seeOther(uriInfo, frame().href("/admin/libraries/" + set + "/" + version));
      } catch (BusinessException refused) {
        String field = refused.field() == null ? "priority" : refused.field();
        errors.add(
            field.equals("businessUnit") || field.equals("owner") ? field : "priority",
            refused.getMessage());
      } catch (IllegalArgumentException unknownFrequency) {
        errors.add("frequency", "Choose how often the council reports them");
      }
    }
    throw new FormRefused(form(422, library, answers, errors));
  }

  /** What the import did, in a sentence for the success banner. */
  static String summary(MeasureLibrary library, LibraryImportOutcome outcome) {
    String what = library.title() + " " + library.version();
    if (!outcome.createdAny() && outcome.updated().isEmpty()) {
      return what + " is already in the plan: nothing was added.";
    }
    List<String> parts = new ArrayList<>();
    parts.add(count(outcome.created().size(), "indicator") + " added");
    if (!outcome.updated().isEmpty()) {
      parts.add(count(outcome.updated().size(), "definition") + " updated");
    }
    if (!outcome.removed().isEmpty()) {
      parts.add(
          count(outcome.removed().size(), "indicator")
              + " no longer in this version, kept: "
              + String.join(", ", outcome.removed()));
    }
    return what + ": " + String.join("; ", parts) + ".";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private Response form(int status, MeasureLibrary library, Answers answers, FormErrors errors) {
    List<SelectItem> priorities = new ArrayList<>();
    priorities.add(SelectItem.of("", "Choose a priority", answers.priority().isEmpty()));
    plans
        .priorities(null)
        .forEach(
            p ->
                priorities.add(
                    SelectItem.of(
                        p.code(),
                        p.code() + ": " + p.name(),
                        answers.priority().equals(p.code()))));
    List<SelectItem> units = new ArrayList<>();
    units.add(SelectItem.of("", "None yet", answers.businessUnit().isEmpty()));
    organisation
        .businessUnits()
        .forEach(
            u ->
                units.add(
                    SelectItem.of(
                        u.code(),
                        u.code() + ": " + u.name(),
                        answers.businessUnit().equals(u.code()))));
    List<SelectItem> frequencies = new ArrayList<>();
    frequencies.add(SelectItem.of("", "As the set says", answers.frequency().isEmpty()));
    for (Frequency f : Frequency.values()) {
      frequencies.add(
          SelectItem.of(
              f.name(),
              f.name().charAt(0) + f.name().substring(1).toLowerCase(java.util.Locale.ROOT),
              answers.frequency().equals(f.name())));
    }
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("notice", status == 200 ? Flash.take(request) : null);
    page.put("library", library);
    page.put("imported", libraries.imported(library.set()));
    page.put("answers", answers);
    page.put("priorities", priorities);
    page.put("units", units);
    page.put("frequencies", frequencies);
    page.put("errors", errors);
    return pages.page(status, "library/library.jte", page);
  }

  private void requireAdmin(String set, String version) {
    access.checkRequest(
        "POST", "libraries/" + set + "/" + version + "/import", PortalFilter.account(request));
  }

  private Frame frame() {
    return PortalFilter.frame(request);
  }
}
