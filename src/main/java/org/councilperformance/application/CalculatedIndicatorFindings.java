package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.quality.Consistency;
import org.councilperformance.domain.quality.Finding;

/**
 * Calculated indicators whose printed figure their formula does not give, for the data-quality
 * report (docs/rules.md#calculated-indicators): the figure counted is the calculated one, the
 * finding says where the council's own table disagrees.
 */
@ApplicationScoped
public class CalculatedIndicatorFindings implements FindingSource {
  private final EntityManager em;

  @Inject
  public CalculatedIndicatorFindings(EntityManager em) {
    this.em = em;
  }

  /** For CDI's client proxy only. */
  protected CalculatedIndicatorFindings() {
    this(null);
  }

  @Override
  public List<Finding> findings(ReportingPeriod period) {
    return em.createQuery(
            "select m from Measurement m join fetch m.indicator where m.period = :p"
                + " and m.printedValue is not null and m.calculatedValue is not null"
                + " order by m.indicator.code",
            Measurement.class)
        .setParameter("p", period)
        .getResultStream()
        .map(
            m ->
                Consistency.derived(
                    "indicators",
                    period.code() + " " + m.indicator().code() + " " + m.indicator().name(),
                    m.indicator().isCalculated()
                        ? "the formula " + m.indicator().formula().text()
                        : "the formula it had",
                    Decimals.plain(m.printedValue()),
                    m.calculatedValue()))
        .flatMap(Optional::stream)
        .toList();
  }
}
