package org.councilperformance.interfaces.rest.period;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.councilperformance.application.PeriodService;
import org.councilperformance.domain.period.PeriodType;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.interfaces.rest.Created;

@Path("periods")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeriodResource {
  @Inject private PeriodService periods;

  /**
   * @param code a financial year such as 2018-19 or a quarter such as 2018-19-Q2
   * @param label how reports name the period; a default is made from the code
   */
  public record PeriodRequest(@NotBlank String code, @Size(max = 100) String label) {}

  public record PeriodRevision(@Size(max = 100) String label) {}

  @JsonbPropertyOrder({"code", "type", "financialYear", "quarter", "startDate", "endDate", "label"})
  public record PeriodView(
      String code,
      PeriodType type,
      String financialYear,
      Integer quarter,
      LocalDate startDate,
      LocalDate endDate,
      String label) {
    static PeriodView of(ReportingPeriod p) {
      return new PeriodView(
          p.code(),
          p.type(),
          p.financialYear(),
          p.quarter(),
          p.startDate(),
          p.endDate(),
          p.label());
    }
  }

  @GET
  public List<PeriodView> list() {
    return periods.periods().stream().map(PeriodView::of).toList();
  }

  @POST
  public Response create(@NotNull @Valid PeriodRequest r, @Context UriInfo uriInfo) {
    ReportingPeriod p = periods.create(r.code(), r.label());
    return Created.at(uriInfo, p.code(), PeriodView.of(p));
  }

  @GET
  @Path("{code}")
  public PeriodView get(@PathParam("code") String code) {
    return PeriodView.of(periods.period(code));
  }

  @PUT
  @Path("{code}")
  public PeriodView update(@PathParam("code") String code, @NotNull @Valid PeriodRevision r) {
    return PeriodView.of(periods.relabel(code, r.label()));
  }
}
