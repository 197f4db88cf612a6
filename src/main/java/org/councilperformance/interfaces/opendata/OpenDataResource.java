package org.councilperformance.interfaces.opendata;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.application.opendata.IndicatorRow;
import org.councilperformance.application.opendata.PublishedPeriods;
import org.councilperformance.application.opendata.PublishedQuarter;
import org.councilperformance.application.report.PrintedPack;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.ReportFormat;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Pages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every published period without sign-in (docs/open-data.md): the index, each period's page, its
 * indicators as CSV and JSON, every period's as one CSV, and its committee pack as published. Only
 * a published period is found; anything else is the same 404.
 */
@Path("")
@RequestScoped
@Transactional
@ReadsOnly
public class OpenDataResource {
  static final String CSV = "text/csv; charset=UTF-8; header=present";
  static final String JSON = "application/json";

  private final PublishedPeriods published;
  private final Pages pages;
  private final Licence licence;
  private final String council;

  @Context private HttpServletRequest request;
  @Context private HttpHeaders headers;

  @Inject
  public OpenDataResource(
      PublishedPeriods published,
      Pages pages,
      Licence licence,
      @ConfigProperty(name = "council.name", defaultValue = "Council") String council) {
    this.published = published;
    this.pages = pages;
    this.licence = licence;
    this.council = council;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public OpenDataResource() {
    this(null, null, null, "Council");
  }

  /** The published periods, the latest first, each with its page and files. */
  @GET
  public Response index() {
    List<ReportingPeriod> periods = published.all();
    List<Listed> listed = new ArrayList<>();
    for (ReportingPeriod p : periods) {
      listed.add(new Listed(p, published.publishedAt(p)));
    }
    Map<String, Object> page = page();
    page.put("periods", listed);
    return html(pages.render("openData/index.jte", page), published.lastChange());
  }

  /** A published period and when it was published, as the index lists it. */
  public record Listed(ReportingPeriod period, Instant publishedAt) {}

  /** Every published period's indicators in one CSV, the latest period first. */
  @GET
  @Path("indicators.csv")
  public Response allIndicators() {
    List<IndicatorRow> rows = new ArrayList<>();
    for (ReportingPeriod p : published.all()) {
      rows.addAll(published.quarter(p).rows());
    }
    return Published.of(
        headers, Published.utf8(OpenDataFiles.csv(rows)), CSV, published.lastChange(), licence);
  }

  @GET
  @Path("periods/{period}")
  public Response period(@PathParam("period") String code) {
    PublishedQuarter quarter = published.quarter(published.period(code));
    Map<String, Object> page = page();
    page.put("quarter", quarter);
    return html(pages.render("openData/period.jte", page), quarter.publishedAt());
  }

  @GET
  @Path("periods/{period}/indicators.csv")
  public Response csv(@PathParam("period") String code) {
    PublishedQuarter quarter = published.quarter(published.period(code));
    return Published.of(
        headers,
        Published.utf8(OpenDataFiles.csv(quarter.rows())),
        CSV,
        quarter.publishedAt(),
        licence);
  }

  @GET
  @Path("periods/{period}/indicators.json")
  public Response json(@PathParam("period") String code) {
    PublishedQuarter quarter = published.quarter(published.period(code));
    return Published.of(
        headers,
        Published.utf8(OpenDataFiles.json(quarter, council, licence)),
        JSON,
        quarter.publishedAt(),
        licence);
  }

  /** The committee pack as published: PDF. */
  @GET
  @Path("periods/{period}/pack.pdf")
  public Response packPdf(@PathParam("period") String code) {
    return pack(code, ReportFormat.PDF);
  }

  /** The committee pack as published: its accessible HTML twin. */
  @GET
  @Path("periods/{period}/pack.html")
  public Response packHtml(@PathParam("period") String code) {
    return pack(code, ReportFormat.HTML);
  }

  private Response pack(String code, ReportFormat format) {
    ReportingPeriod period = published.period(code);
    Instant publishedAt = published.publishedAt(period);
    PrintedPack printed = published.pack(period, format, publishedAt);
    Response answer =
        Published.of(headers, printed.document(), format.mediaType(), publishedAt, licence);
    return Response.fromResponse(answer)
        .header(
            "Content-Disposition",
            "inline; filename=\"" + printed.fileName().replace("\"", "") + "\"")
        .build();
  }

  private Response html(String body, Instant modified) {
    return Published.of(headers, Published.utf8(body), Pages.HTML.toString(), modified, licence);
  }

  private Map<String, Object> page() {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame(request, council));
    page.put("home", request.getContextPath() + "/open-data/");
    page.put("licence", licence);
    return page;
  }

  /** The frame of a public page: the portal's style sheet, no navigation, nobody signed in. */
  static Frame frame(HttpServletRequest request, String council) {
    return new Frame(request.getContextPath() + "/portal", council, null, null, null, List.of());
  }
}
