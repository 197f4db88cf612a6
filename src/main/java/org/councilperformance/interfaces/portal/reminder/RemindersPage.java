package org.councilperformance.interfaces.portal.reminder;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.application.PeriodService;
import org.councilperformance.application.reminder.EntryDeadlines;
import org.councilperformance.application.reminder.Reminders;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.reminder.PeriodDeadline;
import org.councilperformance.domain.reminder.Reminder;
import org.councilperformance.domain.reminder.ReminderSchedule;
import org.councilperformance.interfaces.portal.DateFields;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.FormRefused;
import org.councilperformance.interfaces.portal.FormVersion;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Govuk.RadioItem;
import org.councilperformance.interfaces.portal.Govuk.SelectItem;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.portal.Stale;
import org.councilperformance.interfaces.portal.Words;
import org.councilperformance.interfaces.portal.committee.Forms;
import org.councilperformance.interfaces.portal.quarter.QuarterTasks;

/**
 * The admins' reminders page (docs/portal.md#reminders): for a period, its deadline with the
 * admin's own date, who is late by unit with a one-click "Remind again", the reminders' log, and
 * the schedule. Admins only: each form is checked against the API request it corresponds to.
 */
@Path("admin/reminders")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class RemindersPage {
  private final Reminders reminders;
  private final EntryDeadlines deadlines;
  private final PeriodService periods;
  private final QuarterTasks quarters;
  private final AccessPolicy access;
  private final PendingChanges changes;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public RemindersPage(
      Reminders reminders,
      EntryDeadlines deadlines,
      PeriodService periods,
      QuarterTasks quarters,
      AccessPolicy access,
      PendingChanges changes,
      Pages pages) {
    this.reminders = reminders;
    this.deadlines = deadlines;
    this.periods = periods;
    this.quarters = quarters;
    this.access = access;
    this.changes = changes;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public RemindersPage() {
    this(null, null, null, null, null, null, null);
  }

  /** The schedule form as typed. */
  public record ScheduleAnswers(
      String deadlineWorkingDays, String before, String beforeWorkingDays, String after) {
    static ScheduleAnswers of(ReminderSchedule s) {
      return new ScheduleAnswers(
          Integer.toString(s.deadlineWorkingDays()),
          s.beforeEnabled() ? "on" : "off",
          Integer.toString(s.beforeWorkingDays()),
          s.afterEnabled() ? "on" : "off");
    }

    static ScheduleAnswers read(HttpServletRequest request) {
      return new ScheduleAnswers(
          Forms.value(request, "deadlineWorkingDays"),
          Forms.value(request, "beforeEnabled"),
          Forms.value(request, "beforeWorkingDays"),
          Forms.value(request, "afterEnabled"));
    }

    public List<RadioItem> beforeItems() {
      return onOff(before);
    }

    public List<RadioItem> afterItems() {
      return onOff(after);
    }

    private static List<RadioItem> onOff(String value) {
      return List.of(
          new RadioItem(null, "on", "On", null, "on".equals(value)),
          new RadioItem(null, "off", "Off", null, "off".equals(value)));
    }
  }

  @GET
  public Response page(@QueryParam("period") PeriodCode asked) {
    requireAdmin("GET", "reminders/schedule");
    ReportingPeriod period = periodFor(asked);
    return render(
        200,
        period,
        ScheduleAnswers.of(deadlines.schedule()),
        DateFields.of("deadline", null),
        FormErrors.none());
  }

  @POST
  @Path("schedule")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response saveSchedule(@QueryParam("period") PeriodCode asked) {
    requireAdmin("PUT", "reminders/schedule");
    ReportingPeriod period = periodFor(asked);
    ScheduleAnswers answers = ScheduleAnswers.read(request);
    String version = FormVersion.required(request);
    FormErrors errors = FormErrors.none();
    Integer deadlineDays =
        number(answers.deadlineWorkingDays(), "deadlineWorkingDays", "Deadline", errors);
    Boolean before = onOff(answers.before(), "beforeEnabled", "before the deadline", errors);
    Integer beforeDays =
        number(answers.beforeWorkingDays(), "beforeWorkingDays", "Reminder before", errors);
    Boolean after = onOff(answers.after(), "afterEnabled", "after the deadline", errors);
    if (errors.isEmpty()) {
      ReminderSchedule saved = deadlines.schedule();
      if (!FormVersion.of(saved).equals(version)) {
        return pages.stale(frame(), staleSchedule(saved, answers, period));
      }
      try {
        deadlines.reviseSchedule(deadlineDays, before, beforeDays, after);
        FormVersion.write(changes, "the reminder schedule");
      } catch (InvalidValueException refused) {
        errors.addRefusal(refused.field(), refused.field(), "Schedule", refused.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(render(422, period, answers, DateFields.of("deadline", null), errors));
    }
    Flash.set(request, "The reminder schedule is saved.");
    return Pages.seeOther(uriInfo, here(period) + "#schedule");
  }

  @POST
  @Path("{period}/deadline")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response saveDeadline(@PathParam("period") PeriodCode code) {
    ReportingPeriod period = periods.period(PeriodCode.required(code, "period"));
    requireAdmin("PUT", "reminders/deadlines/" + period.code());
    DateFields typed = DateFields.read("deadline", name -> Forms.value(request, name));
    String version = FormVersion.required(request);
    FormErrors errors = FormErrors.none();
    LocalDate deadline = typed.date("Deadline", "deadline", errors);
    if (deadline == null && typed.blank()) {
      errors.add("deadline-day", "Enter the deadline for " + period.label());
    }
    if (errors.isEmpty()) {
      PeriodDeadline saved = deadlines.stored(period).orElse(null);
      if (!FormVersion.of(saved).equals(version)) {
        return pages.stale(frame(), staleDeadline(period, saved, typed.text(), typed));
      }
      try {
        deadlines.setDeadline(period.periodCode(), deadline);
        FormVersion.write(changes, "this period's deadline");
      } catch (InvalidValueException refused) {
        errors.addRefusal("deadline-day", "deadline", "Deadline", refused.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(
          render(422, period, ScheduleAnswers.of(deadlines.schedule()), typed, errors));
    }
    Flash.set(
        request, "The deadline for " + period.label() + " is now " + Words.date(deadline) + ".");
    return Pages.seeOther(uriInfo, here(period) + "#deadline");
  }

  @POST
  @Path("{period}/deadline/clear")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response clearDeadline(@PathParam("period") PeriodCode code) {
    ReportingPeriod period = periods.period(PeriodCode.required(code, "period"));
    requireAdmin("DELETE", "reminders/deadlines/" + period.code());
    String version = FormVersion.required(request);
    PeriodDeadline saved = deadlines.stored(period).orElse(null);
    if (!FormVersion.of(saved).equals(version)) {
      return pages.stale(frame(), staleDeadline(period, saved, "The rule's", null));
    }
    deadlines.setDeadline(period.periodCode(), null);
    Flash.set(request, "The deadline for " + period.label() + " follows the rule again.");
    return Pages.seeOther(uriInfo, here(period) + "#deadline");
  }

  /** The one-click "Remind again": deliberate, so it may repeat; each is logged. */
  @POST
  @Path("{period}/units/{unit}/again")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response remindAgain(@PathParam("period") PeriodCode code, @PathParam("unit") Code unit) {
    ReportingPeriod period = periods.period(PeriodCode.required(code, "period"));
    requireAdmin("POST", "reminders/periods/" + period.code() + "/units/" + unit + "/again");
    List<Reminder> queued =
        reminders.remindAgain(period.periodCode(), unit, PortalFilter.account(request).username());
    Flash.set(
        request,
        (queued.size() == 1 ? "1 reminder" : queued.size() + " reminders")
            + " to the heads of service of "
            + unit
            + " will go out in a moment.");
    return Pages.seeOther(uriInfo, here(period) + "#log");
  }

  /** Which reminder a log line is, in words. */
  public static String kind(Reminder r) {
    return switch (r.kind()) {
      case BEFORE -> "Before the deadline";
      case AFTER -> "After the deadline";
      case AGAIN -> "Again, asked by " + r.recordedBy();
    };
  }

  /** The period asked for, else the one being reported now, as "Your quarter" chooses it. */
  private ReportingPeriod periodFor(PeriodCode asked) {
    QuarterTasks.Quarter quarter = quarters.quarterFor(asked);
    return quarter == null ? null : quarter.period();
  }

  private static Integer number(String text, String field, String label, FormErrors errors) {
    if (text == null || text.isBlank()) {
      errors.add(field, label + ": enter a number of working days");
      return null;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      errors.add(field, label + ": enter the number of working days as a whole number, like 15");
      return null;
    }
  }

  private static Boolean onOff(String value, String field, String what, FormErrors errors) {
    if ("on".equals(value) || "off".equals(value)) {
      return "on".equals(value);
    }
    errors.add(field, "Choose whether the reminder " + what + " is on or off");
    return null;
  }

  private Stale staleSchedule(
      ReminderSchedule saved, ScheduleAnswers yours, ReportingPeriod period) {
    ScheduleAnswers now = ScheduleAnswers.of(saved);
    return new Stale(
        "Reminder schedule",
        List.of(
            new Stale.Row(
                "Deadline, working days after the period",
                now.deadlineWorkingDays(),
                yours.deadlineWorkingDays()),
            new Stale.Row("Reminder before the deadline", now.before(), yours.before()),
            new Stale.Row(
                "Working days before", now.beforeWorkingDays(), yours.beforeWorkingDays()),
            new Stale.Row("Reminder after the deadline", now.after(), yours.after())),
        frame().href("/admin/reminders/schedule"),
        List.of(
            new Stale.Field("deadlineWorkingDays", yours.deadlineWorkingDays()),
            new Stale.Field("beforeEnabled", yours.before()),
            new Stale.Field("beforeWorkingDays", yours.beforeWorkingDays()),
            new Stale.Field("afterEnabled", yours.after())),
        FormVersion.of(saved),
        here(period) + "#schedule");
  }

  private Stale staleDeadline(
      ReportingPeriod period, PeriodDeadline saved, String yours, DateFields typed) {
    String base = frame().href("/admin/reminders/" + period.code() + "/deadline");
    return new Stale(
        "Deadline for " + period.label(),
        List.of(
            new Stale.Row(
                "Deadline", saved == null ? "The rule's" : Words.date(saved.deadline()), yours)),
        typed == null ? base + "/clear" : base,
        typed == null
            ? List.of()
            : List.of(
                new Stale.Field("deadline-day", typed.day()),
                new Stale.Field("deadline-month", typed.month()),
                new Stale.Field("deadline-year", typed.year())),
        FormVersion.of(saved),
        here(period) + "#deadline");
  }

  private Response render(
      int status,
      ReportingPeriod period,
      ScheduleAnswers schedule,
      DateFields deadline,
      FormErrors errors) {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("notice", Flash.take(request));
    page.put("digest", period == null ? null : reminders.digest(period.periodCode()));
    page.put("stored", period == null ? null : deadlines.stored(period).orElse(null));
    page.put(
        "periods",
        periods.periods().stream()
            .map(
                p ->
                    new SelectItem(
                        p.code(),
                        p.label() + " (" + Words.of(p.state()).toLowerCase() + ")",
                        period != null && p.code().equals(period.code()),
                        false))
            .toList());
    page.put("schedule", schedule);
    page.put("scheduleVersion", FormVersion.of(deadlines.schedule()));
    page.put("deadline", deadline);
    page.put("errors", errors);
    return pages.page(status, "reminder/reminders.jte", page);
  }

  private String here(ReportingPeriod period) {
    return frame().href("/admin/reminders") + (period == null ? "" : "?period=" + period.code());
  }

  private void requireAdmin(String method, String apiPath) {
    access.checkRequest(method, apiPath, PortalFilter.account(request));
  }

  private Frame frame() {
    return PortalFilter.frame(request);
  }
}
