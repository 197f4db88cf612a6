package org.councilperformance.interfaces.rest.committee;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.councilperformance.application.CalendarService;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.calendar.BankHolidays;
import org.councilperformance.domain.calendar.Closure;
import org.councilperformance.interfaces.rest.Preconditions;

/**
 * The working-day calendar papers are counted by (docs/api.md#meetings): the computed bank holidays
 * of England and Wales, and the admin's closures and openings that correct them.
 */
@Path("calendar")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {
  private final CalendarService calendar;
  private final Preconditions preconditions;

  @Inject
  public CalendarResource(CalendarService calendar, Preconditions preconditions) {
    this.calendar = calendar;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public CalendarResource() {
    this(null, null);
  }

  /**
   * @param kind CLOSED (no working day) or OPEN (a working day whatever the rules say)
   */
  public record ClosureRequest(
      @NotNull Closure.Kind kind, @NotBlank @Size(max = 200) String reason) {}

  public record ClosureView(LocalDate day, Closure.Kind kind, String reason) {
    static ClosureView of(Closure c) {
      return new ClosureView(c.day(), c.kind(), c.reason());
    }
  }

  public record BankHolidaysView(int year, List<LocalDate> days) {}

  /** The bank holidays of England and Wales in a year, as computed. */
  @GET
  @Path("bank-holidays")
  public BankHolidaysView bankHolidays(@QueryParam("year") Integer year) {
    if (year == null || year < 1978 || year > 2999) {
      throw new MalformedValueException("year", "year is required, 1978 to 2999");
    }
    return new BankHolidaysView(year, List.copyOf(BankHolidays.of(year)));
  }

  @GET
  @Path("closures")
  public List<ClosureView> closures() {
    return calendar.closures().stream().map(ClosureView::of).toList();
  }

  @GET
  @Path("closures/{day}")
  public ClosureView closure(@PathParam("day") String day) {
    return ClosureView.of(preconditions.read(calendar.closure(date(day))));
  }

  @PUT
  @Path("closures/{day}")
  public ClosureView set(@PathParam("day") String day, @NotNull @Valid ClosureRequest r) {
    LocalDate date = date(day);
    preconditions.check(calendar.closureOn(date));
    return ClosureView.of(preconditions.saved(calendar.set(date, r.kind(), r.reason())));
  }

  @DELETE
  @Path("closures/{day}")
  public Response remove(@PathParam("day") String day) {
    LocalDate date = date(day);
    preconditions.check(calendar.closure(date));
    calendar.remove(date);
    return Response.noContent().build();
  }

  private static LocalDate date(String text) {
    return MeetingResource.date(text, "day");
  }
}
