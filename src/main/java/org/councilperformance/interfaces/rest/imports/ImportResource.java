package org.councilperformance.interfaces.rest.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.councilperformance.application.ActionImportService;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.QuarterImportService;
import org.councilperformance.application.Scope;
import org.councilperformance.application.SheetImportService;
import org.councilperformance.application.SheetOutcome;
import org.councilperformance.application.UploadedSheet;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.period.PeriodCode;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * A quarter's figures as a sheet (docs/api.md#imports): the template with what is stored, as CSV or
 * XLSX, an upload's preview, and applying it all or nothing, as the uploader.
 */
@Path("imports")
@RequestScoped
@Transactional
public class ImportResource {
  static final String CSV = "text/csv";

  private static final MediaType WORKBOOK = MediaType.valueOf(QuarterSheetXlsx.MEDIA_TYPE);
  private static final MediaType MACRO_ENABLED =
      MediaType.valueOf(QuarterSheetXlsx.MACRO_ENABLED_MEDIA_TYPE);

  private final QuarterImportService imports;
  private final ActionImportService actionImports;
  private final SheetImportService sheets;
  private final Lookup lookup;

  @Inject
  public ImportResource(
      QuarterImportService imports,
      ActionImportService actionImports,
      SheetImportService sheets,
      Lookup lookup) {
    this.imports = imports;
    this.actionImports = actionImports;
    this.sheets = sheets;
    this.lookup = lookup;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public ImportResource() {
    this(null, null, null, null);
  }

  /** What an upload does, or would do, row by row. */
  public record ImportView(
      String period,
      boolean applied,
      int created,
      int changed,
      int unchanged,
      int errors,
      List<RowView> rows) {
    static ImportView of(PeriodCode period, boolean applied, List<SheetOutcome> outcomes) {
      return new ImportView(
          period.toString(),
          applied,
          SheetOutcome.count(outcomes, SheetOutcome.Kind.CREATED),
          SheetOutcome.count(outcomes, SheetOutcome.Kind.CHANGED),
          SheetOutcome.count(outcomes, SheetOutcome.Kind.UNCHANGED),
          SheetOutcome.count(outcomes, SheetOutcome.Kind.ERROR),
          outcomes.stream().map(RowView::of).toList());
    }
  }

  /**
   * @param outcome CREATED, CHANGED, UNCHANGED or ERROR
   */
  public record RowView(
      int row, String code, String outcome, List<ChangeView> changes, List<ErrorView> errors) {
    static RowView of(SheetOutcome o) {
      return new RowView(
          o.row(),
          o.code(),
          o.kind().name(),
          o.changes().stream().map(c -> new ChangeView(c.column(), c.from(), c.to())).toList(),
          o.errors().stream().map(ErrorView::of).toList());
    }
  }

  public record ChangeView(String column, String from, String to) {}

  public record ErrorView(int row, String column, String reason) {
    static ErrorView of(RowError e) {
      return new ErrorView(e.row(), e.column(), e.reason());
    }
  }

  /**
   * The period's sheet: a row per indicator of its set with codes, names, targets, last period's
   * actual and what is entered, as CSV (UTF-8 with a byte-order mark) or an XLSX workbook; or, with
   * {@code sheet=actions}, a row per action of its report with its update
   * (docs/api.md#actions-sheet).
   *
   * @param period e.g. 2018-19-Q2
   * @param businessUnit only this business unit's indicators or actions
   * @param format csv (when left out) or xlsx
   * @param sheet indicators (when left out) or actions
   */
  @GET
  @Path("template")
  @Produces({CSV, QuarterSheetXlsx.MEDIA_TYPE})
  public Response template(
      @QueryParam("period") PeriodCode period,
      @QueryParam("businessUnit") Code businessUnit,
      @QueryParam("format") String format,
      @QueryParam("sheet") String sheet) {
    PeriodCode code = PeriodCode.required(period, "period");
    SheetFiles.Format chosen = formatAsked(format);
    boolean ofActions = actionsAsked(sheet);
    Scope scope = lookup.scope(null, businessUnit);
    String name =
        (ofActions ? "actions-" : "quarter-")
            + code
            + (businessUnit == null ? "" : "-" + businessUnit)
            + chosen.extension();
    byte[] file =
        ofActions
            ? SheetFiles.writeActions(chosen, actionImports.template(code, scope))
            : SheetFiles.writeIndicators(chosen, imports.template(code, scope));
    return Response.ok(file, chosen.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  private static boolean actionsAsked(String sheet) {
    if (sheet == null || sheet.equalsIgnoreCase("indicators")) {
      return false;
    }
    if (sheet.equalsIgnoreCase("actions")) {
      return true;
    }
    throw new MalformedValueException("sheet", "sheet must be indicators or actions");
  }

  private static SheetFiles.Format formatAsked(String format) {
    if (format == null || format.equalsIgnoreCase("csv")) {
      return SheetFiles.Format.CSV;
    }
    if (format.equalsIgnoreCase("xlsx")) {
      return SheetFiles.Format.XLSX;
    }
    throw new MalformedValueException("format", "format must be csv or xlsx");
  }

  /** What loading the sheet would do, row by row; nothing is saved. */
  @POST
  @Path("preview")
  @Consumes({
    CSV,
    MediaType.TEXT_PLAIN,
    QuarterSheetXlsx.MEDIA_TYPE,
    QuarterSheetXlsx.MACRO_ENABLED_MEDIA_TYPE
  })
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = ImportView.class, responseDescription = "Each row's outcome")
  public Response preview(
      @QueryParam("period") PeriodCode period,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
      InputStream body) {
    PeriodCode code = PeriodCode.required(period, "period");
    return Response.ok(ImportView.of(code, false, sheets.preview(code, rows(type, length, body))))
        .build();
  }

  /**
   * Loads every row of the sheet, or none: any row's error answers 422 listing every error, and
   * nothing is saved.
   */
  @POST
  @Path("apply")
  @Consumes({
    CSV,
    MediaType.TEXT_PLAIN,
    QuarterSheetXlsx.MEDIA_TYPE,
    QuarterSheetXlsx.MACRO_ENABLED_MEDIA_TYPE
  })
  @Produces(MediaType.APPLICATION_JSON)
  @APIResponseSchema(value = ImportView.class, responseDescription = "Each row's outcome")
  public Response apply(
      @QueryParam("period") PeriodCode period,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
      InputStream body) {
    PeriodCode code = PeriodCode.required(period, "period");
    return Response.ok(ImportView.of(code, true, sheets.apply(code, rows(type, length, body))))
        .build();
  }

  /**
   * The upload's rows, read by its content type, refused unread when its declared length passes the
   * limit; a macro-enabled workbook is refused before it is opened.
   */
  private static UploadedSheet rows(MediaType type, Long length, InputStream body) {
    if (type != null && type.isCompatible(MACRO_ENABLED)) {
      throw new InvalidValueException("body", QuarterSheetXlsx.MACRO_ENABLED_REFUSAL);
    }
    return SheetFiles.read(
        type != null && type.isCompatible(WORKBOOK)
            ? SheetFiles.Format.XLSX
            : SheetFiles.Format.CSV,
        QuarterSheet.upload(length, body));
  }
}
