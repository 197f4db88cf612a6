package org.councilperformance.interfaces.rest.reminder;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.application.reminder.EntryDeadlines;
import org.councilperformance.application.reminder.Reminders;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.domain.distribution.DeliveryState;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.reminder.Outstanding;
import org.councilperformance.domain.reminder.Reminder;
import org.councilperformance.domain.reminder.ReminderDates;
import org.councilperformance.domain.reminder.ReminderKind;
import org.councilperformance.domain.reminder.ReminderSchedule;
import org.councilperformance.interfaces.rest.Preconditions;

/**
 * Data-entry deadlines and reminders (docs/api.md#reminders): the admins' schedule, each period's
 * deadline, the digest of who is late with the reminders' log, and "remind again". A period's
 * deadline is for everyone signed in to read; the rest is the admins'.
 */
@Path("reminders")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderResource {
  private final EntryDeadlines deadlines;
  private final Reminders reminders;
  private final Lookup lookup;
  private final Preconditions preconditions;

  @Context private HttpServletRequest request;

  @Inject
  public ReminderResource(
      EntryDeadlines deadlines, Reminders reminders, Lookup lookup, Preconditions preconditions) {
    this.deadlines = deadlines;
    this.reminders = reminders;
    this.lookup = lookup;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public ReminderResource() {
    this(null, null, null, null);
  }

  /**
   * @param deadlineWorkingDays the rule: a period's deadline is this many working days after it
   *     ends (1–60)
   * @param beforeEnabled whether heads of service are reminded before the deadline
   * @param beforeWorkingDays how many working days before the deadline (1–30)
   * @param afterEnabled whether heads of service and their directors are reminded the working day
   *     after the deadline
   */
  @JsonbPropertyOrder({"deadlineWorkingDays", "beforeEnabled", "beforeWorkingDays", "afterEnabled"})
  public record Schedule(
      @NotNull Integer deadlineWorkingDays,
      @NotNull Boolean beforeEnabled,
      @NotNull Integer beforeWorkingDays,
      @NotNull Boolean afterEnabled) {
    static Schedule of(ReminderSchedule s) {
      return new Schedule(
          s.deadlineWorkingDays(), s.beforeEnabled(), s.beforeWorkingDays(), s.afterEnabled());
    }
  }

  /**
   * @param overridden whether an admin set this period's deadline (else the rule's applies)
   * @param reminderBefore the day the reminder before the deadline falls due
   * @param reminderAfter the day the reminder after the deadline falls due
   */
  @JsonbPropertyOrder({"period", "deadline", "overridden", "reminderBefore", "reminderAfter"})
  public record DeadlineView(
      String period,
      LocalDate deadline,
      boolean overridden,
      LocalDate reminderBefore,
      LocalDate reminderAfter) {
    static DeadlineView of(ReportingPeriod period, ReminderDates d) {
      return new DeadlineView(period.code(), d.deadline(), d.overridden(), d.before(), d.after());
    }
  }

  public record DeadlineBody(@NotNull LocalDate deadline) {}

  public record Person(String username, String displayName, String email) {
    static Person of(UserAccount u) {
      return u == null ? null : new Person(u.username(), u.displayName(), u.email());
    }
  }

  /** One business unit: counts of what is missing, and whom it reminds. */
  public record UnitView(
      String unit,
      String name,
      int missingFigures,
      int missingActionUpdates,
      int missingCommentary,
      int missingPlans,
      List<String> missing,
      List<Person> headsOfService,
      List<Person> directors) {
    static UnitView of(Reminders.UnitDigest u) {
      Outstanding o = u.missing();
      return new UnitView(
          u.unit().code(),
          u.unit().name(),
          o.figures().size(),
          o.actionUpdates().size(),
          o.commentary().size(),
          o.plans().size(),
          o.lines(),
          u.heads().stream().map(Person::of).toList(),
          u.directors().stream().map(Person::of).toList());
    }
  }

  /** One reminder in the log: to whom, which, and how its sending went. */
  public record ReminderView(
      long id,
      ReminderKind kind,
      int round,
      Person to,
      String email,
      String subject,
      Instant recordedAt,
      String recordedBy,
      DeliveryState state,
      int attempts,
      Instant sentAt,
      String lastError,
      String messageId) {
    static ReminderView of(Reminder r, UserAccount to) {
      return new ReminderView(
          r.id(),
          r.kind(),
          r.round(),
          Person.of(to),
          r.recipientEmail(),
          r.subject(),
          r.recordedAt(),
          r.recordedBy(),
          r.state(),
          r.attempts(),
          r.sentAt(),
          r.lastError(),
          r.messageId());
    }
  }

  /**
   * @param late whether the deadline has passed
   * @param units the units with anything due, most missing first; complete ones have zero counts
   */
  @JsonbPropertyOrder({"deadline", "late", "units", "reminders"})
  public record DigestView(
      DeadlineView deadline, boolean late, List<UnitView> units, List<ReminderView> reminders) {}

  @GET
  @Path("schedule")
  public Schedule schedule() {
    return Schedule.of(preconditions.read(deadlines.schedule()));
  }

  @PUT
  @Path("schedule")
  public Schedule reviseSchedule(@NotNull @Valid Schedule body) {
    preconditions.check(deadlines.schedule());
    return Schedule.of(
        preconditions.saved(
            deadlines.reviseSchedule(
                body.deadlineWorkingDays(),
                body.beforeEnabled(),
                body.beforeWorkingDays(),
                body.afterEnabled())));
  }

  @GET
  @Path("deadlines/{period}")
  @ReadsOnly
  public DeadlineView deadline(@PathParam("period") PeriodCode code) {
    ReportingPeriod period = lookup.period(PeriodCode.required(code, "period"));
    deadlines.stored(period).ifPresent(preconditions::read); // the rule's has no version
    return DeadlineView.of(period, deadlines.dates(period));
  }

  /** Sets the period's own deadline in place of the rule's. */
  @PUT
  @Path("deadlines/{period}")
  public DeadlineView setDeadline(
      @PathParam("period") PeriodCode code, @NotNull @Valid DeadlineBody body) {
    ReportingPeriod period = lookup.period(PeriodCode.required(code, "period"));
    preconditions.check(deadlines.stored(period).orElse(null));
    preconditions.saved(deadlines.setDeadline(period.periodCode(), body.deadline()));
    return DeadlineView.of(period, deadlines.dates(period));
  }

  /** Goes back to the rule's deadline. */
  @DELETE
  @Path("deadlines/{period}")
  public Response clearDeadline(@PathParam("period") PeriodCode code) {
    ReportingPeriod period = lookup.period(PeriodCode.required(code, "period"));
    preconditions.check(deadlines.stored(period).orElse(null));
    deadlines.setDeadline(period.periodCode(), null);
    return Response.noContent().build();
  }

  /** Who is late, by unit, and every reminder sent for the period. */
  @GET
  @Path("periods/{period}")
  @ReadsOnly
  public DigestView digest(@PathParam("period") PeriodCode code) {
    Reminders.Digest d = reminders.digest(PeriodCode.required(code, "period"));
    Map<Long, UserAccount> people = d.people();
    return new DigestView(
        DeadlineView.of(d.period(), d.dates()),
        d.late(),
        d.units().stream().map(UnitView::of).toList(),
        d.log().stream().map(r -> ReminderView.of(r, people.get(r.userId()))).toList());
  }

  /**
   * Reminds the unit's heads of service again, now: one message each, recorded in the log as an
   * admin's (kind AGAIN). 409 when nothing is missing or no head of service has an email address.
   */
  @POST
  @Path("periods/{period}/units/{unit}/again")
  @Consumes(MediaType.WILDCARD)
  public List<ReminderView> remindAgain(
      @PathParam("period") PeriodCode period, @PathParam("unit") Code unit) {
    String admin =
        request.getUserPrincipal() == null ? "admin" : request.getUserPrincipal().getName();
    return reminders.remindAgain(PeriodCode.required(period, "period"), unit, admin).stream()
        .map(r -> ReminderView.of(r, null))
        .toList();
  }
}
