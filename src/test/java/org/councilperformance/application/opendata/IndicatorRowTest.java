package org.councilperformance.application.opendata;

import static org.councilperformance.domain.indicator.IndicatorStatusBuilder.statusOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.organisation.Directorate;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.plan.CorporatePlan;
import org.councilperformance.domain.plan.Priority;
import org.councilperformance.domain.plan.PriorityType;
import org.junit.jupiter.api.Test;

class IndicatorRowTest {
  private final CorporatePlan plan = new CorporatePlan("Council Delivery Plan", 2018, 2019, null);
  private final ReportingPeriod period =
      new ReportingPeriod(PeriodCode.parse("2018-19-Q2", "period"), "Quarter 2 2018/19");

  private Priority priority(String code, String name) {
    Priority priority = new Priority(code, plan);
    priority.describe(name, PriorityType.PRIORITY, null);
    return priority;
  }

  private Indicator indicator(String code) {
    return new Indicator(
        code, "Days to process new claims", IndicatorUnit.DAYS, Polarity.LOWER_IS_BETTER);
  }

  @Test
  void aFigureIsOneRowWithItsPeriodCodesAndFiguresAsPlainText() {
    Indicator indicator = indicator("VFM-PI-02");
    indicator.serve(List.of(priority("VFM", "Value For Money"), priority("BCC", "Business")));
    indicator.assignTo(
        new BusinessUnit("FIN", "Finance", null, new Directorate("RES", "Resources", null)), null);
    IndicatorStatus status =
        statusOf(indicator)
            .target("15.900000")
            .actual("16.100000")
            .commentary("Extra staff from August")
            .status(RagStatus.AMBER)
            .build();

    IndicatorRow row = IndicatorRow.of(period, status);

    assertEquals(
        List.of(
            "2018-19-Q2",
            "2018-07-01",
            "2018-09-30",
            "Quarter 2 2018/19",
            "VFM-PI-02",
            "Days to process new claims",
            "BCC;VFM",
            "Business; Value For Money",
            "FIN",
            "Finance",
            "DAYS",
            "LOWER_IS_BETTER",
            "15.9",
            "PERIOD",
            "16.1",
            "",
            "AMBER",
            "lower is better; amber up to 5% above target",
            "Extra staff from August"),
        row.inColumnOrder());
  }

  @Test
  void commentaryMarkedInternalIsLeftOutAndTheFigureKept() {
    IndicatorStatus status =
        statusOf(indicator("VFM-PI-02"))
            .target("15.9")
            .actual("16.1")
            .commentary("Two officers on long-term sick leave")
            .commentaryInternal()
            .status(RagStatus.AMBER)
            .build();

    IndicatorRow row = IndicatorRow.of(period, status);

    assertEquals("", row.get(OpenDataColumn.COMMENTARY));
    assertEquals("16.1", row.get(OpenDataColumn.ACTUAL));
  }

  @Test
  void aStatusAsPublishedDropsInternalCommentaryButNotTheStoredOne() {
    IndicatorStatus status =
        statusOf(indicator("VFM-PI-02"))
            .actual("16.1")
            .commentary("Two officers on long-term sick leave")
            .commentaryInternal()
            .status(RagStatus.DATA_ONLY)
            .build();

    IndicatorStatus published = status.asPublished();

    assertNull(published.measurement().commentary());
    assertEquals(0, published.actual().compareTo(status.actual()));
    assertEquals("Two officers on long-term sick leave", status.measurement().commentary());
  }

  @Test
  void aStatusWithPublicCommentaryIsPublishedAsItIs() {
    IndicatorStatus status =
        statusOf(indicator("VFM-PI-02")).actual("16.1").commentary("On track").build();

    assertSame(status, status.asPublished());
  }

  @Test
  void noFigureIsAnEmptyActualWithItsReasonAndNoPriorityOrUnitIsEmpty() {
    IndicatorStatus status =
        statusOf(indicator("HC-PI-01")).target("90").status(RagStatus.MISSING).build();

    IndicatorRow row = IndicatorRow.of(period, status);

    assertEquals("", row.get(OpenDataColumn.ACTUAL));
    assertEquals("", row.get(OpenDataColumn.MISSING_REASON));
    assertEquals("", row.get(OpenDataColumn.PRIORITY_CODES));
    assertEquals("", row.get(OpenDataColumn.BUSINESS_UNIT_CODE));
    assertEquals("MISSING", row.get(OpenDataColumn.STATUS));
    assertEquals("", row.get(OpenDataColumn.COMMENTARY));
  }

  @Test
  void aReasonForNoFigureIsKept() {
    IndicatorStatus status =
        statusOf(indicator("HC-PI-01"))
            .commentary("Survey postponed")
            .status(RagStatus.MISSING)
            .build();

    IndicatorRow row = IndicatorRow.of(period, status);

    assertEquals("not measured", row.get(OpenDataColumn.MISSING_REASON));
    assertEquals("Survey postponed", row.get(OpenDataColumn.COMMENTARY));
  }
}
