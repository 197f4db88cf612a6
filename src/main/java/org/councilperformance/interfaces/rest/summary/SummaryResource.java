package org.councilperformance.interfaces.rest.summary;

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
import org.councilperformance.application.IndicatorScope;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.summary.StatusSummary;

@Path("summary")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {
  @Inject private IndicatorService indicators;

  /**
   * Summary counts (DESIGN.md §3.4). {@code onTrack} = greenPlus + green; {@code judged} = total −
   * dataOnly; {@code onTrackPercent} = onTrack ÷ judged, rounded half-up.
   */
  @JsonbPropertyOrder({
    "period",
    "priority",
    "businessUnit",
    "total",
    "greenPlus",
    "green",
    "amber",
    "red",
    "missing",
    "dataOnly",
    "onTrack",
    "judged",
    "onTrackPercent",
    "text"
  })
  public record SummaryView(
      String period,
      String priority,
      String businessUnit,
      int total,
      int greenPlus,
      int green,
      int amber,
      int red,
      int missing,
      int dataOnly,
      int onTrack,
      int judged,
      BigDecimal onTrackPercent,
      String text) {}

  @GET
  public SummaryView summary(
      @QueryParam("period") String period,
      @QueryParam("priority") String priority,
      @QueryParam("businessUnit") String businessUnit) {
    String code = PeriodCode.parse(period, "period").toString();
    StatusSummary s = indicators.summarise(code, new IndicatorScope(priority, businessUnit));
    return new SummaryView(
        code,
        priority,
        businessUnit,
        s.total(),
        s.greenPlus(),
        s.green(),
        s.amber(),
        s.red(),
        s.missing(),
        s.dataOnly(),
        s.onTrack(),
        s.judged(),
        s.onTrackPercent(),
        s.text());
  }
}
