package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.quality.Finding;

/**
 * Every data-quality finding for a period, from every appendix. Findings are computed from the
 * stored figures each time, so they follow every correction and never change a supplied figure.
 */
@ApplicationScoped
@Transactional
public class DataQualityReport {
  @Inject @Any private Instance<FindingSource> sources;
  @Inject private Lookup lookup;

  public List<Finding> findings(String periodCode) {
    ReportingPeriod period = lookup.period(periodCode, "period");
    return sources.stream()
        .flatMap(s -> s.findings(period).stream())
        .sorted(Comparator.comparing(Finding::appendix).thenComparing(Finding::where))
        .toList();
  }
}
