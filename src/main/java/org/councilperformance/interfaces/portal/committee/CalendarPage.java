package org.councilperformance.interfaces.portal.committee;

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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.CalendarService;
import org.councilperformance.application.MeetingCalendar;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.application.distribution.Alerts;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.calendar.Closure;
import org.councilperformance.interfaces.portal.DateFields;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.FormRefused;
import org.councilperformance.interfaces.portal.FormVersion;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Govuk.RadioItem;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.portal.Stale;
import org.councilperformance.interfaces.portal.Words;

/**
 * The meeting calendar (docs/portal.md#meeting-calendar): every meeting to come with the day its
 * papers must go out and a flag where its pack cannot go out yet, the admin's closures and openings
 * that correct the computed bank holidays, and distribution's alerts. Admins only.
 */
@Path("admin/calendar")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class CalendarPage {
  /** How far ahead the calendar looks, as the API's. */
  private static final int DAYS_AHEAD = 366;

  /** How many alerts the page lists, newest first. */
  private static final int ALERTS_SHOWN = 50;

  private final MeetingCalendar meetings;
  private final CalendarService calendar;
  private final Alerts alerts;
  private final AccessPolicy access;
  private final PendingChanges changes;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public CalendarPage(
      MeetingCalendar meetings,
      CalendarService calendar,
      Alerts alerts,
      AccessPolicy access,
      PendingChanges changes,
      Pages pages) {
    this.meetings = meetings;
    this.calendar = calendar;
    this.alerts = alerts;
    this.access = access;
    this.changes = changes;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public CalendarPage() {
    this(null, null, null, null, null, null);
  }

  /** The closure form as typed. */
  public record Answers(DateFields day, String kind, String reason) {
    static Answers empty() {
      return new Answers(DateFields.of("day", null), "CLOSED", "");
    }

    static Answers read(HttpServletRequest request) {
      return new Answers(
          DateFields.read("day", name -> Forms.value(request, name)),
          Forms.value(request, "kind"),
          Forms.value(request, "reason"));
    }

    public List<RadioItem> kinds() {
      return List.of(
          new RadioItem(
              null,
              "CLOSED",
              "Closed",
              "Not a working day, such as a closure between Christmas and New Year",
              !"OPEN".equals(kind)),
          new RadioItem(
              null,
              "OPEN",
              "Open",
              "A working day, whatever the bank holiday rules say",
              "OPEN".equals(kind)));
    }
  }

  @GET
  public Response page() {
    requireAdmin("GET", "calendar/closures");
    return render(200, Answers.empty(), FormErrors.none());
  }

  @POST
  @Path("closures")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response set() {
    requireAdmin("PUT", "calendar/closures");
    Answers answers = Answers.read(request);
    FormErrors errors = FormErrors.none();
    LocalDate day = answers.day().date("Date", "day", errors);
    if (day == null && answers.day().blank()) {
      errors.add("day-day", "Enter the date the offices are closed or open");
    }
    String version = FormVersion.required(request);
    Closure.Kind kind = null;
    try {
      kind = Closure.Kind.valueOf(answers.kind());
    } catch (IllegalArgumentException e) {
      errors.add("kind", "Choose whether the offices are closed or open that day");
    }
    if (answers.reason().isBlank()) {
      errors.add("reason", "Say why the offices are closed or open that day");
    } else if (answers.reason().strip().length() > 200) {
      errors.add("reason", "Reason must be 200 characters or fewer");
    }
    if (errors.isEmpty()) {
      Closure saved = calendar.closureOn(day);
      if (!FormVersion.of(saved).equals(version)) {
        return stale(saved, answers);
      }
      try {
        calendar.set(day, kind, answers.reason());
        FormVersion.write(changes, "this day's closure");
      } catch (InvalidValueException | MalformedValueException refused) {
        errors.addRefusal("reason", "reason", "Reason", refused.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(render(422, answers, errors));
    }
    Flash.set(
        request,
        Words.date(day) + " is now " + (kind == Closure.Kind.OPEN ? "open" : "closed") + ".");
    return Pages.seeOther(uriInfo, frame().href("/admin/calendar#closures"));
  }

  @POST
  @Path("closures/{day}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response remove(@PathParam("day") String text) {
    LocalDate day = day(text);
    requireAdmin("DELETE", "calendar/closures/" + day);
    String version = FormVersion.required(request);
    Closure saved = calendar.closure(day);
    if (!FormVersion.of(saved).equals(version)) {
      String here = frame().href("/admin/calendar");
      return pages.stale(
          frame(),
          new Stale(
              "Closure on " + Words.date(day),
              List.of(
                  new Stale.Row("Closed or open", Words.of(saved.kind()), "Removed"),
                  new Stale.Row("Reason", saved.reason(), "Removed")),
              here + "/closures/" + day + "/remove",
              List.of(),
              FormVersion.of(saved),
              here + "#closures"));
    }
    calendar.remove(day);
    Flash.set(request, "The entry for " + Words.date(day) + " is removed.");
    return Pages.seeOther(uriInfo, frame().href("/admin/calendar#closures"));
  }

  private Response stale(Closure saved, Answers yours) {
    String here = frame().href("/admin/calendar");
    return pages.stale(
        frame(),
        new Stale(
            "Closure on " + Words.date(saved.day()),
            List.of(
                new Stale.Row("Closed or open", Words.of(saved.kind()), words(yours.kind())),
                new Stale.Row("Reason", saved.reason(), yours.reason())),
            here + "/closures",
            List.of(
                new Stale.Field("day-day", yours.day().day()),
                new Stale.Field("day-month", yours.day().month()),
                new Stale.Field("day-year", yours.day().year()),
                new Stale.Field("kind", yours.kind()),
                new Stale.Field("reason", yours.reason())),
            FormVersion.of(saved),
            here + "#closures"));
  }

  private static String words(String kind) {
    return "OPEN".equals(kind) ? "Open" : "CLOSED".equals(kind) ? "Closed" : kind;
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new MalformedValueException("day", "day is a date such as 2026-12-29");
    }
  }

  private Response render(int status, Answers answers, FormErrors errors) {
    LocalDate today = meetings.today();
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("notice", Flash.take(request));
    page.put("entries", meetings.entries(today, today.plusDays(DAYS_AHEAD)));
    page.put("closures", calendar.closures());
    page.put("alerts", alerts.list(null).stream().limit(ALERTS_SHOWN).toList());
    page.put("answers", answers);
    page.put("errors", errors);
    return pages.page(status, "committee/calendar.jte", page);
  }

  private void requireAdmin(String method, String apiPath) {
    access.checkRequest(method, apiPath, PortalFilter.account(request));
  }

  private Frame frame() {
    return PortalFilter.frame(request);
  }
}
