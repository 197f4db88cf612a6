package org.councilperformance.interfaces.rest.period;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.councilperformance.application.BasketService;
import org.councilperformance.application.BasketService.BasketCopy;
import org.councilperformance.domain.period.PeriodCode;

/** A financial year's basket copied into the next year (docs/rules.md#copying-a-years-basket). */
@Path("periods/{year}/basket-copy")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class BasketResource {
  private final BasketService baskets;

  @Inject
  public BasketResource(BasketService baskets) {
    this.baskets = baskets;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public BasketResource() {
    this(null);
  }

  @JsonbPropertyOrder({
    "year",
    "nextYear",
    "indicatorsCarried",
    "indicatorsExtended",
    "actionsCarried",
    "actionsExtended",
    "targetsCopied",
    "targetsKept"
  })
  public record BasketCopyView(
      String year,
      String nextYear,
      List<String> indicatorsCarried,
      List<String> indicatorsExtended,
      List<String> actionsCarried,
      List<String> actionsExtended,
      int targetsCopied,
      int targetsKept) {
    static BasketCopyView of(BasketCopy c) {
      return new BasketCopyView(
          c.year().toString(),
          c.nextYear().toString(),
          c.indicatorsCarried(),
          c.indicatorsExtended(),
          c.actionsCarried(),
          c.actionsExtended(),
          c.targetsCopied(),
          c.targetsKept());
    }
  }

  /**
   * Carries the year's indicators and actions, and the indicators' targets, into the next financial
   * year, which must be set up. Admin only; copying again changes nothing.
   *
   * @param year a financial year such as 2019-20
   */
  @POST
  @Consumes(MediaType.WILDCARD) // no body
  public BasketCopyView copy(@PathParam("year") PeriodCode year) {
    return BasketCopyView.of(baskets.copyToNextYear(year.readFrom("year")));
  }
}
