package org.councilperformance.interfaces.portal.action;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.application.PeriodService;
import org.councilperformance.domain.AccessDeniedException;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Limits;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.action.ActionClosure;
import org.councilperformance.domain.action.ActionUpdate;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.interfaces.portal.CommentaryVisibility;
import org.councilperformance.interfaces.portal.DateFields;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.FormRefused;
import org.councilperformance.interfaces.portal.FormVersion;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.portal.Stale;
import org.councilperformance.interfaces.portal.Words;

/**
 * Updating an action for a period (docs/portal.md#updating-an-action): the action and its last
 * updates, and a form for this period's progress, commentary, revised due date and closure, saved
 * through the same service call as {@code PUT /api/actions/{code}/updates/{period}}.
 */
@Path("quarters/{period}/actions/{code}")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class ActionUpdatePage {
  /** The API's field names, each with the form's label: a refusal names the field it is about. */
  private static final Map<String, String> LABELS =
      Map.of(
          "progress", "Progress",
          "commentary", "Commentary",
          "revisedDueDate", "Revised due date",
          "closure", "Closing the action",
          "closureReason", "Reason for closing");

  private final ActionService actions;
  private final PeriodService periods;
  private final AccessPolicy access;
  private final PendingChanges changes;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public ActionUpdatePage(
      ActionService actions,
      PeriodService periods,
      AccessPolicy access,
      PendingChanges changes,
      Pages pages) {
    this.actions = actions;
    this.periods = periods;
    this.access = access;
    this.changes = changes;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public ActionUpdatePage() {
    this(null, null, null, null, null);
  }

  /** The form as typed: text, so what was typed comes back as it was when it is refused. */
  public record Answers(
      String progress,
      String commentary,
      String closure,
      String closureReason,
      DateFields revisedDueDate,
      String visibility) {
    static Answers of(ActionUpdate saved) {
      return new Answers(
          saved == null || saved.progress() == null ? "" : saved.progress().toString(),
          saved == null ? "" : Objects.requireNonNullElse(saved.commentary(), ""),
          saved == null || saved.closure() == null ? "" : saved.closure().name(),
          saved == null ? "" : Objects.requireNonNullElse(saved.closureReason(), ""),
          DateFields.of("revisedDueDate", null),
          CommentaryVisibility.of(saved != null && saved.commentaryInternal()));
    }

    static Answers read(HttpServletRequest request) {
      return new Answers(
          value(request, "progress"),
          value(request, "commentary"),
          value(request, "closure"),
          value(request, "closureReason"),
          DateFields.read("revisedDueDate", name -> value(request, name)),
          value(request, CommentaryVisibility.FIELD));
    }

    private static String value(HttpServletRequest request, String name) {
      return Objects.requireNonNullElse(request.getParameter(name), "");
    }

    List<Stale.Field> fields() {
      return List.of(
          new Stale.Field("progress", progress),
          new Stale.Field("commentary", commentary),
          new Stale.Field(CommentaryVisibility.FIELD, visibility),
          new Stale.Field("closure", closure),
          new Stale.Field("closureReason", closureReason),
          new Stale.Field("revisedDueDate-day", revisedDueDate.day()),
          new Stale.Field("revisedDueDate-month", revisedDueDate.month()),
          new Stale.Field("revisedDueDate-year", revisedDueDate.year()));
    }
  }

  @GET
  public Response page(@PathParam("period") PeriodCode periodCode, @PathParam("code") Code code) {
    ReportingPeriod period = periods.period(periodCode);
    Action action = actions.action(code);
    boolean editable = mayChange(action, period);
    ActionUpdate saved = actions.updateOf(code, periodCode);
    return render(
        200, period, action, saved, Answers.of(saved), FormErrors.none(), editable, saved);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(@PathParam("period") PeriodCode periodCode, @PathParam("code") Code code) {
    ReportingPeriod period = periods.period(periodCode);
    Action action = actions.action(code);
    access.checkRequest(
        "PUT", updatePath(action, period), PortalFilter.account(request)); // else 403
    access.requireCanEnterFigures(action.businessUnit(), "action " + action.code());
    period.requireOpenForChanges(); // a locked period: 409, as the API answers
    String version = FormVersion.required(request);
    Answers answers = Answers.read(request);
    FormErrors errors = FormErrors.none();
    Integer progress = progress(answers.progress(), errors);
    String commentary = text(answers.commentary(), "commentary", "commentary", errors);
    ActionClosure closure = closure(answers.closure(), errors);
    String closureReason = text(answers.closureReason(), "closureReason", "closureReason", errors);
    LocalDate revised =
        answers.revisedDueDate().date(LABELS.get("revisedDueDate"), "revisedDueDate", errors);
    ActionUpdate saved = actions.updateOf(code, periodCode);
    if (errors.isEmpty() && !FormVersion.of(saved).equals(version)) {
      return stale(period, action, saved, answers);
    }
    if (errors.isEmpty()) {
      try {
        actions.markCommentary(
            actions.update(
                code, periodCode, progress, commentary, closure, closureReason, revised, null),
            CommentaryVisibility.internal(answers.visibility()));
        FormVersion.write(changes, "this action's update");
      } catch (InvalidValueException | MalformedValueException refused) {
        String field = refused.field();
        if (!LABELS.containsKey(field)) {
          throw refused;
        }
        errors.addRefusal(
            field.equals("revisedDueDate") ? "revisedDueDate-day" : fieldId(field),
            field,
            LABELS.get(field),
            refused.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(render(422, period, action, saved, answers, errors, true, saved));
    }
    Flash.set(request, "Update saved for " + action.code() + " " + action.title());
    return Pages.seeOther(uriInfo, frame().href("/?period=" + period.code()));
  }

  /**
   * Whether the person may change this action's update now: the API's rule for {@code PUT
   * actions/{code}/updates/{period}} and an open period. An editor of another unit may not even
   * open the page (403), as the API refuses them its change.
   */
  private boolean mayChange(Action action, ReportingPeriod period) {
    try {
      access.checkRequest("PUT", updatePath(action, period), PortalFilter.account(request));
    } catch (AccessDeniedException readOnly) {
      return false; // an approver or a viewer reads it
    }
    access.requireCanEnterFigures(action.businessUnit(), "action " + action.code());
    return period.state() == PeriodState.OPEN;
  }

  /** The API's address of the same change, for the one access rule. */
  private static String updatePath(Action action, ReportingPeriod period) {
    return "actions/" + action.code() + "/updates/" + period.code();
  }

  private static String fieldId(String field) {
    return field.equals("closure") ? "closure" : field;
  }

  /** A whole percentage; the range is the domain's rule (ActionUpdate), checked when saving. */
  private static Integer progress(String typed, FormErrors errors) {
    if (typed.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(typed.strip().replaceFirst("%$", "").strip());
    } catch (NumberFormatException e) {
      errors.add("progress", "Progress must be a whole number from 0 to 100, like 40");
      return null;
    }
  }

  private static ActionClosure closure(String typed, FormErrors errors) {
    if (typed.isBlank()) {
      return null;
    }
    try {
      return ActionClosure.valueOf(typed);
    } catch (IllegalArgumentException e) {
      errors.add("closure", "Choose whether the action is still open, completed or cancelled");
      return null;
    }
  }

  /** Text as the API reads it: empty is none, and what a document cannot print is refused. */
  private static String text(String typed, String field, String id, FormErrors errors) {
    if (typed.isBlank()) {
      return null;
    }
    try {
      return Limits.text(typed, field);
    } catch (InvalidValueException e) {
      errors.addRefusal(id, field, LABELS.get(field), e.getMessage());
      return null;
    }
  }

  private Response stale(ReportingPeriod period, Action action, ActionUpdate saved, Answers yours) {
    Answers theirs = Answers.of(saved);
    List<Stale.Row> rows = new ArrayList<>();
    rows.add(new Stale.Row("Progress", percent(theirs.progress()), percent(yours.progress())));
    rows.add(new Stale.Row("Commentary", theirs.commentary(), yours.commentary()));
    rows.add(
        new Stale.Row(
            "Who may read the commentary",
            CommentaryVisibility.words(CommentaryVisibility.internal(theirs.visibility())),
            CommentaryVisibility.words(CommentaryVisibility.internal(yours.visibility()))));
    rows.add(
        new Stale.Row(
            "Revised due date",
            Words.date(action.revisedDueDate()),
            yours.revisedDueDate().blank()
                ? Words.date(action.revisedDueDate())
                : yours.revisedDueDate().text()));
    rows.add(new Stale.Row("Closed as", closed(theirs.closure()), closed(yours.closure())));
    rows.add(new Stale.Row("Reason for closing", theirs.closureReason(), yours.closureReason()));
    String here = frame().href("/quarters/" + period.code() + "/actions/" + action.code());
    return pages.stale(
        frame(),
        new Stale(
            action.code() + " " + action.title(),
            rows,
            here,
            yours.fields(),
            FormVersion.of(saved),
            here));
  }

  private static String percent(String progress) {
    return progress.isBlank() ? "" : progress.strip() + "%";
  }

  private static String closed(String closure) {
    return closure.isBlank() ? "Still open" : Words.of(ActionClosure.valueOf(closure));
  }

  private Response render(
      int status,
      ReportingPeriod period,
      Action action,
      ActionUpdate saved,
      Answers answers,
      FormErrors errors,
      boolean editable,
      ActionUpdate versionOf) {
    List<ActionUpdate> updates = new ArrayList<>(actions.updates(Code.of(action.code(), "code")));
    java.util.Collections.reverse(updates);
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("period", period);
    page.put("action", action);
    page.put("position", actions.positionOf(Code.of(action.code(), "code"), period.periodCode()));
    page.put("saved", saved);
    page.put("updates", updates.stream().limit(4).toList());
    page.put("answers", answers);
    page.put("errors", errors);
    page.put("editable", editable);
    page.put("version", FormVersion.of(versionOf));
    return pages.page(status, "actionUpdate.jte", page);
  }

  private Frame frame() {
    return PortalFilter.frame(request);
  }
}
