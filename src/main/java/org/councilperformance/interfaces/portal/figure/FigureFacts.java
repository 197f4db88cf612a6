package org.councilperformance.interfaces.portal.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilperformance.application.IndicatorHistory;
import org.councilperformance.application.IndicatorService;
import org.councilperformance.application.PeriodService;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorChange;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.interfaces.portal.Words;

/**
 * What the figure page shows beside the form: the indicator, the period's target and status as
 * stored, the last periods' figures, and a page of the indicator's history as the API's GET
 * /api/indicators/{code}/history reads it (docs/portal.md#entering-a-figure).
 */
@ApplicationScoped
public class FigureFacts {
  /** Periods of figures shown beside the field. */
  static final int RECENT = 4;

  /** Change sets per page of history. */
  public static final int HISTORY_PAGE = 10;

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy h:mma", Locale.UK);

  /** The history's field names in words. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("target", "Target"),
          Map.entry("actual", "Figure"),
          Map.entry("missingReason", "Reason there is no figure"),
          Map.entry("commentary", "Commentary"),
          Map.entry("statusOverride", "Status set by the performance team"),
          Map.entry("overrideReason", "Reason for the status set"),
          Map.entry("reportedStatus", "Status printed by the council"),
          Map.entry("ownForecast", "Year-end forecast"),
          Map.entry("ownForecastStatus", "Year-end forecast status"),
          Map.entry("periodState", "Period"),
          Map.entry("reopenReason", "Reason the period was reopened"));

  /** A row of the recent figures table. */
  public record Recent(String period, String target, String figure, String status) {}

  /** A row of the history table, in words. */
  public record Change(
      String when, String who, String period, String what, String from, String to) {}

  /**
   * @param status the period's figure and status as stored now
   * @param olderThan where the next page of history starts, or null on its last page
   */
  public record Facts(
      Indicator indicator,
      ReportingPeriod period,
      IndicatorStatus status,
      List<Recent> recent,
      List<Change> changes,
      Long olderThan) {
    /** The indicator's unit and polarity in words, e.g. "Percent; higher is better". */
    public String measuredAs() {
      return Words.of(indicator.unit()) + "; " + indicator.polarity().words();
    }
  }

  private final IndicatorService indicators;
  private final IndicatorHistory history;
  private final PeriodService periods;

  @Inject
  public FigureFacts(IndicatorService indicators, IndicatorHistory history, PeriodService periods) {
    this.indicators = indicators;
    this.history = history;
    this.periods = periods;
  }

  /** For CDI's client proxy only. */
  protected FigureFacts() {
    this(null, null, null);
  }

  public ReportingPeriod period(PeriodCode code) {
    return periods.period(code);
  }

  /**
   * @param before the history page's cursor; null for its newest page
   */
  public Facts of(Code code, PeriodCode periodCode, Long before) {
    Indicator indicator = indicators.indicator(code);
    ReportingPeriod period = periods.period(periodCode);
    List<Measurement> earlier =
        indicators.measurements(code).stream()
            .filter(m -> m.period().type() == period.type())
            .filter(m -> m.period().startDate().isBefore(period.startDate()))
            .toList();
    List<Recent> recent =
        earlier.subList(Math.max(0, earlier.size() - RECENT), earlier.size()).stream()
            .map(m -> recent(code, m))
            .toList();
    IndicatorHistory.Page page =
        history.page(code, before == null ? Long.MAX_VALUE : before, HISTORY_PAGE);
    return new Facts(
        indicator,
        period,
        indicators.statusOf(code, periodCode),
        recent,
        page.changes().stream().map(FigureFacts::change).toList(),
        page.olderThan());
  }

  private Recent recent(Code code, Measurement m) {
    IndicatorStatus status = indicators.statusOf(code, m.period().periodCode());
    return new Recent(
        m.period().label(),
        status.target() == null ? "None set" : Words.number(status.target()),
        m.value() != null ? Words.number(m.value()) : "No figure: " + m.missingReason(),
        Words.status(status.status()));
  }

  /** A change as the history tables print it. */
  public static Change change(IndicatorChange c) {
    return new Change(
        WHEN.format(c.at().atZone(LONDON)).replace("AM", "am").replace("PM", "pm"),
        c.by(),
        c.period(),
        FIELDS.getOrDefault(c.field(), c.field()),
        c.oldValue() == null ? "(none)" : c.oldValue(),
        c.newValue() == null ? "(none)" : c.newValue());
  }
}
