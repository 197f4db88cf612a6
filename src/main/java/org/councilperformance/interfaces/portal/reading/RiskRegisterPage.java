package org.councilperformance.interfaces.portal.reading;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.portal.reading.ReadingRows.RiskRow;

/**
 * The corporate risk register (docs/portal.md#reading): the matrix of open risks by their residual
 * rating, each cell with its band and score, and each risk with its direction of travel. Not tied
 * to a period, as the API's register is not.
 */
@Path("risks")
@RequestScoped
@Transactional
@ReadsOnly
@Produces({MediaType.TEXT_HTML, Csv.TYPE})
public class RiskRegisterPage {
  private final Reading reading;
  private final Pages pages;

  @Context private HttpServletRequest request;

  @Inject
  public RiskRegisterPage(Reading reading, Pages pages) {
    this.reading = reading;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public RiskRegisterPage() {
    this(null, null);
  }

  @GET
  public Response register() {
    Reading.Register register = reading.register();
    Map<String, Object> page = new HashMap<>();
    page.put("frame", PortalFilter.frame(request));
    page.put("matrices", register.matrices());
    page.put("risks", rows(register));
    return pages.page("reading/risks.jte", page);
  }

  @GET
  @Path("register.csv")
  public Response csv() {
    return Csv.download("risk-register", RiskRow.HEADINGS, rows(reading.register()));
  }

  private static List<RiskRow> rows(Reading.Register register) {
    return register.risks().stream().map(RiskRow::new).toList();
  }
}
