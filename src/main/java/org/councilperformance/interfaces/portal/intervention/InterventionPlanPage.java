package org.councilperformance.interfaces.portal.intervention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.ActionService;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.InterventionPlanService;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.application.PeriodService;
import org.councilperformance.domain.AccessDeniedException;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Limits;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.intervention.InterventionPlan;
import org.councilperformance.domain.intervention.InterventionStep;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.domain.period.ReportingPeriod;
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
import org.councilperformance.interfaces.rest.intervention.InterventionPlanResource.PlanBody;
import org.councilperformance.interfaces.rest.intervention.InterventionPlanResource.StepBody;

/**
 * The intervention plan for a red indicator or action (docs/portal.md#intervention-plans): a new
 * plan covering it, or the plan in force for it during the period, with its steps, expected
 * recovery period and forecast. The form is read into the API's own request body and validated and
 * saved exactly as {@code POST/PUT /api/intervention-plans} do, so the same input is refused with
 * the same words. Steps are added and removed by buttons that show the form again, without
 * JavaScript.
 */
@Path("quarters/{period}/{kind: indicators|actions}/{code}/intervention-plan")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class InterventionPlanPage {
  private static final Pattern STEP_FIELD = Pattern.compile("steps\\[(\\d+)]\\.(\\w+)");
  private static final Pattern REMOVE = Pattern.compile("remove-(\\d+)");
  private static final Map<String, String> LABELS =
      Map.of(
          "title", "Title",
          "reason", "Why performance is off track",
          "forecast", "Forecast",
          "expectedRecovery", "Expected recovery",
          "steps", "Steps",
          "indicators", "What the plan covers");

  private final InterventionPlanService plans;
  private final IndicatorService indicators;
  private final ActionService actions;
  private final PeriodService periods;
  private final AccessPolicy access;
  private final PendingChanges changes;
  private final Validator validator;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public InterventionPlanPage(
      InterventionPlanService plans,
      IndicatorService indicators,
      ActionService actions,
      PeriodService periods,
      AccessPolicy access,
      PendingChanges changes,
      Validator validator,
      Pages pages) {
    this.plans = plans;
    this.indicators = indicators;
    this.actions = actions;
    this.periods = periods;
    this.access = access;
    this.changes = changes;
    this.validator = validator;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public InterventionPlanPage() {
    this(null, null, null, null, null, null, null, null);
  }

  /**
   * The indicator or action the page is for.
   *
   * @param kind "indicators" or "actions", as in the address
   */
  public record Item(
      String kind,
      String code,
      String name,
      BusinessUnit unit,
      Predicate<InterventionPlan> coveredBy) {
    public String label() {
      return code + " " + name;
    }
  }

  /** One step's row as typed. */
  public record StepAnswers(String description, String owner, DateFields dueDate) {
    boolean blank() {
      return description.isBlank() && owner.isBlank() && dueDate.blank();
    }

    static StepAnswers empty(int row) {
      return new StepAnswers("", "", DateFields.of(id(row, "dueDate"), null));
    }

    public static String id(int row, String part) {
      return "steps-" + row + "-" + part;
    }
  }

  /** The form as typed. */
  public record Answers(
      String title,
      String reason,
      List<StepAnswers> steps,
      String expectedRecovery,
      String forecast) {

    static Answers of(InterventionPlan plan, Item item) {
      if (plan == null) {
        return new Answers(
            "Recovery plan for " + item.label(), "", List.of(StepAnswers.empty(0)), "", "");
      }
      List<StepAnswers> steps = new ArrayList<>();
      for (InterventionStep s : plan.steps()) {
        steps.add(
            new StepAnswers(
                s.description(),
                Objects.requireNonNullElse(s.owner(), ""),
                DateFields.of(StepAnswers.id(steps.size(), "dueDate"), s.dueDate())));
      }
      if (steps.isEmpty()) {
        steps.add(StepAnswers.empty(0));
      }
      return new Answers(
          plan.title(),
          plan.reason(),
          steps,
          plan.expectedRecovery() == null ? "" : plan.expectedRecovery().code(),
          Objects.requireNonNullElse(plan.forecast(), ""));
    }

    static Answers read(HttpServletRequest request) {
      int rows;
      try {
        rows = Math.min(Math.max(Integer.parseInt(value(request, "stepCount")), 0), 100);
      } catch (NumberFormatException e) {
        rows = 0;
      }
      List<StepAnswers> steps = new ArrayList<>();
      for (int i = 0; i < rows; i++) {
        steps.add(
            new StepAnswers(
                value(request, StepAnswers.id(i, "description")),
                value(request, StepAnswers.id(i, "owner")),
                DateFields.read(StepAnswers.id(i, "dueDate"), name -> value(request, name))));
      }
      return new Answers(
          value(request, "title"),
          value(request, "reason"),
          steps,
          value(request, "expectedRecovery"),
          value(request, "forecast"));
    }

    private static String value(HttpServletRequest request, String name) {
      return Objects.requireNonNullElse(request.getParameter(name), "");
    }

    /** The rows again, renumbered: their fields' names and ids follow their place. */
    Answers withSteps(List<StepAnswers> rows) {
      List<StepAnswers> renumbered = new ArrayList<>();
      for (StepAnswers s : rows) {
        int i = renumbered.size();
        DateFields d = s.dueDate();
        renumbered.add(
            new StepAnswers(
                s.description(),
                s.owner(),
                new DateFields(StepAnswers.id(i, "dueDate"), d.day(), d.month(), d.year())));
      }
      return new Answers(title, reason, renumbered, expectedRecovery, forecast);
    }

    List<Stale.Field> fields() {
      List<Stale.Field> fields = new ArrayList<>();
      fields.add(new Stale.Field("title", title));
      fields.add(new Stale.Field("reason", reason));
      fields.add(new Stale.Field("expectedRecovery", expectedRecovery));
      fields.add(new Stale.Field("forecast", forecast));
      fields.add(new Stale.Field("stepCount", Integer.toString(steps.size())));
      for (int i = 0; i < steps.size(); i++) {
        StepAnswers s = steps.get(i);
        fields.add(new Stale.Field(StepAnswers.id(i, "description"), s.description()));
        fields.add(new Stale.Field(StepAnswers.id(i, "owner"), s.owner()));
        fields.add(new Stale.Field(StepAnswers.id(i, "dueDate") + "-day", s.dueDate().day()));
        fields.add(new Stale.Field(StepAnswers.id(i, "dueDate") + "-month", s.dueDate().month()));
        fields.add(new Stale.Field(StepAnswers.id(i, "dueDate") + "-year", s.dueDate().year()));
      }
      return fields;
    }

    String stepsText() {
      return steps.stream()
          .filter(s -> !s.blank())
          .map(
              s ->
                  s.description().strip()
                      + (s.owner().isBlank() ? "" : " (" + s.owner().strip() + ")")
                      + (s.dueDate().blank() ? "" : " by " + s.dueDate().text()))
          .collect(Collectors.joining("; "));
    }
  }

  @GET
  public Response page(
      @PathParam("period") PeriodCode periodCode,
      @PathParam("kind") String kind,
      @PathParam("code") Code code) {
    ReportingPeriod period = periods.period(periodCode);
    Item item = item(kind, code);
    InterventionPlan plan = inForce(item, period);
    boolean editable = mayChange(item, plan, period);
    return render(
        200,
        period,
        item,
        plan,
        Answers.of(plan, item),
        FormErrors.none(),
        editable,
        FormVersion.of(plan));
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @PathParam("period") PeriodCode periodCode,
      @PathParam("kind") String kind,
      @PathParam("code") Code code) {
    ReportingPeriod period = periods.period(periodCode);
    Item item = item(kind, code);
    InterventionPlan plan = inForce(item, period);
    String[] apiChange = apiChange(plan);
    access.checkRequest(apiChange[0], apiChange[1], PortalFilter.account(request)); // else 403
    access.requireCanEnterFigures(item.unit(), item.kind().replaceFirst("s$", "") + " " + code);
    period.requireOpenForChanges(); // a locked period shows no form: a forged post is 409
    String version = FormVersion.required(request);
    Answers answers = Answers.read(request);
    String change = Objects.requireNonNullElse(request.getParameter("change"), "save");
    if (change.equals("add")) {
      List<StepAnswers> rows = new ArrayList<>(answers.steps());
      rows.add(StepAnswers.empty(rows.size()));
      return render(
          200, period, item, plan, answers.withSteps(rows), FormErrors.none(), true, version);
    }
    Matcher remove = REMOVE.matcher(change);
    if (remove.matches()) {
      List<StepAnswers> rows = new ArrayList<>(answers.steps());
      int row = Integer.parseInt(remove.group(1));
      if (row < rows.size()) {
        rows.remove(row);
      }
      return render(
          200, period, item, plan, answers.withSteps(rows), FormErrors.none(), true, version);
    }
    FormErrors errors = FormErrors.none();
    PlanBody body = body(plan, item, answers, errors);
    if (errors.isEmpty() && !FormVersion.of(plan).equals(version)) {
      return stale(period, item, plan, answers);
    }
    if (errors.isEmpty()) {
      try {
        InterventionPlan saved =
            plan == null
                ? plans.create(Code.of(newPlanCode(item), "code"), body.spec())
                : plans.revise(Code.of(plan.code(), "code"), body.spec());
        FormVersion.write(changes, "this plan");
        plan = saved;
      } catch (InvalidValueException | MalformedValueException refused) {
        if (!LABELS.containsKey(refused.field())) {
          throw refused;
        }
        errors.addRefusal(
            fieldId(refused.field(), answers),
            refused.field(),
            LABELS.get(refused.field()),
            refused.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(render(422, period, item, plan, answers, errors, true, version));
    }
    Flash.set(request, "Intervention plan saved for " + item.label());
    return Pages.seeOther(uriInfo, frame().href("/?period=" + period.code()));
  }

  /**
   * The form read into the API's request body and checked by its constraints; a date, a period or a
   * text the API's reader would refuse is refused here with its words. Blank step rows are left
   * out: they are the form's spare rows, not steps.
   */
  private PlanBody body(InterventionPlan plan, Item item, Answers answers, FormErrors errors) {
    List<StepBody> steps = new ArrayList<>();
    List<Integer> rowOfStep = new ArrayList<>();
    for (int i = 0; i < answers.steps().size(); i++) {
      StepAnswers row = answers.steps().get(i);
      if (row.blank()) {
        continue;
      }
      LocalDate due =
          row.dueDate()
              .date("Step " + (i + 1) + " due date", "steps[" + steps.size() + "].dueDate", errors);
      steps.add(
          new StepBody(
              text(row.description(), StepAnswers.id(i, "description"), errors),
              text(row.owner(), StepAnswers.id(i, "owner"), errors),
              due));
      rowOfStep.add(i);
    }
    String recovery = null;
    if (!answers.expectedRecovery().isBlank()) {
      try {
        recovery = PeriodCode.parse(answers.expectedRecovery(), "expectedRecovery").toString();
      } catch (MalformedValueException | InvalidValueException e) {
        errors.addRefusal(
            "expectedRecovery", "expectedRecovery", LABELS.get("expectedRecovery"), e.getMessage());
      }
    }
    PlanBody body =
        new PlanBody(
            null,
            text(answers.title(), "title", errors),
            text(answers.reason(), "reason", errors),
            plan == null
                ? (item.kind().equals("indicators") ? List.of(item.code()) : List.of())
                : plan.indicators().stream().map(Indicator::code).sorted().toList(),
            plan == null
                ? (item.kind().equals("actions") ? List.of(item.code()) : List.of())
                : plan.actions().stream().map(Action::code).sorted().toList(),
            steps,
            recovery,
            text(answers.forecast(), "forecast", errors),
            plan != null && plan.focusedMonitoring());
    Set<ConstraintViolation<PlanBody>> violations = validator.validate(body);
    violations.stream()
        .sorted(java.util.Comparator.comparing(v -> order(v.getPropertyPath().toString())))
        .forEach(
            v -> {
              String path = v.getPropertyPath().toString();
              Matcher step = STEP_FIELD.matcher(path);
              if (step.matches()) {
                int row = rowOfStep.get(Integer.parseInt(step.group(1)));
                errors.add(
                    StepAnswers.id(row, step.group(2)),
                    "Step " + (row + 1) + " " + step.group(2) + ": " + v.getMessage());
              } else {
                errors.addRefusal(
                    path, path, LABELS.getOrDefault(path, path), path + ": " + v.getMessage());
              }
            });
    return body;
  }

  /** The fields' order on the page, so the error summary lists them as they appear. */
  private static String order(String path) {
    return path.startsWith("title") ? "0" : path.startsWith("reason") ? "1" : "2" + path;
  }

  /** Text as the API's reader takes it: empty is none; what cannot be printed is refused. */
  private static String text(String typed, String id, FormErrors errors) {
    if (typed.isBlank()) {
      return null;
    }
    try {
      return Limits.text(typed, id);
    } catch (InvalidValueException e) {
      errors.add(id, e.getMessage());
      return null;
    }
  }

  private static String fieldId(String field, Answers answers) {
    if (field.equals("steps")) {
      for (int i = 0; i < answers.steps().size(); i++) {
        if (!answers.steps().get(i).blank()) {
          return StepAnswers.id(i, "description");
        }
      }
    }
    return field.equals("indicators") ? "title" : field;
  }

  private Item item(String kind, Code code) {
    if (kind.equals("indicators")) {
      Indicator indicator = indicators.indicator(code);
      return new Item(
          kind,
          indicator.code(),
          indicator.name(),
          indicator.businessUnit(),
          p -> p.covers(indicator));
    }
    Action action = actions.action(code);
    return new Item(
        kind, action.code(), action.title(), action.businessUnit(), p -> p.covers(action));
  }

  /** The plan covering the item that was in force during the period; null when there is none. */
  private InterventionPlan inForce(Item item, ReportingPeriod period) {
    return plans.plans().stream()
        .filter(p -> p.openDuring(period) && item.coveredBy().test(p))
        .findFirst()
        .orElse(null);
  }

  /** The API's method and address of the same change, for the one access rule. */
  private static String[] apiChange(InterventionPlan plan) {
    return plan == null
        ? new String[] {"POST", "intervention-plans"}
        : new String[] {"PUT", "intervention-plans/" + plan.code()};
  }

  /**
   * Whether the person may write the plan now: the API's rule for the change and an open period. An
   * editor of another unit may not even open the page (403).
   */
  private boolean mayChange(Item item, InterventionPlan plan, ReportingPeriod period) {
    String[] apiChange = apiChange(plan);
    try {
      access.checkRequest(apiChange[0], apiChange[1], PortalFilter.account(request));
    } catch (AccessDeniedException readOnly) {
      return false; // an approver or a viewer reads it
    }
    access.requireCanEnterFigures(
        item.unit(), item.kind().replaceFirst("s$", "") + " " + item.code());
    return period.state() == PeriodState.OPEN;
  }

  /** A code for a new plan: the item's own, marked as its plan, and numbered if taken. */
  private String newPlanCode(Item item) {
    Set<String> taken =
        plans.plans().stream().map(InterventionPlan::code).collect(Collectors.toSet());
    String stem = item.code().length() > 34 ? item.code().substring(0, 34) : item.code();
    String code = stem + "-IP";
    for (int n = 2; taken.contains(code); n++) {
      code = stem + "-IP" + n;
    }
    return code;
  }

  private Response stale(ReportingPeriod period, Item item, InterventionPlan plan, Answers yours) {
    Answers theirs = plan == null ? new Answers("", "", List.of(), "", "") : Answers.of(plan, item);
    List<Stale.Row> rows =
        List.of(
            new Stale.Row("Title", theirs.title(), yours.title()),
            new Stale.Row("Why performance is off track", theirs.reason(), yours.reason()),
            new Stale.Row("Steps", theirs.stepsText(), yours.stepsText()),
            new Stale.Row("Expected recovery", theirs.expectedRecovery(), yours.expectedRecovery()),
            new Stale.Row("Forecast", theirs.forecast(), yours.forecast()));
    String here = here(period, item);
    return pages.stale(
        frame(),
        new Stale(
            "Intervention plan for " + item.label(),
            rows,
            here,
            yours.fields(),
            FormVersion.of(plan),
            here));
  }

  private String here(ReportingPeriod period, Item item) {
    return frame()
        .href(
            "/quarters/"
                + period.code()
                + "/"
                + item.kind()
                + "/"
                + item.code()
                + "/intervention-plan");
  }

  private Response render(
      int status,
      ReportingPeriod period,
      Item item,
      InterventionPlan plan,
      Answers answers,
      FormErrors errors,
      boolean editable,
      String version) {
    List<SelectItem> recovery = new ArrayList<>();
    recovery.add(SelectItem.of("", "Not decided yet", answers.expectedRecovery().isBlank()));
    for (ReportingPeriod p : periods.periods()) {
      recovery.add(SelectItem.of(p.code(), p.label(), p.code().equals(answers.expectedRecovery())));
    }
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("period", period);
    page.put("item", item);
    page.put("plan", plan);
    page.put("answers", answers);
    page.put("errors", errors);
    page.put("editable", editable);
    page.put("version", version);
    page.put("action", here(period, item));
    page.put("recovery", recovery);
    page.put(
        "recoveryLabel",
        plan == null || plan.expectedRecovery() == null
            ? "Not decided"
            : plan.expectedRecovery().label());
    return pages.page(status, "interventionPlan.jte", page);
  }

  private Frame frame() {
    return PortalFilter.frame(request);
  }
}
