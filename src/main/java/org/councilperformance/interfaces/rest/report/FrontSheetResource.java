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
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.report.PackCovers;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.report.ContactOfficer;
import org.councilperformance.domain.report.FrontSheet;
import org.councilperformance.domain.report.Implications;
import org.councilperformance.domain.report.PackCover;
import org.councilperformance.interfaces.rest.Preconditions;

/**
 * The committee front sheet of a period's pack (docs/reports.md#the-front-sheet), kept with its
 * cover: the two share one version, so the ETag of one is the ETag of the other. Everyone signed in
 * may read it; only admins set it, until the period is published.
 */
@Path("reports/front-sheets")
@RequestScoped
@Transactional
public class FrontSheetResource {
  private final Lookup lookup;
  private final PackCovers covers;
  private final Preconditions preconditions;

  @Inject
  public FrontSheetResource(Lookup lookup, PackCovers covers, Preconditions preconditions) {
    this.lookup = lookup;
    this.covers = covers;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public FrontSheetResource() {
    this(null, null, null);
  }

  /** A contact officer: a telephone number or an email address, or both. */
  public record ContactOfficerBody(String name, String post, String phone, String email) {}

  /** Each a short text ("None" is an answer); absent or blank when not stated. */
  public record ImplicationsBody(
      String financial, String legal, String risk, String equalities, String climate) {}

  /** Every part is optional; a PUT replaces the whole front sheet. */
  public record FrontSheetBody(
      String purpose,
      List<String> recommendations,
      List<ContactOfficerBody> contactOfficers,
      ImplicationsBody implications,
      List<String> backgroundPapers) {
    FrontSheet toFrontSheet() {
      List<ContactOfficer> officers = new ArrayList<>();
      List<ContactOfficerBody> given = contactOfficers == null ? List.of() : contactOfficers;
      for (int i = 0; i < given.size(); i++) {
        ContactOfficerBody o = given.get(i);
        String field = "contactOfficers[" + i + "]";
        officers.add(
            o == null
                ? ContactOfficer.of(null, null, null, null, field)
                : ContactOfficer.of(o.name(), o.post(), o.phone(), o.email(), field));
      }
      ImplicationsBody i = implications;
      return new FrontSheet(
          purpose,
          recommendations,
          officers,
          i == null
              ? Implications.NONE_STATED
              : new Implications(i.financial(), i.legal(), i.risk(), i.equalities(), i.climate()),
          backgroundPapers);
    }
  }

  @JsonbPropertyOrder({
    "period",
    "purpose",
    "recommendations",
    "contactOfficers",
    "implications",
    "backgroundPapers"
  })
  public record FrontSheetView(
      String period,
      String purpose,
      List<String> recommendations,
      List<ContactOfficerBody> contactOfficers,
      ImplicationsBody implications,
      List<String> backgroundPapers) {
    static FrontSheetView of(PackCover cover) {
      FrontSheet sheet = cover.frontSheet();
      Implications i = sheet.implications();
      return new FrontSheetView(
          cover.period().code(),
          sheet.purpose(),
          sheet.recommendations(),
          sheet.contactOfficers().stream()
              .map(o -> new ContactOfficerBody(o.name(), o.post(), o.phone(), o.email()))
              .toList(),
          new ImplicationsBody(i.financial(), i.legal(), i.risk(), i.equalities(), i.climate()),
          sheet.backgroundPapers());
    }
  }

  /** The front sheet the period's pack prints; empty parts until an admin sets them. */
  @GET
  @Path("{period}")
  @Produces(MediaType.APPLICATION_JSON)
  public FrontSheetView frontSheet(@PathParam("period") PeriodCode period) {
    ReportingPeriod reportingPeriod = lookup.period(PeriodCode.required(period, "period"));
    covers.storedCover(reportingPeriod).ifPresent(preconditions::read); // the default has none
    return FrontSheetView.of(covers.cover(reportingPeriod));
  }

  @PUT
  @Path("{period}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public FrontSheetView writeFrontSheet(
      @PathParam("period") PeriodCode period, @NotNull FrontSheetBody body) {
    PeriodCode code = PeriodCode.required(period, "period");
    preconditions.check(covers.storedCover(lookup.period(code)).orElse(null));
    return FrontSheetView.of(
        preconditions.saved(covers.writeFrontSheet(code, body.toFrontSheet())));
  }
}
