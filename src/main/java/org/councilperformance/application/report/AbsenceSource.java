package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.AbsenceService;
import org.councilperformance.domain.absence.AbsenceReport;
import org.councilperformance.domain.period.PeriodType;
import org.councilperformance.domain.report.PackSection;

/**
 * The management of absence appendix: the council's days lost per FTE against its target, the work
 * areas' lines, and the reasons for absence with a chart of their shares. Absence is kept per
 * quarter; a pack for a whole year prints the section's "no figures" line.
 */
@ApplicationScoped
public class AbsenceSource implements SectionSource {
  private final AbsenceService absence;

  @Inject
  public AbsenceSource(AbsenceService absence) {
    this.absence = absence;
  }

  /** For CDI's client proxy only. */
  protected AbsenceSource() {
    this(null);
  }

  @Override
  public PackSection section() {
    return PackSection.ABSENCE;
  }

  @Override
  public SectionContent content(PackContext context) {
    if (context.period().type() != PeriodType.QUARTER) {
      return new SectionContent(section(), "Absence", List.of(), Map.of());
    }
    AbsenceReport report = absence.report(context.period());
    return new SectionContent(
        section(),
        "Absence",
        AbsenceRows.of(report, context.prints(PackSection.DATA_QUALITY)),
        AbsenceRows.parameters(report));
  }
}
