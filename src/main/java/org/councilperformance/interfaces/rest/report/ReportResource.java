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
import org.councilperformance.application.ReportingScope;
import org.councilperformance.application.report.Pack;
import org.councilperformance.application.report.QuarterlyPack;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.report.PackCover;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.councilperformance.infrastructure.report.PackRenderer;

/**
 * The quarterly committee pack (docs/reports.md) as PDF, XLSX or DOCX. Everyone signed in may
 * render it; only admins set its cover.
 */
@Path("reports")
@RequestScoped
public class ReportResource {
  @Inject private QuarterlyPack pack;
  @Inject private PackRenderer renderer;
  @Inject private Lookup lookup;

  /**
   * @param sections comma-separated section keys, e.g. "cover,summary"; the whole pack if none
   * @param priority, businessUnit optional scope; a scoped pack leaves out the council-wide
   *     appendices unless they are named in {@code sections}
   */
  @GET
  @Path("quarterly")
  public Response quarterly(
      @QueryParam("period") String period,
      @QueryParam("format") String format,
      @QueryParam("sections") String sections,
      @QueryParam("priority") String priority,
      @QueryParam("businessUnit") String businessUnit) {
    String code = PeriodCode.parse(period, "period").toString();
    ReportFormat chosen = ReportFormat.parse(format, "format");
    ReportingScope scope = new ReportingScope(blankToNull(priority), blankToNull(businessUnit));
    boolean scoped = scope.priority() != null || scope.businessUnit() != null;
    long start = System.nanoTime();
    Pack assembled = pack.assemble(code, scope, PackSection.parse(sections, scoped, "sections"));
    long assembledAt = System.nanoTime();
    byte[] document = renderer.render(assembled, chosen);
    long renderedAt = System.nanoTime();
    return Response.ok(document, chosen.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + assembled.fileStem() + "." + chosen.extension() + "\"")
        // Where a slow pack spends its time, for whoever runs the server (browsers' developer
        // tools show it): reading the data, then JasperReports' fill and export.
        .header(
            "Server-Timing",
            String.format(
                Locale.ROOT,
                "data;dur=%.1f;desc=\"queries and rows\", render;dur=%.1f;desc=\"fill and export\"",
                (assembledAt - start) / 1e6,
                (renderedAt - assembledAt) / 1e6))
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
  @Transactional
  public CoverView cover(@PathParam("period") String period) {
    return CoverView.of(
        pack.cover(lookup.period(PeriodCode.parse(period, "period").toString(), "period")));
  }

  @PUT
  @Path("covers/{period}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Transactional
  public CoverView describeCover(@PathParam("period") String period, @NotNull CoverBody body) {
    return CoverView.of(
        pack.describeCover(
            PeriodCode.parse(period, "period").toString(),
            body.committee(),
            body.meetingDate(),
            body.title(),
            body.authors(),
            body.exemptParagraph()));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
