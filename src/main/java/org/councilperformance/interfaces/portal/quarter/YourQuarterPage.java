package org.councilperformance.interfaces.portal.quarter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.portal.Flash;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;

/**
 * Home: "Your quarter" — for each of the person's business units, what is due in the period and
 * where it stands, and the unit's submission (docs/portal.md#your-quarter).
 */
@Path("")
@RequestScoped
@Transactional
@Produces(MediaType.TEXT_HTML)
public class YourQuarterPage {
  private final QuarterTasks tasks;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public YourQuarterPage(QuarterTasks tasks, Pages pages) {
    this.tasks = tasks;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public YourQuarterPage() {
    this(null, null);
  }

  @GET
  @ReadsOnly
  public Response home(@QueryParam("period") PeriodCode period) {
    UserAccount person = PortalFilter.account(request);
    if (person.role() == Role.VIEWER && period == null) {
      // A councillor enters nothing: their home is the council overview (docs/portal.md#reading).
      return Pages.seeOther(uriInfo, uriInfo.getBaseUri().getPath() + "overview");
    }
    var frame = PortalFilter.frame(request);
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame);
    page.put("notice", Flash.take(request));
    QuarterTasks.Quarter quarter = tasks.quarterFor(period);
    page.put("quarter", quarter);
    page.put(
        "units",
        quarter == null || person.role() == Role.VIEWER
            ? List.of()
            : tasks.unitsOf(person, quarter, frame.base()));
    page.put("viewer", person.role() == Role.VIEWER);
    return pages.page("yourQuarter.jte", page);
  }
}
