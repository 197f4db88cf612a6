package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.councilperformance.domain.quality.Consistency;
import org.councilperformance.domain.quality.Finding;
import org.councilperformance.domain.report.PackSection;
import org.junit.jupiter.api.Test;

/** The data-quality section's rows, and the section rendered alone (filled en-GB, London). */
class DataQualitySourceTest {
  private static Finding septembersCalls() {
    return Consistency.atLeast(
            "contact centre",
            "September 2018",
            "calls answered within 60 s",
            new BigDecimal("3319"),
            "calls answered within 30 s",
            new BigDecimal("3937"))
        .orElseThrow();
  }

  private static Finding daysPerFte() {
    return Consistency.derived(
            "absence",
            "2018-19-Q2 HR&OD days per FTE",
            "days lost ÷ FTE",
            new BigDecimal("2.30"),
            new BigDecimal("2.4567"))
        .orElseThrow();
  }

  @Test
  void eachFigureIsPrintedToTheDecimalsItCarries() {
    assertThat(DataQualitySource.patternOf(new BigDecimal("971"))).isEqualTo("#,##0");
    assertThat(DataQualitySource.patternOf(new BigDecimal("2.30"))).isEqualTo("#,##0.00");
    assertThat(DataQualitySource.patternOf(new BigDecimal("2.4567"))).isEqualTo("#,##0.0000");
    assertThat(DataQualitySource.patternOf(null)).isEqualTo("#,##0");
  }

  @Test
  void aFindingKeepsItsFiguresAsNumbers() {
    Map<String, Object> row = DataQualitySource.rows(List.of(septembersCalls())).get(0);

    assertThat(row)
        .containsEntry("appendix", "Contact centre")
        .containsEntry("where", "September 2018")
        .containsEntry("check", "calls answered within 60 s ≥ calls answered within 30 s")
        .containsEntry("stated", new BigDecimal("3319"))
        .containsEntry("computed", new BigDecimal("3937"))
        .containsEntry("difference", new BigDecimal("-618"));
  }

  @Test
  void theRenderedSectionPrintsEachFindingsFigures() {
    String text =
        SectionRendering.pdfText(
            PackSection.DATA_QUALITY,
            "DataQuality",
            DataQualitySource.rows(List.of(daysPerFte(), septembersCalls())),
            "data-quality");

    assertThat(text)
        .contains("September 2018")
        .contains("3,319 3,937 (618)")
        .contains("2.30 2.46 (0.16)")
        .contains("2018/19 Quarter 2 HR&OD days per FTE")
        .doesNotContain("2018-19-Q2")
        .doesNotContain("2.4567")
        .doesNotContain("No data-quality findings");
  }

  @Test
  void theComputedFigureIsRoundedOnceToThePrintedFiguresDecimalsAsItsMessageSays() {
    Map<String, Object> row = DataQualitySource.rows(List.of(daysPerFte())).get(0);
    assertThat(row)
        .containsEntry("computed", new BigDecimal("2.46"))
        .containsEntry("computedPattern", "#,##0.00")
        .containsEntry("difference", new BigDecimal("-0.16"))
        .containsEntry("differencePattern", "#,##0.00;(#,##0.00)")
        .containsEntry(
            "message",
            "2018/19 Quarter 2 HR&OD days per FTE: supplied 2.30 but days lost ÷ FTE gives 2.46");
    assertThat(DataQualitySource.roundedLike(new BigDecimal("557000"), new BigDecimal("309000")))
        .isEqualTo(new BigDecimal("557000"));
    assertThat(DataQualitySource.roundedLike(null, new BigDecimal("2.3"))).isNull();
  }

  @Test
  void aPeriodWithoutFindingsSaysSo() {
    String text =
        SectionRendering.pdfText(
            PackSection.DATA_QUALITY, "DataQuality", List.of(), "data-quality-empty");

    assertThat(text).contains("No data-quality findings for this period.");
  }
}
