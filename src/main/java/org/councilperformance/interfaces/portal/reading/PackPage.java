package org.councilperformance.interfaces.portal.reading;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.Caller;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.OrganisationService;
import org.councilperformance.application.PlanService;
import org.councilperformance.application.Scope;
import org.councilperformance.application.report.PrintedPack;
import org.councilperformance.application.report.QuarterlyPack;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.Govuk.RadioItem;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The committee pack from the portal (docs/portal.md#the-committee-pack): a period's pack for a
 * scope, sections and format, read by the API's own rules. A pack of at most {@code
 * portal.pack.stream.max.indicators} indicators is printed in the request and downloaded at once; a
 * larger one is printed in the background ({@link PackJobs}) and the browser sent to its progress
 * page. Everyone who may read the API's pack may ask for one here; asking changes nothing, hence a
 * GET form.
 */
@Path("quarters/{period}/pack")
@RequestScoped
@Transactional
public class PackPage {
  private final QuarterlyPack pack;
  private final PackJobs jobs;
  private final Lookup lookup;
  private final PlanService plans;
  private final OrganisationService organisation;
  private final AccessPolicy access;
  private final Pages pages;
  private final long streamMax;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public PackPage(
      QuarterlyPack pack,
      PackJobs jobs,
      Lookup lookup,
      PlanService plans,
      OrganisationService organisation,
      AccessPolicy access,
      Pages pages,
      @ConfigProperty(name = "portal.pack.stream.max.indicators", defaultValue = "150")
          long streamMax) {
    this.pack = pack;
    this.jobs = jobs;
    this.lookup = lookup;
    this.plans = plans;
    this.organisation = organisation;
    this.access = access;
    this.pages = pages;
    this.streamMax = streamMax;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public PackPage() {
    this(null, null, null, null, null, null, null, 0);
  }

  /** The form: scope, sections and format. */
  @GET
  public Response form(@PathParam("period") PeriodCode period) {
    ReportingPeriod reportingPeriod = lookup.period(PeriodCode.required(period, "period"));
    return form(reportingPeriod, null, null, List.of(), "pdf", FormErrors.none(), 200);
  }

  /**
   * The pack asked for: the document at once when small, else its job's progress page; the form
   * again with the GOV.UK error pattern when something asked for does not exist.
   */
  @GET
  @Path("document")
  public Response document(
      @PathParam("period") PeriodCode period,
      @QueryParam("priority") String priority,
      @QueryParam("businessUnit") String businessUnit,
      @QueryParam("sections") List<String> sections,
      @QueryParam("format") String format) {
    ReportingPeriod reportingPeriod = lookup.period(PeriodCode.required(period, "period"));
    access.checkRequest("GET", "reports/quarterly", PortalFilter.account(request));
    FormErrors errors = FormErrors.none();
    PackRequest asked = null;
    Scope scope = null;
    try {
      scope = lookup.scope(code(priority, "priority"), code(businessUnit, "businessUnit"));
      ReportFormat chosen = ReportFormat.parse(format, "format");
      List<PackSection> parts =
          PackSection.parse(String.join(",", sections), !scope.isWholeCouncil(), "sections");
      asked =
          new PackRequest(
              reportingPeriod.periodCode(),
              scope.priorityCode(),
              scope.businessUnitCode(),
              parts,
              chosen);
    } catch (BusinessException refused) {
      errors = FormErrors.of(refused);
    }
    if (asked == null) {
      return form(reportingPeriod, priority, businessUnit, sections, format, errors, 422);
    }
    if (pack.indicatorsIn(scope) <= streamMax) {
      PrintedPack printed = pack.print(asked.period(), scope, asked.sections(), asked.format());
      return Response.ok(printed.document(), asked.format().mediaType())
          .header("Content-Disposition", "attachment; filename=\"" + printed.fileName() + "\"")
          .build();
    }
    PackJob job = jobs.submit(asked, Caller.current());
    return Pages.seeOther(uriInfo, PortalFilter.frame(request).href("/packs/" + job.id()));
  }

  private Response form(
      ReportingPeriod period,
      String priority,
      String businessUnit,
      List<String> sections,
      String format,
      FormErrors errors,
      int status) {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", PortalFilter.frame(request));
    page.put("period", period);
    page.put("errors", errors);
    page.put(
        "priorities",
        Reading.choices(
            plans.priorities(null),
            Priority::code,
            Priority::name,
            blankless(priority),
            "Whole council"));
    page.put(
        "businessUnits",
        Reading.choices(
            organisation.businessUnits(),
            BusinessUnit::code,
            BusinessUnit::name,
            blankless(businessUnit),
            "All"));
    List<RadioItem> sectionItems = new ArrayList<>();
    for (PackSection s : PackSection.values()) {
      sectionItems.add(
          new RadioItem(
              null,
              s.key(),
              s.title(),
              s.councilWide() ? "Council-wide: left out of a scoped pack unless ticked" : null,
              sections.contains(s.key())));
    }
    page.put("sections", sectionItems);
    List<RadioItem> formats = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      formats.add(
          new RadioItem(
              null,
              f.extension(),
              f.name(),
              hint(f),
              f.extension().equalsIgnoreCase(format == null || format.isBlank() ? "pdf" : format)));
    }
    page.put("formats", formats);
    page.put("streamMax", streamMax);
    return pages.page(status, "reading/pack.jte", page);
  }

  private static String hint(ReportFormat format) {
    return switch (format) {
      case PDF -> "For the committee";
      case HTML -> "A web page to publish beside the PDF, readable by every member";
      default -> "For officers to reuse";
    };
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Code code(String value, String field) {
    String given = blankless(value);
    return given == null ? null : Code.of(given, field);
  }
}
