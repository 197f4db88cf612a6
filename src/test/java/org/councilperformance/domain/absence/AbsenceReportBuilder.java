package org.councilperformance.domain.absence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A quarter's absence report for a test, from its work areas' table: what the council stated, its
 * reasons, the year so far and the rolling year are left out until the test gives them.
 */
public final class AbsenceReportBuilder {
  private final AbsenceTable table;
  private AbsenceFigures statedTotal;
  private BigDecimal statedProjection;
  private LongTermFollowUp followUp;
  private final List<AbsenceReasonShare> reasons = new ArrayList<>();
  private List<String> yearQuarters = List.of();
  private BigDecimal yearToDate;
  private BigDecimal projection;
  private List<String> rollingQuarters = List.of();
  private BigDecimal rollingTwelveMonths;
  private AbsenceTargetComparison target;

  private AbsenceReportBuilder(AbsenceTable table) {
    this.table = table;
  }

  public static AbsenceReportBuilder absenceReport(AbsenceTable table) {
    return new AbsenceReportBuilder(table);
  }

  /**
   * The sample council's 2018/19 Q2 as printed (NWLDC): its work areas, "All Directorates" row,
   * reasons, follow-up, projection against the target of 8 days, and four quarters named for the
   * rolling year although Q3 and Q4 of 2017/18 have no lines (so no rolling figure).
   */
  public static AbsenceReportBuilder sampleQ2() {
    List<BigDecimal> soFar =
        List.of(AbsenceTestData.q1().councilDaysPerFte(), AbsenceTestData.q2().councilDaysPerFte());
    BigDecimal projection = AbsenceRates.projection(soFar);
    return absenceReport(AbsenceTestData.q2())
        .statedTotal(AbsenceTestData.q2CouncilRow())
        .statedProjection("9.26")
        .followUp(new LongTermFollowUp(27, 10, new BigDecimal("76")))
        .reasons(AbsenceTestData.q2Reasons())
        .yearSoFar(List.of("2018-19-Q1", "2018-19-Q2"), AbsenceRates.yearToDate(soFar), projection)
        .rollingYear(List.of("2017-18-Q3", "2017-18-Q4", "2018-19-Q1", "2018-19-Q2"), null)
        .target(AbsenceTargetComparison.of(new BigDecimal("8.0"), projection));
  }

  /** The council's own "All Directorates" row. */
  public AbsenceReportBuilder statedTotal(AbsenceFigures figures) {
    this.statedTotal = figures;
    return this;
  }

  public AbsenceReportBuilder statedProjection(String daysPerFte) {
    this.statedProjection = new BigDecimal(daysPerFte);
    return this;
  }

  public AbsenceReportBuilder followUp(LongTermFollowUp followUp) {
    this.followUp = followUp;
    return this;
  }

  public AbsenceReportBuilder reasons(List<AbsenceReasonShare> reasons) {
    this.reasons.addAll(reasons);
    return this;
  }

  public AbsenceReportBuilder yearSoFar(
      List<String> quarters, BigDecimal yearToDate, BigDecimal projection) {
    this.yearQuarters = quarters;
    this.yearToDate = yearToDate;
    this.projection = projection;
    return this;
  }

  public AbsenceReportBuilder rollingYear(List<String> quarters, BigDecimal daysPerFte) {
    this.rollingQuarters = quarters;
    this.rollingTwelveMonths = daysPerFte;
    return this;
  }

  public AbsenceReportBuilder target(AbsenceTargetComparison target) {
    this.target = target;
    return this;
  }

  public AbsenceReport build() {
    return new AbsenceReport(
        table,
        statedTotal,
        statedProjection,
        followUp,
        reasons,
        yearQuarters,
        yearToDate,
        projection,
        rollingQuarters,
        rollingTwelveMonths,
        target);
  }
}
