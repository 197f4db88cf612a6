package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.quality.Finding;

/**
 * Every data-quality finding for a period, from every appendix. Findings are computed from the
 * stored figures each time, so they follow every correction and never change a supplied figure.
 */
@ApplicationScoped
public class DataQualityReport {
  private final Instance<FindingSource> sources;
  private final Lookup lookup;

  @Inject
  public DataQualityReport(@Any Instance<FindingSource> sources, Lookup lookup) {
    this.sources = sources;
    this.lookup = lookup;
  }

  /** For CDI's client proxy only. */
  protected DataQualityReport() {
    this(null, null);
  }

  public List<Finding> findings(PeriodCode periodCode) {
    return findings(lookup.period(periodCode));
  }

  public List<Finding> findings(ReportingPeriod period) {
    return sources.stream()
        .flatMap(s -> s.findings(period).stream())
        .sorted(Comparator.comparing(Finding::appendix).thenComparing(Finding::where))
        .toList();
  }
}
