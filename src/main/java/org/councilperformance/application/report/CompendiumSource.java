package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.period.PeriodType;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.trend.IndicatorTrend;

/**
 * The appendix listing every indicator in scope: target, actual, status and the rule that set it,
 * direction of travel, the same period last year, earlier years' outturns and the commentary.
 */
@ApplicationScoped
public class CompendiumSource implements SectionSource {
  /** The trend columns, each printed only when some indicator has a figure for it. */
  static final PrintedColumns COLUMNS =
      new PrintedColumns(
          "indicators",
          r -> true,
          List.of(
              new PrintedColumns.Column(
                  "compendium.previous", "previousActual", "the previous period's actual"),
              new PrintedColumns.Column(
                  "compendium.sincePrevious", "sincePrevious", "direction since then"),
              new PrintedColumns.Column(
                  "compendium.lastYear", "lastYearActual", "the same period last year"),
              new PrintedColumns.Column(
                  "compendium.sinceLastYear", "sinceLastYear", "direction since last year"),
              new PrintedColumns.Column("compendium.outturns", "outturns", "earlier years")));

  private final EntityManager em;

  @Inject
  public CompendiumSource(EntityManager em) {
    this.em = em;
  }

  /** For CDI's client proxy only. */
  protected CompendiumSource() {
    this(null);
  }

  @Override
  public PackSection section() {
    return PackSection.INDICATORS;
  }

  @Override
  public SectionContent content(PackContext context) {
    List<Map<String, Object>> rows =
        rows(context.statuses(), context.trends(), earlierOutturns(context));
    Map<String, Object> parameters = new HashMap<>(PrintedColumns.parameters(rows, COLUMNS));
    parameters.put(
        "SAME_PERIOD_LAST_YEAR", FigureFormats.label(context.period().periodCode().sameLastYear()));
    parameters.put(
        "PREVIOUS_PERIOD", FigureFormats.label(context.period().periodCode().previous()));
    return new SectionContent(section(), "IndicatorCompendium", rows, parameters);
  }

  /** A row per indicator, in priority then code order, with its earlier years' outturns. */
  static List<Map<String, Object>> rows(
      List<IndicatorStatus> statuses, List<IndicatorTrend> trends, Map<Long, String> outturns) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < statuses.size(); i++) {
      Map<String, Object> row = IndicatorRows.of(statuses.get(i), trends.get(i));
      row.put("outturns", outturns.getOrDefault(statuses.get(i).indicator().id(), ""));
      rows.add(row);
    }
    rows.sort(IndicatorRows.byPriorityThenCode());
    return rows;
  }

  /** Earlier financial years' outturns per indicator, e.g. "2016/17: 12.3; 2017/18: 11.9". */
  private Map<Long, String> earlierOutturns(PackContext context) {
    Map<Long, TreeMap<String, BigDecimal>> byIndicator = new HashMap<>();
    Map<Long, FigureFormats.Kind> kinds = new HashMap<>();
    em.createQuery(
            "select m from Measurement m join fetch m.period p"
                + " where p.type = :year and p.code < :current and m.value is not null",
            Measurement.class)
        .setParameter("year", PeriodType.YEAR)
        .setParameter("current", context.period().periodCode().year().toString())
        .getResultStream()
        .forEach(
            m -> {
              byIndicator
                  .computeIfAbsent(m.indicator().id(), id -> new TreeMap<>())
                  .put(m.period().financialYear(), m.value());
              kinds.put(m.indicator().id(), FigureFormats.of(m.indicator().unit()));
            });
    Map<Long, String> text = new HashMap<>();
    byIndicator.forEach(
        (id, years) -> {
          List<String> parts = new ArrayList<>();
          years.forEach(
              (year, value) ->
                  parts.add(
                      FigureFormats.periodsAsLabels(year)
                          + ": "
                          + FigureFormats.text(value, kinds.get(id))));
          text.put(id, String.join("; ", parts));
        });
    return text;
  }
}
