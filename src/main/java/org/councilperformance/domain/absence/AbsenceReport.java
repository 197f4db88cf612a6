package org.councilperformance.domain.absence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.councilperformance.domain.quality.Finding;

/**
 * A quarter's absence appendix: the work areas' lines and the council total computed from them,
 * what the council supplied for the whole council, the year so far and its annual projection, the
 * rolling twelve months, the comparison with the corporate target, and every data-quality finding.
 *
 * @param statedTotal the council's own total row as printed, or null
 * @param statedProjection the annual projection the council printed, or null
 * @param yearQuarters the year's quarters up to this one (Q1 first)
 * @param yearToDate Σ council days per FTE of those quarters; null unless every one has lines
 * @param projection yearToDate ÷ quarters elapsed × 4; null likewise
 * @param rollingQuarters this quarter and the three before it (oldest first)
 * @param rollingTwelveMonths Σ council days per FTE of those four; null unless all four have lines
 * @param target the corporate target for the year against the projection; null without a target
 */
public record AbsenceReport(
    AbsenceTable table,
    AbsenceFigures statedTotal,
    BigDecimal statedProjection,
    LongTermFollowUp councilFollowUp,
    List<AbsenceReasonShare> reasons,
    List<String> yearQuarters,
    BigDecimal yearToDate,
    BigDecimal projection,
    List<String> rollingQuarters,
    BigDecimal rollingTwelveMonths,
    AbsenceTargetComparison target) {
  public AbsenceReport {
    Objects.requireNonNull(table);
    councilFollowUp = councilFollowUp == null ? LongTermFollowUp.NONE : councilFollowUp;
    reasons = List.copyOf(reasons);
    yearQuarters = List.copyOf(yearQuarters);
    rollingQuarters = List.copyOf(rollingQuarters);
  }

  public String period() {
    return table.period();
  }

  /** The council total computed from the lines; null without lines. */
  public AbsenceFigures councilTotal() {
    return table.councilTotal();
  }

  /** Σ of the reasons' shares, as printed; null without reasons. */
  public BigDecimal reasonsTotal() {
    return reasons.isEmpty()
        ? null
        : reasons.stream()
            .map(AbsenceReasonShare::percent)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Every absence finding of the quarter, line by line, then the council's, reasons, projection.
   */
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    for (AbsenceTable.Line line : table.lines()) {
      findings.addAll(lineFindings(line));
    }
    findings.addAll(councilFindings());
    findings.addAll(reasonFindings());
    return findings;
  }

  /** The findings about the reasons for absence. */
  public List<Finding> reasonFindings() {
    return AbsenceChecks.reasons(period(), reasons);
  }

  /** The findings about one work area's line. */
  public List<Finding> lineFindings(AbsenceTable.Line line) {
    List<Finding> findings =
        new ArrayList<>(AbsenceChecks.line(period(), line.name(), line.figures()));
    AbsenceChecks.returnToWorkPercent(
            period() + " " + line.name(), line.followUp().returnToWorkPercent())
        .ifPresent(findings::add);
    return findings;
  }

  /** The findings about what the council supplied for the whole council. */
  public List<Finding> councilFindings() {
    List<Finding> findings = new ArrayList<>(AbsenceChecks.councilTotal(table, statedTotal));
    AbsenceChecks.returnToWorkPercent(period() + " council", councilFollowUp.returnToWorkPercent())
        .ifPresent(findings::add);
    AbsenceChecks.projection(period(), yearQuarters.size(), statedProjection, projection)
        .ifPresent(findings::add);
    return findings;
  }
}
