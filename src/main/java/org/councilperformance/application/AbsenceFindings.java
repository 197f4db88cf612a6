package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.councilperformance.domain.period.PeriodType;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.quality.Finding;

/** The absence appendix's findings for the data-quality report; absence is reported by quarter. */
@ApplicationScoped
public class AbsenceFindings implements FindingSource {
  private final AbsenceService absence;

  @Inject
  public AbsenceFindings(AbsenceService absence) {
    this.absence = absence;
  }

  /** For CDI's client proxy only. */
  protected AbsenceFindings() {
    this(null);
  }

  @Override
  public List<Finding> findings(ReportingPeriod period) {
    return period.type() == PeriodType.QUARTER ? absence.report(period).findings() : List.of();
  }
}
