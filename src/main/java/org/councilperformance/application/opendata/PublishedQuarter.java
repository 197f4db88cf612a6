package org.councilperformance.application.opendata;

import java.time.Instant;
import java.util.List;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.summary.ActionSummary;
import org.councilperformance.domain.summary.StatusSummary;

/**
 * A published period as the public page shows it (docs/open-data.md): its summary counts, every
 * indicator's status without commentary marked internal, the priorities they serve, and whether its
 * committee pack may be published too.
 *
 * @param publishedAt when the period was last published
 * @param statuses in indicator code order, each {@link IndicatorStatus#asPublished()}
 * @param priorities every priority an indicator serves, in code order
 * @param packPublic false where the period's cover marks the pack exempt from publication (Schedule
 *     12A, docs/reports.md#cover)
 */
public record PublishedQuarter(
    ReportingPeriod period,
    Instant publishedAt,
    StatusSummary summary,
    ActionSummary actions,
    List<IndicatorStatus> statuses,
    List<Priority> priorities,
    boolean packPublic) {

  /** The indicators serving a priority, in code order. */
  public List<IndicatorStatus> serving(Priority priority) {
    return statuses.stream().filter(s -> s.indicator().priorities().contains(priority)).toList();
  }

  /** The indicators serving no priority, in code order. */
  public List<IndicatorStatus> servingNone() {
    return statuses.stream().filter(s -> s.indicator().priorities().isEmpty()).toList();
  }

  /** One row per indicator, as the files carry them. */
  public List<IndicatorRow> rows() {
    return statuses.stream().map(s -> IndicatorRow.of(period, s)).toList();
  }
}
