package org.councilperformance.application;

import java.util.List;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.quality.Finding;

/**
 * An appendix whose supplied figures are checked (finance, absence, contact centre). Each is a CDI
 * bean; the data-quality report gathers the findings of every one.
 */
public interface FindingSource {
  List<Finding> findings(ReportingPeriod period);
}
