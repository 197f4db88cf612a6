package org.councilperformance.interfaces.portal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.interfaces.portal.reading.ReadingRows.Count;
import org.councilperformance.interfaces.portal.reading.ReadingRows.Tag;
import org.junit.jupiter.api.Test;

class ReadingCsvTest {
  @Test
  void textThatASpreadsheetWouldRunIsNeutralisedButFiguresStayFigures() {
    assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(Csv.cell("+1")).isEqualTo("'+1");
    assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.cell("Rent arrears")).isEqualTo("Rent arrears");
    assertThat(Csv.cell(new BigDecimal("-2.500000"))).isEqualTo("-2.5");
    assertThat(Csv.cell(-3)).isEqualTo(-3);
    assertThat(Csv.cell(null)).isEqualTo("");
  }

  @Test
  void theDownloadHasAHeadingRowThenOneLinePerRowInUtf8WithAByteOrderMark() {
    ReadingRows.Row row = () -> Arrays.asList("HC-PI-01", new BigDecimal("2.19"), null);
    String text =
        new String(
            Csv.write(List.of("Code", "Actual", "Note"), List.of(row, row)),
            StandardCharsets.UTF_8);
    assertThat(text.lines().toList())
        .containsExactly("\uFEFFCode,Actual,Note", "HC-PI-01,2.19,", "HC-PI-01,2.19,");
  }

  @Test
  void aFilterKeepsOnlyWhatIsChosenInItsQueryString() {
    assertThat(ReadingFilter.of(" ", null, "").query()).isEmpty();
    assertThat(ReadingFilter.of("HC", null, "HR&OD").query())
        .isEqualTo("?priority=HC&businessUnit=HR%26OD");
    assertThat(ReadingFilter.of("HC", "PLACE", null).withPriority(null).query())
        .isEqualTo("?directorate=PLACE");
  }

  @Test
  void aLineOfCountsLeavesOutTheNoughts() {
    Tag green = new Tag("● Green", "govuk-tag--green");
    Tag red = new Tag("◆ Red", "govuk-tag--red");
    assertThat(ReadingRows.line(List.of(new Count(green, 5), new Count(red, 0))))
        .isEqualTo("● Green 5");
    assertThat(ReadingRows.line(List.of(new Count(red, 0)))).isEqualTo("None");
    assertThat(Tag.of(RagStatus.AMBER)).isEqualTo(new Tag("▲ Amber", "govuk-tag--yellow"));
  }
}
