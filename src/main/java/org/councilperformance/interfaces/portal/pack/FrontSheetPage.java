package org.councilperformance.interfaces.portal.pack;

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
import java.util.HashMap;
import java.util.Map;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.application.report.PackCovers;
import org.councilperformance.application.report.PackNarratives;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.FrontSheet;
import org.councilperformance.domain.report.PackCover;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.FormRefused;
import org.councilperformance.interfaces.portal.FormVersion;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.portal.Stale;

/**
 * The period's committee front sheet for the performance team (docs/portal.md#the-front-sheet-and-
 * narrative): the form saves through the same service call as {@code PUT
 * /api/reports/front-sheets/{period}}, carries the cover's version, and lists the officers'
 * narratives, each with its own page ({@link NarrativePage}). Admins only, as the API.
 */
@Path("quarters/{period}/pack/front-sheet")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class FrontSheetPage {
  private final Lookup lookup;
  private final PackCovers covers;
  private final PackNarratives narratives;
  private final AccessPolicy access;
  private final PendingChanges changes;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public FrontSheetPage(
      Lookup lookup,
      PackCovers covers,
      PackNarratives narratives,
      AccessPolicy access,
      PendingChanges changes,
      Pages pages) {
    this.lookup = lookup;
    this.covers = covers;
    this.narratives = narratives;
    this.access = access;
    this.changes = changes;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public FrontSheetPage() {
    this(null, null, null, null, null, null);
  }

  @GET
  public Response page(@PathParam("period") PeriodCode periodCode) {
    ReportingPeriod period = period(periodCode);
    PackCover cover = covers.storedCover(period).orElse(null);
    FrontSheet sheet = cover == null ? FrontSheet.EMPTY : cover.frontSheet();
    return render(200, period, FrontSheetForm.of(sheet), FormErrors.none(), cover);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(@PathParam("period") PeriodCode periodCode) {
    ReportingPeriod period = period(periodCode);
    period.requireUnpublished(); // a published period: 409, as the API answers
    String version = FormVersion.required(request);
    FrontSheetForm typed = FrontSheetForm.read(request);
    PackCover saved = covers.storedCover(period).orElse(null);
    FormErrors errors = FormErrors.none();
    FrontSheet sheet = null;
    try {
      sheet = typed.toFrontSheet();
    } catch (InvalidValueException refused) {
      // The rule's own words, at the form's field it is about.
      errors.add(typed.fieldOf(refused.field()), typed.message(refused.getMessage()));
    }
    if (errors.isEmpty() && !FormVersion.of(saved).equals(version)) {
      return stale(period, saved, typed);
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(render(422, period, typed, errors, saved));
    }
    covers.writeFrontSheet(period.periodCode(), sheet);
    FormVersion.write(changes, "this front sheet");
    Flash.set(request, "Front sheet saved for " + period.label());
    return Pages.seeOther(
        uriInfo, frame().href("/quarters/" + period.code() + "/pack/front-sheet"));
  }

  /** The period, once the person is known to be one who may set its front sheet (else 403). */
  private ReportingPeriod period(PeriodCode periodCode) {
    ReportingPeriod period = lookup.period(PeriodCode.required(periodCode, "period"));
    access.checkRequest(
        "PUT", "reports/front-sheets/" + period.code(), PortalFilter.account(request));
    return period;
  }

  private Response stale(ReportingPeriod period, PackCover saved, FrontSheetForm yours) {
    FrontSheetForm theirs =
        FrontSheetForm.of(saved == null ? FrontSheet.EMPTY : saved.frontSheet());
    String here = frame().href("/quarters/" + period.code() + "/pack/front-sheet");
    return pages.stale(
        frame(),
        new Stale(
            "Front sheet, " + period.label(),
            theirs.compare(yours),
            here,
            yours.fields(),
            FormVersion.of(saved),
            here));
  }

  private Response render(
      int status, ReportingPeriod period, FrontSheetForm form, FormErrors errors, PackCover saved) {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("period", period);
    page.put("form", form);
    page.put("errors", errors);
    page.put("editable", period.state() != PeriodState.PUBLISHED);
    page.put("version", FormVersion.of(saved));
    page.put("subjects", narratives.subjects());
    page.put("written", narratives.texts(period));
    page.put("notice", Flash.take(request));
    return pages.page(status, "pack/frontSheet.jte", page);
  }

  private Frame frame() {
    return PortalFilter.frame(request);
  }
}
