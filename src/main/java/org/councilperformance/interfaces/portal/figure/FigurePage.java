package org.councilperformance.interfaces.portal.figure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.domain.AccessDeniedException;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.PreconditionFailedException;
import org.councilperformance.domain.PreconditionRequiredException;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.interfaces.portal.CommentaryVisibility;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;

/**
 * Entering an indicator's figure for a period (docs/portal.md#entering-a-figure): a question page
 * with the target and recent figures beside the field, a check page showing the status the figure
 * will get and the rule in words, then saving through the same service as the API's PUT
 * /api/indicators/{code}/measurements/{period}. A period no longer open shows the same page
 * read-only. Every form carries the version it was read at: a stale one shows both values.
 */
@Path("quarters/{period}/indicators/{code}")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class FigurePage {
  private final IndicatorService indicators;
  private final AccessPolicy access;
  private final PendingChanges changes;
  private final FigureFacts facts;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public FigurePage(
      IndicatorService indicators,
      AccessPolicy access,
      PendingChanges changes,
      FigureFacts facts,
      Pages pages) {
    this.indicators = indicators;
    this.access = access;
    this.changes = changes;
    this.facts = facts;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public FigurePage() {
    this(null, null, null, null, null);
  }

  /** What the form posts, as typed. */
  public static class Posted {
    @FormParam("figure")
    String kind;

    @FormParam("value")
    String value;

    @FormParam("missingReason")
    String missingReason;

    @FormParam("commentary")
    String commentary;

    @FormParam("version")
    String version;

    @FormParam(CommentaryVisibility.FIELD)
    String visibility;

    FigureForm form() {
      return new FigureForm(kind, value, missingReason, commentary, version, visibility);
    }
  }

  /** The question page, or the figure read-only when it cannot be changed here now. */
  @GET
  public Response form(
      @PathParam("period") PeriodCode period,
      @PathParam("code") Code code,
      @QueryParam("before") Long before) {
    FigureFacts.Facts known = facts.of(code, period, before);
    boolean editable =
        mayEnter(known.indicator(), period) && known.period().state() == PeriodState.OPEN;
    FigureForm stored = FigureForm.of(known.status().measurement());
    FigureForm draft = editable ? draft(period, code) : null;
    // A draft read at an older version is out of date: the saved figure is shown instead.
    FigureForm form = draft != null && stored.version().equals(draft.version()) ? draft : stored;
    return figurePage(200, known, form, editable, FormErrors.none());
  }

  /**
   * What is wrong with the posted form, by the same rules as the API's PUT (typing first, then the
   * service's own judgement); none when it may be saved. Refused outright where the person may not
   * enter this figure.
   */
  private FormErrors judged(Code code, PeriodCode period, FigureForm form) {
    requireMayEnter(code, period, form);
    FormErrors errors = form.typingErrors();
    if (errors.isEmpty()) {
      preview(code, period, form, errors);
    }
    return errors;
  }

  /** "Continue": judged by the rules the API applies, then the check page. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response proceed(
      @PathParam("period") PeriodCode period,
      @PathParam("code") Code code,
      @BeanParam Posted posted) {
    FigureForm form = posted.form();
    FormErrors errors = judged(code, period, form);
    if (!errors.isEmpty()) {
      return figurePage(422, facts.of(code, period, null), form, true, errors);
    }
    request.getSession(true).setAttribute(draftKey(period, code), form);
    return Pages.seeOther(uriInfo, here(period, code) + "/check");
  }

  /** The check page: the answers, and the status the figure will get, before it is saved. */
  @GET
  @Path("check")
  public Response check(@PathParam("period") PeriodCode period, @PathParam("code") Code code) {
    FigureForm form = draft(period, code);
    if (form == null) {
      return Pages.seeOther(uriInfo, here(period, code));
    }
    FormErrors errors = FormErrors.none();
    IndicatorStatus judged = preview(code, period, form, errors);
    if (judged == null) {
      return figurePage(422, facts.of(code, period, null), form, true, errors);
    }
    Map<String, Object> page = new HashMap<>();
    page.put("frame", PortalFilter.frame(request));
    page.put("period", facts.period(period));
    page.put("judged", judged);
    page.put("form", form);
    page.put("commentaryRule", indicators.commentaryRule().words());
    page.put("here", here(period, code));
    return pages.page("figureCheck.jte", page);
  }

  /**
   * "Save": the same service call as the API's PUT, at the version the form was read at. A version
   * that is no longer the stored one shows both values to choose from; none at all is 428.
   */
  @POST
  @Path("save")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @PathParam("period") PeriodCode period,
      @PathParam("code") Code code,
      @BeanParam Posted posted) {
    FigureForm form = posted.form();
    FormErrors errors = judged(code, period, form);
    if (!errors.isEmpty()) {
      return figurePage(422, facts.of(code, period, null), form, true, errors);
    }
    Measurement stored = indicators.measurement(code, period);
    String current = stored == null ? "" : Long.toString(stored.version());
    if (!current.equals(form.version())) {
      Map<String, Object> page = new HashMap<>();
      page.put("frame", PortalFilter.frame(request));
      page.put("period", facts.period(period));
      page.put("indicator", indicators.indicator(code));
      page.put("saved", stored);
      page.put("yours", form.atVersion(current));
      page.put("here", here(period, code));
      return pages.page(412, "figureStale.jte", page);
    }
    Measurement saved =
        indicators.report(
            code,
            period,
            form.figure(errors),
            form.reason(errors),
            form.commentaryText(errors),
            null,
            null,
            null,
            null);
    indicators.markCommentary(saved, form.commentaryInternal());
    try {
      changes.write();
    } catch (OptimisticLockException lostRace) {
      throw new PreconditionFailedException(
          "version",
          "Someone saved this figure at the same moment. Nothing of yours was saved: open the"
              + " figure again and re-enter your change.",
          null);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(draftKey(period, code));
    }
    Flash.set(
        request,
        "Figure saved for "
            + saved.indicator().code()
            + " "
            + saved.indicator().name()
            + " ("
            + saved.period().label()
            + ")");
    return Pages.seeOther(uriInfo, PortalFilter.frame(request).href("/?period=" + period));
  }

  /**
   * The one access rule decides, as for the API's PUT of the measurement; the unit is checked by
   * the service. A form must say which version it edits (428 otherwise, as the API's If-Match).
   */
  private void requireMayEnter(Code code, PeriodCode period, FigureForm form) {
    access.checkRequest("PUT", "indicators/" + code + "/measurements/" + period, account());
    if (form.version() == null) {
      throw new PreconditionRequiredException(
          "version",
          "This form did not say which version of the figure it changes. Nothing was saved: go"
              + " back, reload the page and try again.");
    }
  }

  /**
   * Whether the person may enter this indicator's figures. An editor of another unit may not even
   * open its form (the 403 page); approvers, viewers and admins of a closed period read it.
   */
  private boolean mayEnter(Indicator indicator, PeriodCode period) {
    UserAccount person = account();
    try {
      access.checkRequest(
          "PUT", "indicators/" + indicator.code() + "/measurements/" + period, person);
      access.requireCanEnterFigures(indicator.businessUnit(), "indicator " + indicator.code());
      return true;
    } catch (AccessDeniedException denied) {
      if (person.role() == Role.EDITOR) {
        throw denied;
      }
      return false;
    }
  }

  /** Judged as the API's PUT would judge it, without saving; errors named by their field. */
  private IndicatorStatus preview(
      Code code, PeriodCode period, FigureForm form, FormErrors errors) {
    BigDecimal value = form.figure(errors);
    String reason = form.reason(errors);
    String commentary = form.commentaryText(errors);
    if (!errors.isEmpty()) {
      return null;
    }
    try {
      return indicators.preview(code, period, value, reason, commentary);
    } catch (InvalidValueException e) {
      errors.add(e.field() == null ? "figure" : e.field(), e.getMessage());
      return null;
    }
  }

  private Response figurePage(
      int status, FigureFacts.Facts known, FigureForm form, boolean editable, FormErrors errors) {
    Frame frame = PortalFilter.frame(request);
    String here = here(known.period().periodCode(), Code.of(known.indicator().code(), "code"));
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame);
    page.put("errors", errors);
    page.put("facts", known);
    page.put("form", form);
    page.put("editable", editable);
    page.put("commentaryRule", indicators.commentaryRule().words());
    page.put("here", here);
    page.put(
        "olderHref",
        known.olderThan() == null ? null : here + "?before=" + known.olderThan() + "#history");
    return pages.page(status, "figure.jte", page);
  }

  private FigureForm draft(PeriodCode period, Code code) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (FigureForm) session.getAttribute(draftKey(period, code));
  }

  private static String draftKey(PeriodCode period, Code code) {
    return "councilperformance.portal.figure." + period + "." + code;
  }

  private String here(PeriodCode period, Code code) {
    return PortalFilter.frame(request).href("/quarters/" + period + "/indicators/" + code);
  }

  private UserAccount account() {
    return PortalFilter.account(request);
  }
}
