package org.councilperformance.interfaces.rest.intervention;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.councilperformance.application.ExceptionReport;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.rest.intervention.InterventionPlanResource.PlanView;

/** The exception report: what is off track, what is said about it, and what is being done. */
@Path("exceptions")
@RequestScoped
@Transactional
@ReadsOnly
@Produces(MediaType.APPLICATION_JSON)
public class ExceptionResource {
  private final ExceptionReport report;
  private final Lookup lookup;

  @Inject
  public ExceptionResource(ExceptionReport report, Lookup lookup) {
    this.report = report;
    this.lookup = lookup;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public ExceptionResource() {
    this(null, null);
  }

  /**
   * A red or amber item, or a missing figure. {@code missingPlan} and {@code missingCommentary}
   * mark a red item with no intervention plan in force, or with no commentary, for the period;
   * {@code reportedStatus} is the status the council printed, {@code missing} what is missing.
   */
  @JsonbPropertyOrder({
    "kind",
    "code",
    "name",
    "businessUnit",
    "status",
    "reportedStatus",
    "commentary",
    "missing",
    "missingPlan",
    "missingCommentary",
    "plans"
  })
  public record ItemView(
      OffTrackItem.Kind kind,
      String code,
      String name,
      String businessUnit,
      RagStatus status,
      RagStatus reportedStatus,
      String commentary,
      String missing,
      boolean missingPlan,
      boolean missingCommentary,
      List<PlanView> plans) {
    static ItemView of(OffTrackItem i) {
      return new ItemView(
          i.kind(),
          i.code(),
          i.name(),
          i.businessUnit(),
          i.status(),
          i.reportedStatus(),
          i.commentary(),
          i.missing(),
          i.lacksPlan(),
          i.lacksCommentary(),
          i.plans().stream().map(PlanView::of).toList());
    }
  }

  @GET
  public List<ItemView> list(
      @QueryParam("period") PeriodCode period,
      @QueryParam("priority") Code priority,
      @QueryParam("businessUnit") Code businessUnit) {
    PeriodCode code = PeriodCode.required(period, "period");
    return report.items(code, lookup.scope(priority, businessUnit)).stream()
        .map(ItemView::of)
        .toList();
  }
}
