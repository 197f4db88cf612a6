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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.CommitteeService;
import org.councilperformance.application.MeetingCalendar;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.application.PeriodService;
import org.councilperformance.application.distribution.Outbox;
import org.councilperformance.application.distribution.PackArchive;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.committee.Committee;
import org.councilperformance.domain.committee.Meeting;
import org.councilperformance.domain.distribution.Delivery;
import org.councilperformance.domain.distribution.PackEdition;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.portal.DateFields;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.FormRefused;
import org.councilperformance.interfaces.portal.FormVersion;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Govuk.SelectItem;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.portal.Stale;
import org.councilperformance.interfaces.portal.Words;

/**
 * A meeting (docs/portal.md#meetings-and-the-delivery-log): arranging or moving it, its pack's
 * editions as archived with issuing it again for a reason, and the delivery log of every member's
 * copy with "Send again" — the same service calls as {@code /api/meetings/{id}}, its {@code packs}
 * and {@code deliveries}. Admins only.
 */
@Path("admin/meetings")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class MeetingPage {
  private static final Map<String, String> LABELS =
      Map.of("startsAt", "Date", "time", "Time", "venue", "Venue", "period", "Period");

  private final CommitteeService committees;
  private final MeetingCalendar calendar;
  private final PeriodService periods;
  private final PackArchive archive;
  private final Outbox outbox;
  private final AccessPolicy access;
  private final PendingChanges changes;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public MeetingPage(
      CommitteeService committees,
      MeetingCalendar calendar,
      PeriodService periods,
      PackArchive archive,
      Outbox outbox,
      AccessPolicy access,
      PendingChanges changes,
      Pages pages) {
    this.committees = committees;
    this.calendar = calendar;
    this.periods = periods;
    this.archive = archive;
    this.outbox = outbox;
    this.access = access;
    this.changes = changes;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public MeetingPage() {
    this(null, null, null, null, null, null, null, null);
  }

  /** The meeting form as typed. */
  public record Answers(DateFields date, String time, String venue, String period) {
    static Answers of(Meeting m) {
      if (m == null) {
        return new Answers(DateFields.of("startsAt", null), "", "", "");
      }
      return new Answers(
          DateFields.of("startsAt", m.startsAt().toLocalDate()),
          m.startsAt().toLocalTime().toString(),
          m.venue(),
          m.period().code());
    }

    static Answers read(HttpServletRequest request) {
      return new Answers(
          DateFields.read("startsAt", name -> Forms.value(request, name)),
          Forms.value(request, "time"),
          Forms.value(request, "venue"),
          Forms.value(request, "period"));
    }

    List<Stale.Field> fields() {
      return List.of(
          new Stale.Field("startsAt-day", date.day()),
          new Stale.Field("startsAt-month", date.month()),
          new Stale.Field("startsAt-year", date.year()),
          new Stale.Field("time", time),
          new Stale.Field("venue", venue),
          new Stale.Field("period", period));
    }
  }

  /** What the form says, once it can be read. */
  private record Arrangement(LocalDateTime startsAt, String venue, PeriodCode period) {}

  @GET
  @Path("new")
  public Response newMeeting(@QueryParam("committee") String committee) {
    requireAdmin("POST", "meetings");
    Committee c = committees.committee(Code.of(committee == null ? "" : committee, "committee"));
    return form(200, c, null, Answers.of(null), FormErrors.none());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response arrange() {
    requireAdmin("POST", "meetings");
    Committee committee =
        committees.committee(Code.of(Forms.value(request, "committee"), "committee"));
    Answers answers = Answers.read(request);
    FormErrors errors = FormErrors.none();
    Arrangement a = arrangement(answers, errors);
    Meeting meeting = null;
    if (errors.isEmpty()) {
      try {
        meeting =
            committees.arrange(
                Code.of(committee.code(), "committee"), a.startsAt(), a.venue(), a.period());
      } catch (InvalidValueException refused) {
        refusal(refused, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(form(422, committee, null, answers, errors));
    }
    Flash.set(request, "Meeting arranged for " + Forms.time(meeting.startsAt()) + ".");
    return Pages.seeOther(uriInfo, frame().href("/admin/meetings/" + meeting.id()));
  }

  @GET
  @Path("{id}")
  public Response meeting(@PathParam("id") long id) {
    requireAdmin("GET", "meetings/" + id);
    return page(200, committees.meeting(id), "", FormErrors.none());
  }

  @GET
  @Path("{id}/edit")
  public Response edit(@PathParam("id") long id) {
    requireAdmin("PUT", "meetings/" + id);
    Meeting meeting = committees.meeting(id);
    return form(200, meeting.committee(), meeting, Answers.of(meeting), FormErrors.none());
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response rearrange(@PathParam("id") long id) {
    requireAdmin("PUT", "meetings/" + id);
    Meeting meeting = committees.meeting(id);
    String version = FormVersion.required(request);
    Answers answers = Answers.read(request);
    FormErrors errors = FormErrors.none();
    Arrangement a = arrangement(answers, errors);
    if (errors.isEmpty() && !FormVersion.of(meeting).equals(version)) {
      return stale(meeting, answers);
    }
    if (errors.isEmpty()) {
      try {
        committees.rearrange(id, a.startsAt(), a.venue(), a.period());
        FormVersion.write(changes, "this meeting");
      } catch (InvalidValueException refused) {
        refusal(refused, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(form(422, meeting.committee(), meeting, answers, errors));
    }
    Flash.set(request, "Meeting saved.");
    return Pages.seeOther(uriInfo, frame().href("/admin/meetings/" + id));
  }

  /**
   * Issues the pack now: the first edition, or again with a reason. The form carries the latest
   * edition it showed, so a second press (or someone else's issue meanwhile) sends nobody a copy
   * twice but shows the page "Someone changed this".
   */
  @POST
  @Path("{id}/packs")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response issue(@PathParam("id") long id) {
    requireAdmin("POST", "meetings/" + id + "/packs");
    Meeting meeting = committees.meeting(id);
    String shown = FormVersion.required(request);
    String reason = Forms.value(request, "reason");
    int latest = archive.latestEdition(meeting);
    FormErrors errors = FormErrors.none();
    if (latest > 0 && reason.isBlank()) {
      errors.add("reason", "Say why the pack is issued again: the earlier editions stay as sent");
    } else if (reason.strip().length() > 500) {
      errors.add("reason", "Reason must be 500 characters or fewer");
    }
    if (errors.isEmpty() && !Integer.toString(latest).equals(shown)) {
      String here = frame().href("/admin/meetings/" + id);
      return pages.stale(
          frame(),
          new Stale(
              meeting.committee().name() + ", " + Forms.time(meeting.startsAt()),
              List.of(
                  new Stale.Row(
                      "Latest edition", Integer.toString(latest), "Edition " + (latest + 1))),
              here + "/packs",
              List.of(new Stale.Field("reason", reason)),
              Integer.toString(latest),
              here));
    }
    PackEdition edition = null;
    if (errors.isEmpty()) {
      try {
        edition = archive.issue(meeting, reason.isBlank() ? null : reason.strip());
      } catch (InvalidValueException refused) {
        errors.addRefusal("reason", refused.field(), "Reason", refused.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(page(422, meeting, reason, errors));
    }
    Flash.set(
        request,
        "Edition "
            + edition.edition()
            + " issued: each member's copy goes out at the outbox's next round.");
    return Pages.seeOther(uriInfo, frame().href("/admin/meetings/" + id));
  }

  /** The edition's bytes exactly as archived and sent. */
  @GET
  @Path("{id}/packs/{edition}")
  @Produces(MediaType.WILDCARD)
  public Response document(@PathParam("id") long id, @PathParam("edition") int number) {
    requireAdmin("GET", "meetings/" + id + "/packs");
    PackEdition edition = archive.edition(committees.meeting(id), number);
    return Response.ok(archive.document(edition), edition.format().mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + edition.fileName() + "\"")
        .build();
  }

  /** One member's copy once more, with the same Message-ID (Outbox.sendAgain). */
  @POST
  @Path("{id}/deliveries/{delivery}/resend")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response resend(@PathParam("id") long id, @PathParam("delivery") long deliveryId) {
    requireAdmin("POST", "meetings/" + id + "/deliveries/" + deliveryId + "/resend");
    Meeting meeting = committees.meeting(id);
    String version = FormVersion.required(request);
    Delivery delivery = outbox.delivery(meeting, deliveryId);
    String here = frame().href("/admin/meetings/" + id);
    if (!FormVersion.of(delivery).equals(version)) {
      return pages.stale(
          frame(),
          new Stale(
              delivery.recipientName() + "'s copy of edition " + delivery.edition().edition(),
              List.of(
                  new Stale.Row(
                      "Delivery",
                      Words.of(delivery.state()) + ", " + attempts(delivery),
                      "Send again")),
              here + "/deliveries/" + deliveryId + "/resend",
              List.of(),
              FormVersion.of(delivery),
              here + "#deliveries"));
    }
    outbox.sendAgain(meeting, deliveryId);
    FormVersion.write(changes, "this delivery");
    Flash.set(
        request, delivery.recipientName() + "'s copy goes out again at the outbox's next round.");
    return Pages.seeOther(uriInfo, here + "#deliveries");
  }

  private static String attempts(Delivery d) {
    return d.attempts() == 1 ? "1 attempt" : d.attempts() + " attempts";
  }

  private Arrangement arrangement(Answers a, FormErrors errors) {
    LocalDate date = a.date().date("Date", "startsAt", errors);
    if (date == null && a.date().blank()) {
      errors.add("startsAt-day", "Enter the date of the meeting");
    }
    LocalTime time = null;
    String typed = a.time().strip().toLowerCase(java.util.Locale.ROOT).replace('.', ':');
    if (typed.isEmpty()) {
      errors.add("time", "Enter the time the meeting starts, like 18:30");
    } else {
      try {
        time = LocalTime.parse(typed.length() == 4 ? "0" + typed : typed);
      } catch (DateTimeParseException e) {
        errors.add("time", "Time must be a time on the 24-hour clock, like 18:30");
      }
    }
    String venue = a.venue().strip();
    if (venue.isEmpty()) {
      errors.add("venue", "Enter where the meeting is held");
    } else if (venue.length() > 200) {
      errors.add("venue", "Venue must be 200 characters or fewer");
    }
    PeriodCode period = null;
    try {
      period = PeriodCode.parse(a.period(), "period");
      periods.period(period);
    } catch (RuntimeException e) {
      errors.add("period", "Choose the period whose pack the meeting receives");
    }
    return errors.isEmpty() ? new Arrangement(date.atTime(time), venue, period) : null;
  }

  private static void refusal(InvalidValueException refused, FormErrors errors) {
    String field = refused.field();
    if (!LABELS.containsKey(field)) {
      throw refused;
    }
    String id = field.equals("startsAt") ? "startsAt-day" : field;
    errors.addRefusal(id, field, LABELS.get(field), refused.getMessage());
  }

  private Response stale(Meeting saved, Answers yours) {
    Answers theirs = Answers.of(saved);
    List<Stale.Row> rows = new ArrayList<>();
    rows.add(new Stale.Row("Date", theirs.date().text(), yours.date().text()));
    rows.add(new Stale.Row("Time", theirs.time(), yours.time()));
    rows.add(new Stale.Row("Venue", theirs.venue(), yours.venue()));
    rows.add(new Stale.Row("Period", theirs.period(), yours.period()));
    String here = frame().href("/admin/meetings/" + saved.id());
    return pages.stale(
        frame(),
        new Stale(
            saved.committee().name() + ", " + Forms.time(saved.startsAt()),
            rows,
            here,
            yours.fields(),
            FormVersion.of(saved),
            here));
  }

  private Response form(
      int status, Committee committee, Meeting meeting, Answers answers, FormErrors errors) {
    List<SelectItem> items = new ArrayList<>();
    items.add(SelectItem.of("", "Choose a period", answers.period().isEmpty()));
    periods
        .periods()
        .forEach(
            p ->
                items.add(
                    SelectItem.of(
                        p.code(),
                        p.label() + " (" + Words.of(p.state()).toLowerCase() + ")",
                        p.code().equals(answers.period()))));
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("committee", committee);
    page.put("meeting", meeting);
    page.put("answers", answers);
    page.put("periods", items);
    page.put("errors", errors);
    page.put("version", meeting == null ? null : FormVersion.of(meeting));
    return pages.page(status, "committee/meetingForm.jte", page);
  }

  private Response page(int status, Meeting meeting, String reason, FormErrors errors) {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("notice", Flash.take(request));
    page.put("entry", calendar.entry(meeting));
    page.put("editions", archive.editions(meeting));
    page.put("deliveries", outbox.deliveries(meeting));
    page.put("reason", reason);
    page.put("errors", errors);
    return pages.page(status, "committee/meeting.jte", page);
  }

  private void requireAdmin(String method, String apiPath) {
    access.checkRequest(method, apiPath, PortalFilter.account(request));
  }

  private Frame frame() {
    return PortalFilter.frame(request);
  }
}
