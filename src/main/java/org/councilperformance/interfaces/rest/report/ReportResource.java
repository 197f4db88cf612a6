package org.councilperformance.interfaces.rest.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.Locale;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.Scope;
import org.councilperformance.application.report.PackCovers;
import org.councilperformance.application.report.PrintedPack;
import org.councilperformance.application.report.QuarterlyPack;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.PackCover;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.councilperformance.interfaces.rest.Preconditions;

/**
 * The quarterly committee pack (docs/reports.md) as PDF, XLSX, DOCX or its HTML twin. Everyone
 * signed in may render it; only admins set its cover.
 */
@Path("reports")
@RequestScoped
@Transactional
public class ReportResource {
  private final QuarterlyPack pack;
  private final Lookup lookup;
  private final PackCovers covers;
  private final Preconditions preconditions;

  @Inject
  public ReportResource(
      QuarterlyPack pack, Lookup lookup, PackCovers covers, Preconditions preconditions) {
    this.pack = pack;
    this.lookup = lookup;
    this.covers = covers;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public ReportResource() {
    this(null, null, null, null);
  }

  /**
   * @param sections comma-separated section keys, e.g. "cover,summary"; the whole pack if none
   * @param priority, businessUnit optional scope; a scoped pack leaves out the council-wide
   *     appendices unless they are named in {@code sections}
   */
  @GET
  @Path("quarterly")
  public Response quarterly(
      @QueryParam("period") PeriodCode period,
      @QueryParam("format") String format,
      @QueryParam("sections") String sections,
      @QueryParam("priority") Code priority,
      @QueryParam("businessUnit") Code businessUnit) {
    PeriodCode code = PeriodCode.required(period, "period");
    ReportFormat chosen = ReportFormat.parse(format, "format");
    Scope scope = lookup.scope(blankToNull(priority), blankToNull(businessUnit));
    boolean scoped = scope.priority() != null || scope.businessUnit() != null;
    PrintedPack printed =
        pack.print(code, scope, PackSection.parse(sections, scoped, "sections"), chosen);
    return Response.ok(printed.document(), chosen.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + printed.fileName() + "\"")
        // Where a slow pack spends its time, for whoever runs the server (browsers' developer
        // tools show it): reading the data, then JasperReports' fill and export.
        .header(
            "Server-Timing",
            String.format(
                Locale.ROOT,
                "data;dur=%.1f;desc=\"queries and rows\", render;dur=%.1f;desc=\"fill and export\"",
                printed.reading().toNanos() / 1e6,
                printed.rendering().toNanos() / 1e6))
        .build();
  }

  @JsonbPropertyOrder({
    "period",
    "committee",
    "meetingDate",
    "title",
    "authors",
    "exemptParagraph",
    "publication"
  })
  public record CoverView(
      String period,
      String committee,
      LocalDate meetingDate,
      String title,
      List<String> authors,
      Integer exemptParagraph,
      String publication) {
    static CoverView of(PackCover cover) {
      return new CoverView(
          cover.period().code(),
          cover.committee(),
          cover.meetingDate(),
          cover.title(),
          cover.authors(),
          cover.exemptParagraph(),
          PackCover.publicationText(cover.exemptParagraph()));
    }
  }

  /**
   * @param exemptParagraph paragraph 1–7 of Part 1 of Schedule 12A to the Local Government Act
   *     1972; absent for a public report
   */
  public record CoverBody(
      String committee,
      LocalDate meetingDate,
      String title,
      List<String> authors,
      Integer exemptParagraph) {}

  /** The cover the period's pack prints: as set, else the configured committee and a title. */
  @GET
  @Path("covers/{period}")
  @Produces(MediaType.APPLICATION_JSON)
  public CoverView cover(@PathParam("period") PeriodCode period) {
    ReportingPeriod reportingPeriod = lookup.period(PeriodCode.required(period, "period"));
    covers.storedCover(reportingPeriod).ifPresent(preconditions::read); // the default has none
    return CoverView.of(covers.cover(reportingPeriod));
  }

  @PUT
  @Path("covers/{period}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public CoverView describeCover(@PathParam("period") PeriodCode period, @NotNull CoverBody body) {
    preconditions.check(
        covers.storedCover(lookup.period(PeriodCode.required(period, "period"))).orElse(null));
    return CoverView.of(
        preconditions.saved(
            covers.describe(
                PeriodCode.required(period, "period"),
                body.committee(),
                body.meetingDate(),
                body.title(),
                body.authors(),
                body.exemptParagraph())));
  }

  private static Code blankToNull(Code code) {
    return code == null || code.value().isBlank()
        ? null
        : Code.of(code.value().trim(), code.source());
  }
}
