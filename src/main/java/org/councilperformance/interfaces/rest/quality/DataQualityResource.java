package org.councilperformance.interfaces.rest.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.councilperformance.application.DataQualityReport;
import org.councilperformance.application.ReadsOnly;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.quality.Finding;

/** Where supplied figures disagree with what the product computes from them. */
@Path("data-quality")
@RequestScoped
@Transactional
@ReadsOnly
@Produces(MediaType.APPLICATION_JSON)
public class DataQualityResource {
  private final DataQualityReport report;

  @Inject
  public DataQualityResource(DataQualityReport report) {
    this.report = report;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public DataQualityResource() {
    this(null);
  }

  @JsonbPropertyOrder({"appendix", "where", "check", "stated", "computed", "difference", "message"})
  public record FindingView(
      String appendix,
      String where,
      String check,
      BigDecimal stated,
      BigDecimal computed,
      BigDecimal difference,
      String message) {
    public static FindingView of(Finding f) {
      return new FindingView(
          f.appendix(),
          f.where(),
          f.check(),
          f.stated(),
          f.computed(),
          f.difference(),
          f.message());
    }
  }

  @GET
  public List<FindingView> list(@QueryParam("period") PeriodCode period) {
    return report.findings(PeriodCode.required(period, "period")).stream()
        .map(FindingView::of)
        .toList();
  }
}
