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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.application.report.PackNarratives;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.NarrativeSubject;
import org.councilperformance.domain.report.PackNarrative;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.FormRefused;
import org.councilperformance.interfaces.portal.FormVersion;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.portal.Stale;

/**
 * One officers' narrative of a period (docs/portal.md#the-front-sheet-and-narrative): a priority's
 * or an appendix's text, saved through the same service call as the API's {@code PUT}, with its own
 * version. Admins only, as the API.
 */
@Path("quarters/{period}/pack/narratives")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class NarrativePage {
  private final Lookup lookup;
  private final PackNarratives narratives;
  private final AccessPolicy access;
  private final PendingChanges changes;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public NarrativePage(
      Lookup lookup,
      PackNarratives narratives,
      AccessPolicy access,
      PendingChanges changes,
      Pages pages) {
    this.lookup = lookup;
    this.narratives = narratives;
    this.access = access;
    this.changes = changes;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public NarrativePage() {
    this(null, null, null, null, null);
  }

  /** What the page is about: the subject, its title, and the page's own address below the pack. */
  private record About(NarrativeSubject subject, String title, String path) {}

  @GET
  @Path("priorities/{code}")
  public Response priority(@PathParam("period") PeriodCode period, @PathParam("code") Code code) {
    return page(period, priority(code));
  }

  @POST
  @Path("priorities/{code}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response savePriority(
      @PathParam("period") PeriodCode period, @PathParam("code") Code code) {
    return save(period, priority(code));
  }

  @GET
  @Path("appendices/{section}")
  public Response appendix(
      @PathParam("period") PeriodCode period, @PathParam("section") String section) {
    return page(period, appendix(section));
  }

  @POST
  @Path("appendices/{section}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response saveAppendix(
      @PathParam("period") PeriodCode period, @PathParam("section") String section) {
    return save(period, appendix(section));
  }

  private About priority(Code code) {
    NarrativeSubject subject = narratives.priority(code);
    return new About(subject, lookup.priority(code).name(), "priorities/" + subject.priorityCode());
  }

  private static About appendix(String section) {
    NarrativeSubject subject = NarrativeSubject.appendix(section, "section");
    return new About(subject, subject.appendix().title(), "appendices/" + subject.appendix().key());
  }

  private Response page(PeriodCode periodCode, About about) {
    ReportingPeriod period = period(periodCode, about);
    PackNarrative saved = narratives.narrative(period, about.subject()).orElse(null);
    String text = saved == null ? "" : Objects.requireNonNullElse(saved.text(), "");
    return render(200, period, about, text, FormErrors.none(), saved);
  }

  private Response save(PeriodCode periodCode, About about) {
    ReportingPeriod period = period(periodCode, about);
    period.requireUnpublished(); // a published period: 409, as the API answers
    String version = FormVersion.required(request);
    String text = Objects.requireNonNullElse(request.getParameter("text"), "");
    PackNarrative saved = narratives.narrative(period, about.subject()).orElse(null);
    if (!FormVersion.of(saved).equals(version)) {
      String theirs = saved == null ? "" : Objects.requireNonNullElse(saved.text(), "");
      String here = here(period, about);
      return pages.stale(
          frame(),
          new Stale(
              "Narrative: " + about.title() + ", " + period.label(),
              List.of(new Stale.Row("Narrative", theirs, text)),
              here,
              List.of(new Stale.Field("text", text)),
              FormVersion.of(saved),
              here));
    }
    try {
      narratives.write(period.periodCode(), about.subject(), text);
      FormVersion.write(changes, "this narrative");
    } catch (InvalidValueException refused) {
      FormErrors errors =
          FormErrors.none().addRefusal("text", "text", "Narrative", refused.getMessage());
      throw new FormRefused(render(422, period, about, text, errors, saved));
    }
    Flash.set(request, "Narrative saved for " + about.title());
    return Pages.seeOther(
        uriInfo, frame().href("/quarters/" + period.code() + "/pack/front-sheet"));
  }

  /** The period, once the person is known to be one who may write its narrative (else 403). */
  private ReportingPeriod period(PeriodCode periodCode, About about) {
    ReportingPeriod period = lookup.period(PeriodCode.required(periodCode, "period"));
    access.checkRequest(
        "PUT",
        "reports/narratives/" + period.code() + "/" + about.path(),
        PortalFilter.account(request));
    return period;
  }

  private String here(ReportingPeriod period, About about) {
    return frame().href("/quarters/" + period.code() + "/pack/narratives/" + about.path());
  }

  private Response render(
      int status,
      ReportingPeriod period,
      About about,
      String text,
      FormErrors errors,
      PackNarrative saved) {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("period", period);
    page.put("title", about.title());
    page.put("postTo", here(period, about));
    page.put("text", text);
    page.put("maxLength", PackNarrative.MAX_LENGTH);
    page.put("errors", errors);
    page.put("editable", period.state() != PeriodState.PUBLISHED);
    page.put("version", FormVersion.of(saved));
    return pages.page(status, "pack/narrative.jte", page);
  }

  private Frame frame() {
    return PortalFilter.frame(request);
  }
}
