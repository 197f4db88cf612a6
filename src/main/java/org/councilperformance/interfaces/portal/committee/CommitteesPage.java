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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.CommitteeService;
import org.councilperformance.application.CommitteeSpec;
import org.councilperformance.application.MeetingCalendar;
import org.councilperformance.application.OrganisationService;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.application.PlanService;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.calendar.WorkingCalendar;
import org.councilperformance.domain.committee.Committee;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.FormRefused;
import org.councilperformance.interfaces.portal.FormVersion;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Govuk.SelectItem;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.portal.Stale;

/**
 * The clerk's committees (docs/portal.md#committees): the list, a committee with its members and
 * meetings, and setting one up or changing it, through the same service calls as {@code POST} and
 * {@code PUT /api/committees}. Admins only, as the API.
 */
@Path("admin/committees")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class CommitteesPage {
  /** The API's field names, each with the form's label. */
  static final Map<String, String> LABELS =
      Map.of(
          "code", "Code",
          "name", "Name",
          "remit", "Remit",
          "scope", "What the pack covers",
          "sections", "Sections",
          "format", "Format",
          "clearDays", "Clear working days");

  private final CommitteeService committees;
  private final MeetingCalendar calendar;
  private final PlanService plans;
  private final OrganisationService organisation;
  private final AccessPolicy access;
  private final PendingChanges changes;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public CommitteesPage(
      CommitteeService committees,
      MeetingCalendar calendar,
      PlanService plans,
      OrganisationService organisation,
      AccessPolicy access,
      PendingChanges changes,
      Pages pages) {
    this.committees = committees;
    this.calendar = calendar;
    this.plans = plans;
    this.organisation = organisation;
    this.access = access;
    this.changes = changes;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public CommitteesPage() {
    this(null, null, null, null, null, null, null);
  }

  /** The committee form as typed; {@code scope} is "", "priority:CODE" or "unit:CODE". */
  public record Answers(
      String code,
      String name,
      String remit,
      String scope,
      String sections,
      String format,
      String clearDays) {
    static Answers of(Committee c) {
      if (c == null) {
        return new Answers(
            "", "", "", "", "", "pdf", Integer.toString(WorkingCalendar.DEFAULT_CLEAR_DAYS));
      }
      return new Answers(
          c.code(),
          c.name(),
          Objects.requireNonNullElse(c.remit(), ""),
          c.priority() != null
              ? "priority:" + c.priority().code()
              : c.businessUnit() != null ? "unit:" + c.businessUnit().code() : "",
          Objects.requireNonNullElse(c.sectionKeys(), "").replace(",", ", "),
          c.format().extension(),
          Integer.toString(c.clearDays()));
    }

    static Answers read(HttpServletRequest request) {
      return new Answers(
          Forms.value(request, "code"),
          Forms.value(request, "name"),
          Forms.value(request, "remit"),
          Forms.value(request, "scope"),
          Forms.value(request, "sections"),
          Forms.value(request, "format"),
          Forms.value(request, "clearDays"));
    }

    List<Stale.Field> fields() {
      return List.of(
          new Stale.Field("name", name),
          new Stale.Field("remit", remit),
          new Stale.Field("scope", scope),
          new Stale.Field("sections", sections),
          new Stale.Field("format", format),
          new Stale.Field("clearDays", clearDays));
    }
  }

  @GET
  public Response list() {
    requireAdmin("GET", "committees");
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("notice", Flash.take(request));
    page.put("committees", committees.committees());
    return pages.page("committee/committees.jte", page);
  }

  @GET
  @Path("new")
  public Response newCommittee() {
    requireAdmin("POST", "committees");
    return form(200, null, Answers.of(null), FormErrors.none());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response create() {
    requireAdmin("POST", "committees");
    Answers answers = Answers.read(request);
    FormErrors errors = FormErrors.none();
    Code code = null;
    try {
      code = Code.of(answers.code().strip(), "code");
    } catch (BusinessException e) {
      errors.addRefusal("code", "code", LABELS.get("code"), e.getMessage());
    }
    CommitteeSpec spec = spec(answers, errors);
    if (errors.isEmpty()) {
      try {
        committees.create(code, spec);
      } catch (InvalidValueException | NotFoundException | ConflictException refused) {
        refusal(refused, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(form(422, null, answers, errors));
    }
    Flash.set(request, "Committee " + answers.name().strip() + " set up.");
    return Pages.seeOther(uriInfo, frame().href("/admin/committees/" + code));
  }

  @GET
  @Path("{code}")
  public Response committee(@PathParam("code") Code code) {
    requireAdmin("GET", "committees/" + code);
    Committee committee = committees.committee(code);
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("notice", Flash.take(request));
    page.put("committee", committee);
    page.put("members", committees.members(committee));
    page.put("meetings", committees.meetings(committee).stream().map(calendar::entry).toList());
    page.put("today", calendar.today());
    page.put("errors", FormErrors.none());
    return pages.page("committee/committee.jte", page);
  }

  @GET
  @Path("{code}/edit")
  public Response edit(@PathParam("code") Code code) {
    requireAdmin("PUT", "committees/" + code);
    Committee committee = committees.committee(code);
    return form(200, committee, Answers.of(committee), FormErrors.none());
  }

  @POST
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revise(@PathParam("code") Code code) {
    requireAdmin("PUT", "committees/" + code);
    Committee committee = committees.committee(code);
    String version = FormVersion.required(request);
    Answers answers = Answers.read(request);
    FormErrors errors = FormErrors.none();
    CommitteeSpec spec = spec(answers, errors);
    if (errors.isEmpty() && !FormVersion.of(committee).equals(version)) {
      return stale(committee, answers);
    }
    if (errors.isEmpty()) {
      try {
        committees.revise(code, spec);
        FormVersion.write(changes, "this committee");
      } catch (InvalidValueException | NotFoundException refused) {
        refusal(refused, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(form(422, committee, answers, errors));
    }
    Flash.set(request, "Committee " + committee.name() + " saved.");
    return Pages.seeOther(uriInfo, frame().href("/admin/committees/" + code));
  }

  /** What the form says, read as the API reads its body; what cannot be read is an error. */
  private static CommitteeSpec spec(Answers a, FormErrors errors) {
    String name = a.name().strip();
    if (name.isEmpty()) {
      errors.add("name", "Enter the committee's name");
    } else if (name.length() > 200) {
      errors.add("name", "Name must be 200 characters or fewer");
    }
    if (a.remit().length() > 4000) {
      errors.add("remit", "Remit must be 4,000 characters or fewer");
    }
    Code priority = null;
    Code unit = null;
    String scope = a.scope().strip();
    try {
      if (scope.startsWith("priority:")) {
        priority = Code.of(scope.substring("priority:".length()), "scope");
      } else if (scope.startsWith("unit:")) {
        unit = Code.of(scope.substring("unit:".length()), "scope");
      } else if (!scope.isEmpty()) {
        errors.add("scope", "Choose what the pack covers");
      }
    } catch (BusinessException e) {
      errors.add("scope", "Choose what the pack covers");
    }
    List<PackSection> sections = List.of();
    try {
      if (!a.sections().isBlank()) {
        sections = PackSection.parse(a.sections(), priority != null || unit != null, "sections");
      }
    } catch (InvalidValueException e) {
      errors.addRefusal("sections", "sections", LABELS.get("sections"), e.getMessage());
    }
    ReportFormat format = ReportFormat.PDF;
    try {
      format = ReportFormat.parse(a.format(), "format");
    } catch (InvalidValueException e) {
      errors.addRefusal("format", "format", LABELS.get("format"), e.getMessage());
    }
    int clearDays = WorkingCalendar.DEFAULT_CLEAR_DAYS;
    try {
      clearDays = Integer.parseInt(a.clearDays().strip());
    } catch (NumberFormatException e) {
      errors.add(
          "clearDays",
          "Clear working days must be a whole number from "
              + WorkingCalendar.MIN_CLEAR_DAYS
              + " to "
              + WorkingCalendar.MAX_CLEAR_DAYS
              + ", like 5");
    }
    return errors.isEmpty()
        ? new CommitteeSpec(name, a.remit().strip(), priority, unit, sections, format, clearDays)
        : null;
  }

  /** A rule's refusal, on the field it names (the scope for a priority or unit). */
  private static void refusal(BusinessException refused, FormErrors errors) {
    String field = refused.field();
    if ("priority".equals(field) || "businessUnit".equals(field)) {
      field = "scope";
    }
    if (!LABELS.containsKey(field)) {
      throw refused;
    }
    errors.addRefusal(field, refused.field(), LABELS.get(field), refused.getMessage());
  }

  private Response stale(Committee saved, Answers yours) {
    Answers theirs = Answers.of(saved);
    List<Stale.Row> rows = new ArrayList<>();
    rows.add(new Stale.Row("Name", theirs.name(), yours.name()));
    rows.add(new Stale.Row("Remit", theirs.remit(), yours.remit()));
    rows.add(new Stale.Row("What the pack covers", theirs.scope(), yours.scope()));
    rows.add(new Stale.Row("Sections", theirs.sections(), yours.sections()));
    rows.add(new Stale.Row("Format", theirs.format(), yours.format()));
    rows.add(new Stale.Row("Clear working days", theirs.clearDays(), yours.clearDays()));
    String here = frame().href("/admin/committees/" + saved.code());
    return pages.stale(
        frame(),
        new Stale(
            "Committee " + saved.name(), rows, here, yours.fields(), FormVersion.of(saved), here));
  }

  private Response form(int status, Committee committee, Answers answers, FormErrors errors) {
    List<SelectItem> scopes = new ArrayList<>();
    scopes.add(SelectItem.of("", "The whole council", answers.scope().isEmpty()));
    plans
        .priorities(null)
        .forEach(
            p ->
                scopes.add(
                    SelectItem.of(
                        "priority:" + p.code(),
                        "Priority " + p.code() + ": " + p.name(),
                        answers.scope().equals("priority:" + p.code()))));
    organisation
        .businessUnits()
        .forEach(
            u ->
                scopes.add(
                    SelectItem.of(
                        "unit:" + u.code(),
                        "Business unit " + u.code() + ": " + u.name(),
                        answers.scope().equals("unit:" + u.code()))));
    List<SelectItem> formats = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      formats.add(
          SelectItem.of(
              f.extension(),
              f.extension().toUpperCase(java.util.Locale.ROOT),
              f.extension().equals(answers.format())));
    }
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("committee", committee);
    page.put("answers", answers);
    page.put("scopes", scopes);
    page.put("formats", formats);
    page.put(
        "sectionKeys",
        String.join(
            ", ", java.util.Arrays.stream(PackSection.values()).map(PackSection::key).toList()));
    page.put("errors", errors);
    page.put("version", committee == null ? null : FormVersion.of(committee));
    return pages.page(status, "committee/committeeForm.jte", page);
  }

  private void requireAdmin(String method, String apiPath) {
    access.checkRequest(method, apiPath, PortalFilter.account(request));
  }

  private Frame frame() {
    return PortalFilter.frame(request);
  }
}
