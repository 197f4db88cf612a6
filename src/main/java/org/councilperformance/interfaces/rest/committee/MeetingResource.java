package org.councilperformance.interfaces.rest.committee;

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
import jakarta.ws.rs.PUT;
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
import java.time.format.DateTimeParseException;
import java.util.List;
import org.councilperformance.application.CommitteeService;
import org.councilperformance.application.MeetingCalendar;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.committee.Meeting;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The meeting calendar (docs/api.md#meetings): each meeting with the day its papers must go out and
 * a warning when its pack cannot go out yet. Admins only.
 */
@Path("meetings")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {
  /** How far ahead the calendar looks when not told. */
  static final int DEFAULT_DAYS_AHEAD = 366;

  private final CommitteeService committees;
  private final MeetingCalendar calendar;
  private final Preconditions preconditions;

  @Inject
  public MeetingResource(
      CommitteeService committees, MeetingCalendar calendar, Preconditions preconditions) {
    this.committees = committees;
    this.calendar = calendar;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public MeetingResource() {
    this(null, null, null);
  }

  /**
   * @param startsAt local time in England, e.g. 2026-07-16T18:30
   * @param period the period whose pack the meeting receives, e.g. 2026-27-Q1
   */
  public record MeetingRequest(
      @NotBlank String committee,
      @NotNull LocalDateTime startsAt,
      @NotBlank @Size(max = 200) String venue,
      @NotBlank String period) {}

  /**
   * @param publicationDate the last day the papers may go out: the committee's clear working days
   *     before the meeting
   * @param warning why the pack cannot go out as things stand; null when it can
   */
  public record MeetingView(
      long id,
      String committee,
      String committeeName,
      LocalDateTime startsAt,
      String venue,
      String period,
      PeriodState periodState,
      int clearDays,
      LocalDate publicationDate,
      String warning) {
    static MeetingView of(MeetingCalendar.Entry e) {
      Meeting m = e.meeting();
      return new MeetingView(
          m.id(),
          m.committee().code(),
          m.committee().name(),
          m.startsAt(),
          m.venue(),
          m.period().code(),
          m.period().state(),
          m.committee().clearDays(),
          e.publicationDate(),
          e.warning());
    }
  }

  /**
   * The calendar: meetings from one day to another, inclusive (today and a year ahead unless
   * given).
   */
  @GET
  public List<MeetingView> calendar(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate start = from == null ? calendar.today() : date(from, "from");
    LocalDate end = to == null ? start.plusDays(DEFAULT_DAYS_AHEAD) : date(to, "to");
    if (end.isBefore(start)) {
      throw new InvalidValueException("to", "to is before from");
    }
    return calendar.entries(start, end).stream().map(MeetingView::of).toList();
  }

  @APIResponseSchema(
      value = MeetingView.class,
      responseCode = "201",
      responseDescription = "Arranged")
  @POST
  public Response arrange(@NotNull @Valid MeetingRequest r, @Context UriInfo uriInfo) {
    Meeting m =
        committees.arrange(
            Code.of(r.committee(), "committee"),
            r.startsAt(),
            r.venue(),
            PeriodCode.parse(r.period(), "period"));
    preconditions.saved(m);
    return Created.at(uriInfo, m.id(), MeetingView.of(calendar.entry(m)));
  }

  @GET
  @Path("{id}")
  public MeetingView get(@PathParam("id") long id) {
    return MeetingView.of(calendar.entry(preconditions.read(committees.meeting(id))));
  }

  /** Moves a meeting or changes its period; the committee stays. */
  @PUT
  @Path("{id}")
  public MeetingView rearrange(@PathParam("id") long id, @NotNull @Valid MeetingRequest r) {
    Meeting current = committees.meeting(id);
    preconditions.check(current);
    if (!current.committee().code().equals(r.committee().strip())) {
      throw new InvalidValueException(
          "committee", "a meeting stays with its committee; arrange a new one instead");
    }
    Meeting m =
        committees.rearrange(id, r.startsAt(), r.venue(), PeriodCode.parse(r.period(), "period"));
    return MeetingView.of(calendar.entry(preconditions.saved(m)));
  }

  static LocalDate date(String text, String field) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new MalformedValueException(field, field + " is a date such as 2026-07-16");
    }
  }
}
