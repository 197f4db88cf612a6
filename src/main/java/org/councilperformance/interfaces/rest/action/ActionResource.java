package org.councilperformance.interfaces.rest.action;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.List;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.ActionSpec;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.action.ActionClosure;
import org.councilperformance.domain.action.ActionUpdate;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.councilperformance.interfaces.rest.action.ActionViews.ActionPositionView;
import org.councilperformance.interfaces.rest.action.ActionViews.ActionView;
import org.councilperformance.interfaces.rest.action.ActionViews.UpdateView;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("actions")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionResource {
  private final ActionService actions;
  private final Lookup lookup;
  private final Preconditions preconditions;

  @Inject
  public ActionResource(ActionService actions, Lookup lookup, Preconditions preconditions) {
    this.actions = actions;
    this.lookup = lookup;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public ActionResource() {
    this(null, null, null);
  }

  /**
   * An action's definition. {@code code} is required to create one and never changes. Dates are
   * YYYY-MM-DD; neither due date may be before the start. {@code reportedFrom} and {@code
   * reportedTo} are the first and last periods it is reported in (a year or a quarter, set up;
   * absent: open), docs/rules.md#the-set-of-a-period.
   */
  public record ActionBody(
      @Size(max = Code.MAX_LENGTH) @Pattern(regexp = Code.FORMAT) String code,
      @NotBlank @Size(max = 2000) String title,
      String description,
      String priority,
      String businessUnit,
      @Size(max = 200) String owner,
      LocalDate startDate,
      LocalDate dueDate,
      LocalDate revisedDueDate,
      String reportedFrom,
      String reportedTo) {
    ActionSpec spec() {
      return new ActionSpec(
          title,
          description,
          Code.of(priority, "priority"),
          Code.of(businessUnit, "businessUnit"),
          owner,
          startDate,
          dueDate,
          revisedDueDate,
          reportedFrom == null ? null : PeriodCode.parse(reportedFrom, "reportedFrom"),
          reportedTo == null ? null : PeriodCode.parse(reportedTo, "reportedTo"));
    }
  }

  /**
   * An action's update for a period: progress 0–100, commentary, and optionally a closure
   * (COMPLETED or CANCELLED) with its reason, and a revised due date for the action (absent: the
   * due date stays). {@code reportedStatus} is for importing a council's report: the status it
   * printed ("Overdue", "In Progress", "green"…), kept beside the computed one.
   */
  public record UpdateBody(
      Integer progress,
      String commentary,
      ActionClosure closure,
      String closureReason,
      LocalDate revisedDueDate,
      @Size(max = 40) String reportedStatus,
      Boolean commentaryInternal) {}

  /**
   * Every action in scope with its progress and status for the period.
   *
   * @param period e.g. 2018-19-Q2
   * @param priority only actions of this priority or one under it
   * @param businessUnit only actions of this business unit
   */
  @GET
  @ReadsOnly
  public List<ActionPositionView> list(
      @QueryParam("period") PeriodCode period,
      @QueryParam("priority") Code priority,
      @QueryParam("businessUnit") Code businessUnit) {
    PeriodCode code = PeriodCode.required(period, "period");
    String rule = actions.rule().describe();
    return actions.positions(code, lookup.scope(priority, businessUnit)).stream()
        .map(p -> ActionPositionView.of(p, code.toString(), rule))
        .toList();
  }

  @APIResponseSchema(
      value = ActionView.class,
      responseCode = "201",
      responseDescription = "Created")
  @POST
  public Response create(@NotNull @Valid ActionBody body, @Context UriInfo uriInfo) {
    if (body.code() == null || body.code().isBlank()) {
      throw new InvalidValueException("code", "code: must not be blank");
    }
    Action action = actions.create(Code.of(body.code(), "code"), body.spec());
    return Created.at(uriInfo, action.code(), ActionView.of(action));
  }

  @GET
  @ReadsOnly
  @Path("{code}")
  public ActionView get(@PathParam("code") Code code) {
    return ActionView.of(preconditions.read(actions.action(code)));
  }

  @PUT
  @Path("{code}")
  public ActionView update(@PathParam("code") Code code, @NotNull @Valid ActionBody body) {
    if (body.code() != null && !body.code().equals(code.value())) {
      throw new InvalidValueException("code", "an action's code cannot change");
    }
    preconditions.check(actions.action(code));
    return ActionView.of(preconditions.saved(actions.revise(code, body.spec())));
  }

  @GET
  @ReadsOnly
  @Path("{code}/status")
  public ActionPositionView status(
      @PathParam("code") Code code, @QueryParam("period") PeriodCode period) {
    PeriodCode periodCode = PeriodCode.required(period, "period");
    return ActionPositionView.of(
        actions.positionOf(code, periodCode), periodCode.toString(), actions.rule().describe());
  }

  @GET
  @ReadsOnly
  @Path("{code}/updates")
  public List<UpdateView> updates(@PathParam("code") Code code) {
    return actions.updates(code).stream().map(UpdateView::of).toList();
  }

  @PUT
  @Path("{code}/updates/{period}")
  public UpdateView record(
      @PathParam("code") Code code,
      @PathParam("period") PeriodCode period,
      @NotNull @Valid UpdateBody body) {
    preconditions.check(actions.updateOf(code, period));
    ActionUpdate update =
        actions.update(
            code,
            period,
            body.progress(),
            body.commentary(),
            body.closure(),
            body.closureReason(),
            body.revisedDueDate(),
            body.reportedStatus());
    return UpdateView.of(
        preconditions.saved(actions.markCommentary(update, body.commentaryInternal())));
  }
}
