package org.councilperformance.interfaces.rest.committee;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.councilperformance.application.CommitteeService;
import org.councilperformance.application.CommitteeSpec;
import org.councilperformance.application.MemberSpec;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.calendar.WorkingCalendar;
import org.councilperformance.domain.committee.Committee;
import org.councilperformance.domain.committee.CommitteeMember;
import org.councilperformance.domain.committee.MemberRole;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.councilperformance.interfaces.rest.imports.QuarterSheetCsv;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Committees and their distribution lists (docs/api.md#committees). Admins only: the lists hold
 * people's addresses.
 */
@Path("committees")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeResource {
  private final CommitteeService committees;
  private final Preconditions preconditions;

  @Inject
  public CommitteeResource(CommitteeService committees, Preconditions preconditions) {
    this.committees = committees;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public CommitteeResource() {
    this(null, null);
  }

  /**
   * @param priority, businessUnit what the pack covers: one of them, or neither for the whole
   *     council
   * @param sections section keys (docs/reports.md#sections); none for every section of its scope
   * @param format pdf (default), xlsx, docx or html
   * @param clearDays clear working days before a meeting that papers go out; 5 when absent
   */
  public record CommitteeRequest(
      @NotBlank @Size(max = Code.MAX_LENGTH) @Pattern(regexp = Code.FORMAT) String code,
      @NotBlank @Size(max = 200) String name,
      @Size(max = 4000) String remit,
      @Size(max = Code.MAX_LENGTH) String priority,
      @Size(max = Code.MAX_LENGTH) String businessUnit,
      List<@NotBlank String> sections,
      String format,
      @Min(WorkingCalendar.MIN_CLEAR_DAYS) @Max(WorkingCalendar.MAX_CLEAR_DAYS) Integer clearDays) {
    CommitteeSpec spec() {
      return new CommitteeRevision(name, remit, priority, businessUnit, sections, format, clearDays)
          .spec();
    }
  }

  public record CommitteeRevision(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 4000) String remit,
      @Size(max = Code.MAX_LENGTH) String priority,
      @Size(max = Code.MAX_LENGTH) String businessUnit,
      List<@NotBlank String> sections,
      String format,
      @Min(WorkingCalendar.MIN_CLEAR_DAYS) @Max(WorkingCalendar.MAX_CLEAR_DAYS) Integer clearDays) {
    CommitteeSpec spec() {
      boolean scoped = priority != null || businessUnit != null;
      return new CommitteeSpec(
          name,
          remit,
          priority == null ? null : Code.of(priority, "priority"),
          businessUnit == null ? null : Code.of(businessUnit, "businessUnit"),
          sections == null || sections.isEmpty()
              ? List.of()
              : PackSection.parse(String.join(",", sections), scoped, "sections"),
          ReportFormat.parse(format, "format"),
          clearDays == null ? WorkingCalendar.DEFAULT_CLEAR_DAYS : clearDays);
    }
  }

  public record CommitteeView(
      String code,
      String name,
      String remit,
      String priority,
      String businessUnit,
      List<String> sections,
      String format,
      int clearDays) {
    static CommitteeView of(Committee c) {
      return new CommitteeView(
          c.code(),
          c.name(),
          c.remit(),
          c.priority() == null ? null : c.priority().code(),
          c.businessUnit() == null ? null : c.businessUnit().code(),
          c.sections().stream().map(PackSection::key).toList(),
          c.format().extension(),
          c.clearDays());
    }
  }

  public record MemberRequest(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 254) String email,
      @NotNull MemberRole role,
      @NotNull LocalDate startDate,
      LocalDate endDate) {
    MemberSpec spec() {
      return new MemberSpec(name, email, role, startDate, endDate);
    }
  }

  public record MemberView(
      long id, String name, String email, MemberRole role, LocalDate startDate, LocalDate endDate) {
    static MemberView of(CommitteeMember m) {
      return new MemberView(m.id(), m.name(), m.email(), m.role(), m.startDate(), m.endDate());
    }
  }

  @GET
  public List<CommitteeView> list() {
    return committees.committees().stream().map(CommitteeView::of).toList();
  }

  @APIResponseSchema(
      value = CommitteeView.class,
      responseCode = "201",
      responseDescription = "Created")
  @POST
  public Response create(@NotNull @Valid CommitteeRequest r, @Context UriInfo uriInfo) {
    Committee c = committees.create(Code.of(r.code(), "code"), r.spec());
    return Created.at(uriInfo, c.code(), CommitteeView.of(c));
  }

  @GET
  @Path("{code}")
  public CommitteeView get(@PathParam("code") Code code) {
    return CommitteeView.of(preconditions.read(committees.committee(code)));
  }

  @PUT
  @Path("{code}")
  public CommitteeView update(@PathParam("code") Code code, @NotNull @Valid CommitteeRevision r) {
    preconditions.check(committees.committee(code));
    return CommitteeView.of(preconditions.saved(committees.revise(code, r.spec())));
  }

  /** Everyone on the list, past and present. */
  @GET
  @Path("{code}/members")
  public List<MemberView> members(@PathParam("code") Code code) {
    return committees.members(committees.committee(code)).stream().map(MemberView::of).toList();
  }

  @APIResponseSchema(value = MemberView.class, responseCode = "201", responseDescription = "Added")
  @POST
  @Path("{code}/members")
  public Response addMember(
      @PathParam("code") Code code, @NotNull @Valid MemberRequest r, @Context UriInfo uriInfo) {
    CommitteeMember m = committees.addMember(code, r.spec());
    return Created.at(uriInfo, m.id(), MemberView.of(m));
  }

  @GET
  @Path("{code}/members/{id}")
  public MemberView member(@PathParam("code") Code code, @PathParam("id") long id) {
    return MemberView.of(preconditions.read(committees.member(code, id)));
  }

  /** Changes a person's name, role or dates; end their membership by giving an end date. */
  @PUT
  @Path("{code}/members/{id}")
  public MemberView reviseMember(
      @PathParam("code") Code code, @PathParam("id") long id, @NotNull @Valid MemberRequest r) {
    preconditions.check(committees.member(code, id));
    return MemberView.of(preconditions.saved(committees.reviseMember(code, id, r.spec())));
  }

  /**
   * Loads the list from a CSV sheet (headings name, email, role, start date, end date): an address
   * already on the list updates that person, a new one adds them; any row's error answers 422
   * listing every error, and nothing is saved.
   */
  @POST
  @Path("{code}/members/import")
  @Consumes({QuarterSheetCsv.MEDIA_TYPE, MediaType.TEXT_PLAIN})
  public List<MemberView> importMembers(
      @PathParam("code") Code code,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
      InputStream body) {
    List<MemberSpec> rows = MemberSheetCsv.read(QuarterSheetCsv.upload(length, body));
    return committees.importMembers(code, rows).stream().map(MemberView::of).toList();
  }
}
