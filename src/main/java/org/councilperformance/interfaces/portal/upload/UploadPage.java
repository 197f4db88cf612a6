package org.councilperformance.interfaces.portal.upload;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.ActionImportService;
import org.councilperformance.application.ActionSheetLine;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.QuarterImportService;
import org.councilperformance.application.Scope;
import org.councilperformance.application.SheetImportService;
import org.councilperformance.application.SheetLine;
import org.councilperformance.application.SheetOutcome;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.PayloadTooLargeException;
import org.councilperformance.domain.RowsRejectedException;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.rest.imports.SheetFiles;

/**
 * Loading a quarter's figures from a spreadsheet (docs/portal.md#uploading-a-sheet): download the
 * template, upload it filled in, look at what every row would change, then apply it all or nothing.
 * The rows are read and loaded exactly as the API's imports are (docs/api.md#imports).
 */
@Path("quarters/{period}/upload")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class UploadPage {
  /** The file input's name and id. */
  static final String FILE_FIELD = "sheet";

  private final QuarterImportService imports;
  private final ActionImportService actionImports;
  private final SheetImportService sheets;
  private final AccessPolicy access;
  private final Lookup lookup;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public UploadPage(
      QuarterImportService imports,
      ActionImportService actionImports,
      SheetImportService sheets,
      AccessPolicy access,
      Lookup lookup,
      Pages pages) {
    this.imports = imports;
    this.actionImports = actionImports;
    this.sheets = sheets;
    this.access = access;
    this.lookup = lookup;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public UploadPage() {
    this(null, null, null, null, null, null);
  }

  @GET
  public Response form(@PathParam("period") PeriodCode period) {
    requireMayUpload();
    return form(lookup.period(period), FormErrors.none(), 200);
  }

  /**
   * The person's figures template: every indicator of the period's set they enter figures for (the
   * whole council for the performance team), with what is stored.
   *
   * @param extension "csv" or "xlsx"
   */
  @GET
  @Path("template.{extension}")
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  public Response template(
      @PathParam("period") PeriodCode period, @PathParam("extension") String extension) {
    requireMayUpload();
    SheetFiles.Format format = SheetFiles.ofFileName("." + extension, "format");
    UserAccount person = PortalFilter.account(request);
    List<SheetLine> lines =
        imports.template(period, Scope.WHOLE_COUNCIL).stream()
            .filter(line -> entersFiguresOf(person, line.indicator().businessUnit()))
            .toList();
    return file("quarter-" + period, format, SheetFiles.writeIndicators(format, lines));
  }

  /** The person's actions template: the period's actions of their units, with their updates. */
  @GET
  @Path("actions-template.{extension}")
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  public Response actionsTemplate(
      @PathParam("period") PeriodCode period, @PathParam("extension") String extension) {
    requireMayUpload();
    SheetFiles.Format format = SheetFiles.ofFileName("." + extension, "format");
    UserAccount person = PortalFilter.account(request);
    List<ActionSheetLine> lines =
        actionImports.template(period, Scope.WHOLE_COUNCIL).stream()
            .filter(line -> entersFiguresOf(person, line.action().businessUnit()))
            .toList();
    return file("actions-" + period, format, SheetFiles.writeActions(format, lines));
  }

  private static Response file(String name, SheetFiles.Format format, byte[] bytes) {
    return Response.ok(bytes, format.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + name + format.extension() + "\"")
        .build();
  }

  private static boolean entersFiguresOf(UserAccount person, BusinessUnit unit) {
    return person.role() == Role.ADMIN || (unit != null && person.actsFor(unit));
  }

  /** Reads the chosen file and shows what loading it would change; nothing is saved. */
  @POST
  @jakarta.ws.rs.Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response preview(@PathParam("period") PeriodCode period) {
    requireMayUpload();
    ReportingPeriod reporting = lookup.period(period);
    PendingUpload upload;
    List<SheetOutcome> outcomes;
    try {
      upload = chosenFile(period);
      outcomes = sheets.preview(period, SheetFiles.read(upload.format(), upload.bytes()));
    } catch (InvalidValueException | MalformedValueException | PayloadTooLargeException e) {
      return form(reporting, fileError(e), 422);
    } catch (ConflictException e) {
      return form(reporting, fileError(e), 409);
    }
    PendingUpload.keep(request, upload);
    return preview(reporting, upload, outcomes, 200);
  }

  /** Loads the previewed file, all of it or nothing, as the uploader. */
  @POST
  @Path("apply")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response apply(@PathParam("period") PeriodCode period, @FormParam("upload") String id) {
    requireMayUpload();
    ReportingPeriod reporting = lookup.period(period);
    PendingUpload upload = PendingUpload.find(request, id, period);
    if (upload == null) {
      return form(
          reporting,
          FormErrors.none()
              .add(
                  FILE_FIELD,
                  "The file you checked is no longer held (you signed out, or checked another)."
                      + " Choose it again"),
          409);
    }
    List<SheetOutcome> outcomes;
    try {
      outcomes = sheets.apply(period, SheetFiles.read(upload.format(), upload.bytes()));
    } catch (RowsRejectedException e) {
      // Something changed since the preview (another upload, a figure entered, a unit
      // reassigned): show what the file would do now. The transaction rolls back.
      return preview(
          reporting,
          upload,
          sheets.preview(period, SheetFiles.read(upload.format(), upload.bytes())),
          422);
    } catch (ConflictException e) {
      return form(reporting, fileError(e), 409);
    }
    PendingUpload.forget(request);
    Flash.set(request, UploadSummary.of(outcomes).sentence(upload.fileName()));
    Frame frame = PortalFilter.frame(request);
    return Pages.seeOther(uriInfo, frame.href("/?period=" + period));
  }

  /**
   * The file of the form's file field, read whole (at most {@link SheetFiles#MAX_BYTES}).
   *
   * @throws InvalidValueException naming the field for no file, an empty one or another kind
   */
  private PendingUpload chosenFile(PeriodCode period) {
    Part part;
    try {
      part = request.getPart(FILE_FIELD);
    } catch (IOException | ServletException | IllegalStateException e) {
      throw new PayloadTooLargeException(SheetFiles.MAX_BYTES);
    }
    if (part == null
        || part.getSubmittedFileName() == null
        || part.getSubmittedFileName().isBlank()) {
      throw new InvalidValueException(FILE_FIELD, "Select a CSV or XLSX file");
    }
    if (part.getSize() == 0) {
      throw new InvalidValueException(FILE_FIELD, "The selected file is empty");
    }
    if (part.getSize() > SheetFiles.MAX_BYTES) {
      throw new PayloadTooLargeException(SheetFiles.MAX_BYTES);
    }
    SheetFiles.Format format = SheetFiles.ofFileName(part.getSubmittedFileName(), FILE_FIELD);
    try (InputStream in = part.getInputStream()) {
      return PendingUpload.of(
          period, baseName(part.getSubmittedFileName()), format, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's own name: some browsers send the path it was chosen from. */
  private static String baseName(String submitted) {
    return submitted.substring(
        Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
  }

  /**
   * A refusal of the whole file (unreadable, too large, the period locked) as the file field's
   * message, in the words the API answers.
   */
  private static FormErrors fileError(BusinessException e) {
    String message =
        e instanceof PayloadTooLargeException
            ? "The selected file must be smaller than 2 MB"
            : e.getMessage();
    return FormErrors.none()
        .add(FILE_FIELD, Character.toUpperCase(message.charAt(0)) + message.substring(1));
  }

  private Response form(ReportingPeriod period, FormErrors errors, int status) {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", PortalFilter.frame(request));
    page.put("period", period);
    page.put("errors", errors);
    return pages.page(status, "upload/upload.jte", page);
  }

  private Response preview(
      ReportingPeriod period, PendingUpload upload, List<SheetOutcome> outcomes, int status) {
    Map<String, Object> page = new HashMap<>();
    page.put("frame", PortalFilter.frame(request));
    page.put("period", period);
    page.put("upload", upload);
    page.put("summary", UploadSummary.of(outcomes));
    return pages.page(status, "upload/preview.jte", page);
  }

  /** The same rule as POST /api/imports/preview: admins and editors. */
  private void requireMayUpload() {
    access.checkRequest("POST", "imports/preview", PortalFilter.account(request));
  }
}
