package org.councilperformance.interfaces.portal.committee;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.CommitteeService;
import org.councilperformance.application.MeetingCalendar;
import org.councilperformance.application.MemberSpec;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.RowsRejectedException;
import org.councilperformance.domain.committee.Committee;
import org.councilperformance.domain.committee.CommitteeMember;
import org.councilperformance.domain.committee.MemberRole;
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
import org.councilperformance.interfaces.rest.committee.MemberSheetCsv;
import org.councilperformance.interfaces.rest.imports.QuarterSheetCsv;

/**
 * A committee's distribution list (docs/portal.md#committees): adding a person, changing their role
 * or dates (an end date ends their membership), and importing the list from a CSV file read exactly
 * as {@code POST /api/committees/{code}/members/import} reads it. Admins only.
 */
@Path("admin/committees/{code}/members")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class MembersPage {
  private static final Map<String, String> LABELS =
      Map.of(
          "name", "Name",
          "email", "Email address",
          "role", "Role",
          "startDate", "Start date",
          "endDate", "End date");

  private final CommitteeService committees;
  private final MeetingCalendar calendar;
  private final AccessPolicy access;
  private final PendingChanges changes;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public MembersPage(
      CommitteeService committees,
      MeetingCalendar calendar,
      AccessPolicy access,
      PendingChanges changes,
      Pages pages) {
    this.committees = committees;
    this.calendar = calendar;
    this.access = access;
    this.changes = changes;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public MembersPage() {
    this(null, null, null, null, null);
  }

  /** The member form as typed. */
  public record Answers(
      String name, String email, String role, DateFields startDate, DateFields endDate) {
    static Answers of(CommitteeMember m) {
      if (m == null) {
        return new Answers(
            "", "", "MEMBER", DateFields.of("startDate", null), DateFields.of("endDate", null));
      }
      return new Answers(
          m.name(),
          m.email(),
          m.role().name(),
          DateFields.of("startDate", m.startDate()),
          DateFields.of("endDate", m.endDate()));
    }

    static Answers read(HttpServletRequest request) {
      return new Answers(
          Forms.value(request, "name"),
          Forms.value(request, "email"),
          Forms.value(request, "role"),
          DateFields.read("startDate", name -> Forms.value(request, name)),
          DateFields.read("endDate", name -> Forms.value(request, name)));
    }

    List<Stale.Field> fields() {
      List<Stale.Field> fields = new ArrayList<>();
      fields.add(new Stale.Field("name", name));
      fields.add(new Stale.Field("role", role));
      for (DateFields date : List.of(startDate, endDate)) {
        fields.add(new Stale.Field(date.id() + "-day", date.day()));
        fields.add(new Stale.Field(date.id() + "-month", date.month()));
        fields.add(new Stale.Field(date.id() + "-year", date.year()));
      }
      return fields;
    }

    public List<RadioItem> roles() {
      List<RadioItem> items = new ArrayList<>();
      for (MemberRole r : MemberRole.values()) {
        items.add(new RadioItem(null, r.name(), Words.of(r), null, r.name().equals(role)));
      }
      return items;
    }
  }

  @GET
  @Path("new")
  public Response newMember(@PathParam("code") Code code) {
    requireAdmin("POST", "committees/" + code + "/members");
    return form(200, committees.committee(code), null, Answers.of(null), FormErrors.none());
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response add(@PathParam("code") Code code) {
    requireAdmin("POST", "committees/" + code + "/members");
    Committee committee = committees.committee(code);
    Answers answers = Answers.read(request);
    FormErrors errors = FormErrors.none();
    MemberSpec spec = spec(answers, errors);
    if (errors.isEmpty()) {
      try {
        committees.addMember(code, spec);
      } catch (InvalidValueException | ConflictException refused) {
        refusal(refused, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(form(422, committee, null, answers, errors));
    }
    Flash.set(request, answers.name().strip() + " added to " + committee.name() + ".");
    return back(code);
  }

  @GET
  @Path("{id}")
  public Response member(@PathParam("code") Code code, @PathParam("id") long id) {
    requireAdmin("PUT", "committees/" + code + "/members/" + id);
    CommitteeMember member = committees.member(code, id);
    return form(200, member.committee(), member, Answers.of(member), FormErrors.none());
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revise(@PathParam("code") Code code, @PathParam("id") long id) {
    requireAdmin("PUT", "committees/" + code + "/members/" + id);
    CommitteeMember member = committees.member(code, id);
    String version = FormVersion.required(request);
    Answers typed = Answers.read(request);
    Answers answers =
        new Answers(typed.name(), member.email(), typed.role(), typed.startDate(), typed.endDate());
    FormErrors errors = FormErrors.none();
    MemberSpec spec = spec(answers, errors);
    if (errors.isEmpty() && !FormVersion.of(member).equals(version)) {
      return stale(member, answers);
    }
    if (errors.isEmpty()) {
      try {
        committees.reviseMember(code, id, spec);
        FormVersion.write(changes, "this member");
      } catch (InvalidValueException refused) {
        refusal(refused, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new FormRefused(form(422, member.committee(), member, answers, errors));
    }
    Flash.set(request, member.name() + "'s membership saved.");
    return back(code);
  }

  /**
   * Loads the list from the uploaded CSV file: the API's reader and the same service call, all or
   * nothing. The form is multipart/form-data; Liberty gives its text fields to getParameter as
   * well, so PortalFilter checks its CSRF token as for any form.
   */
  @POST
  @Path("import")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response importMembers(@PathParam("code") Code code, @FormParam("file") EntityPart file) {
    requireAdmin("POST", "committees/" + code + "/members/import");
    Committee committee = committees.committee(code);
    FormErrors errors = FormErrors.none();
    List<RowError> rowErrors = List.of();
    int loaded = 0;
    if (file == null || file.getFileName().filter(n -> !n.isBlank()).isEmpty()) {
      errors.add("file", "Select a CSV file of the committee's members");
    } else {
      try (InputStream content = file.getContent()) {
        List<MemberSpec> rows = MemberSheetCsv.read(QuarterSheetCsv.upload(null, content));
        loaded = committees.importMembers(code, rows).size();
      } catch (RowsRejectedException rejected) {
        rowErrors = rejected.errors();
        errors.add(
            "file",
            "The file has "
                + (rowErrors.size() == 1 ? "1 error" : rowErrors.size() + " errors")
                + ", listed below: "
                + first(rowErrors.get(0))
                + ". Nothing was saved");
      } catch (BusinessException refused) {
        errors.add("file", "The file cannot be imported: " + refused.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!errors.isEmpty()) {
      Map<String, Object> page = new HashMap<>();
      page.put("frame", frame());
      page.put("notice", null);
      page.put("committee", committee);
      page.put("members", committees.members(committee));
      page.put("meetings", committees.meetings(committee).stream().map(calendar::entry).toList());
      page.put("today", calendar.today());
      page.put("errors", errors);
      page.put("rowErrors", rowErrors);
      throw new FormRefused(pages.page(422, "committee/committee.jte", page));
    }
    Flash.set(
        request,
        (loaded == 1 ? "1 person" : loaded + " people")
            + " imported to "
            + committee.name()
            + "'s list.");
    return back(code);
  }

  private static String first(RowError e) {
    return "row "
        + e.row()
        + (e.column() == null ? "" : ", column " + e.column())
        + ": "
        + e.reason();
  }

  private static MemberSpec spec(Answers a, FormErrors errors) {
    String name = a.name().strip();
    if (name.isEmpty()) {
      errors.add("name", "Enter the person's name");
    } else if (name.length() > 200) {
      errors.add("name", "Name must be 200 characters or fewer");
    }
    if (a.email().isBlank()) {
      errors.add("email", "Enter the person's email address");
    }
    MemberRole role = null;
    try {
      role = MemberRole.valueOf(a.role());
    } catch (IllegalArgumentException e) {
      errors.add("role", "Choose the person's role");
    }
    LocalDate start = a.startDate().date(LABELS.get("startDate"), "startDate", errors);
    if (start == null && a.startDate().blank()) {
      errors.add("startDate-day", "Enter the date they join the committee");
    }
    LocalDate end = a.endDate().date(LABELS.get("endDate"), "endDate", errors);
    return errors.isEmpty() ? new MemberSpec(name, a.email().strip(), role, start, end) : null;
  }

  private static void refusal(BusinessException refused, FormErrors errors) {
    String field = refused.field();
    if (!LABELS.containsKey(field)) {
      throw refused;
    }
    String id = field.endsWith("Date") ? field + "-day" : field;
    errors.addRefusal(id, field, LABELS.get(field), refused.getMessage());
  }

  private Response stale(CommitteeMember saved, Answers yours) {
    Answers theirs = Answers.of(saved);
    List<Stale.Row> rows = new ArrayList<>();
    rows.add(new Stale.Row("Name", theirs.name(), yours.name()));
    rows.add(new Stale.Row("Role", words(theirs.role()), words(yours.role())));
    rows.add(new Stale.Row("Start date", theirs.startDate().text(), yours.startDate().text()));
    rows.add(new Stale.Row("End date", theirs.endDate().text(), yours.endDate().text()));
    String here =
        frame().href("/admin/committees/" + saved.committee().code() + "/members/" + saved.id());
    return pages.stale(
        frame(),
        new Stale(
            saved.name() + ", " + saved.committee().name(),
            rows,
            here,
            yours.fields(),
            FormVersion.of(saved),
            here));
  }

  private static String words(String role) {
    try {
      return Words.of(MemberRole.valueOf(role));
    } catch (IllegalArgumentException e) {
      return role;
    }
  }

  private Response form(
      int status, Committee committee, CommitteeMember member, Answers answers, FormErrors errors) {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("committee", committee);
    page.put("member", member);
    page.put("answers", answers);
    page.put("errors", errors);
    page.put("version", member == null ? null : FormVersion.of(member));
    return pages.page(status, "committee/memberForm.jte", page);
  }

  private Response back(Code code) {
    return Pages.seeOther(uriInfo, frame().href("/admin/committees/" + code + "#members"));
  }

  private void requireAdmin(String method, String apiPath) {
    access.checkRequest(method, apiPath, PortalFilter.account(request));
  }

  private Frame frame() {
    return PortalFilter.frame(request);
  }
}
