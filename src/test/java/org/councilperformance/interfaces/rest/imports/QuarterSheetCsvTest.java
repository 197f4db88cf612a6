package org.councilperformance.interfaces.rest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.councilperformance.application.SheetLine;
import org.councilperformance.application.SheetRow;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterSheetCsvTest {
  private static final String HEADINGS =
      "Indicator code,Name,Unit,Period,Target,Last period's actual,Value,Components,Missing reason,"
          + "Commentary,Reported status\r\n";
  private static final PeriodCode Q2 = PeriodCode.parse("2018-19-Q2", "period");

  @ParameterizedTest
  @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"})
  void textThatASpreadsheetWouldRunGetsAnApostropheAndReadsBackAsWritten(String text) {
    String written = QuarterSheet.neutralise(text);
    assertThat(written).isEqualTo("'" + text);
    assertThat(QuarterSheet.unneutralise(written)).isEqualTo(text);
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    assertThat(QuarterSheet.neutralise("Rent collected 98%")).isEqualTo("Rent collected 98%");
    assertThat(QuarterSheet.neutralise(null)).isEmpty();
    assertThat(QuarterSheet.unneutralise("'quoted'")).isEqualTo("'quoted'");
  }

  @Test
  void theTemplateIsUtf8WithAByteOrderMarkAndNeutralisesTextButNotFigures() {
    Indicator indicator =
        new Indicator("HC-PI-01", "=HYPERLINK(\"x\")", IndicatorUnit.COUNT, Polarity.DATA_ONLY);
    Measurement measurement = new Measurement(indicator, new ReportingPeriod(Q2, null));
    measurement.report(
        new BigDecimal("-2.50"), null, "@risk: £5", RagStatus.GREEN, "tester", Instant.EPOCH);
    byte[] csv =
        QuarterSheetCsv.write(
            QuarterSheet.indicators(
                List.of(
                    new SheetLine(indicator, Q2, new BigDecimal("10.000"), null, measurement))));
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    assertThat(text)
        .isEqualTo(
            HEADINGS
                + "HC-PI-01,\"'=HYPERLINK(\"\"x\"\")\",COUNT,2018-19-Q2,10,,-2.5,,,'@risk: £5,GREEN\r\n");
  }

  @Test
  void theTemplateReadsBackToTheSameValues() {
    Indicator indicator = new Indicator("A-1", "Name", IndicatorUnit.PERCENT, Polarity.DATA_ONLY);
    Measurement measurement = new Measurement(indicator, new ReportingPeriod(Q2, null));
    measurement.report(
        null, "system down", "=1+1 is text\nsecond line", null, "tester", Instant.EPOCH);
    String text =
        QuarterSheetCsv.decode(
            QuarterSheetCsv.write(
                QuarterSheet.indicators(
                    List.of(new SheetLine(indicator, Q2, null, BigDecimal.ONE, measurement)))));
    SheetRow row = QuarterSheetCsv.read(text).indicators().get(0);
    assertThat(row.row()).isEqualTo(2);
    assertThat(row.code().value()).isEqualTo("A-1");
    assertThat(row.period()).isEqualTo(Q2);
    assertThat(row.target()).isNull();
    assertThat(row.value()).isNull();
    assertThat(row.missingReason()).isEqualTo("system down");
    assertThat(row.commentary()).isEqualTo("=1+1 is text\nsecond line");
    assertThat(row.unreadable()).isEmpty();
  }

  @Test
  void validUtf8IsReadAsUtf8WithoutItsByteOrderMark() {
    byte[] bytes = "\uFEFFCommentary: café £".getBytes(StandardCharsets.UTF_8);
    assertThat(QuarterSheetCsv.decode(bytes)).isEqualTo("Commentary: café £");
  }

  @Test
  void anythingElseIsReadAsWindows1252() {
    byte[] bytes = "café £5 – “quoted”".getBytes(Charset.forName("windows-1252"));
    assertThat(QuarterSheetCsv.decode(bytes)).isEqualTo("café £5 – “quoted”");
  }

  @Test
  void aFormulaOrAFormattedNumberIsARowErrorNamingTheColumnNeverEvaluated() {
    List<SheetRow> rows =
        QuarterSheetCsv.read(
                HEADINGS + "A,,,,\"1,000\",,=1+1,,,,\r\nB,,,2018-19-Q9,1e3,,12 %,x,,,amber-ish\r\n")
            .indicators();
    assertThat(rows.get(0).value()).isNull();
    assertThat(rows.get(0).unreadable())
        .extracting(RowError::row, RowError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "Target"),
            org.assertj.core.groups.Tuple.tuple(2, "Value"));
    assertThat(rows.get(0).unreadable().get(1).reason()).contains("'=1+1' is not a number");
    assertThat(rows.get(1).unreadable())
        .extracting(RowError::column)
        .containsExactly("Period", "Target", "Value", "Components", "Reported status");
  }

  @Test
  void headingsAreMatchedInAnyCaseAndOnlyTheCodeIsRequired() {
    List<SheetRow> rows =
        QuarterSheetCsv.read("indicator code,VALUE,reported status\n\nX-1, 12.5 ,missing data\n")
            .indicators();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).value()).isEqualByComparingTo("12.5");
    assertThat(rows.get(0).reportedStatus()).isEqualTo(RagStatus.MISSING);
  }

  @Test
  void anUnknownOrRepeatedHeadingOrNoCodeColumnRefusesTheWholeSheet() {
    assertThatThrownBy(() -> QuarterSheetCsv.read("Indicator code,Forecast\nA,1\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'Forecast'");
    assertThatThrownBy(() -> QuarterSheetCsv.read("Indicator code,Value,value\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> QuarterSheetCsv.read("Value\n1\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Indicator code");
    assertThatThrownBy(() -> QuarterSheetCsv.read(""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void moreThanTheRowLimitRefusesTheWholeSheet() {
    StringBuilder sheet = new StringBuilder("Indicator code\n");
    for (int i = 0; i <= QuarterSheet.MAX_ROWS; i++) {
      sheet.append("X-").append(i).append('\n');
    }
    assertThatThrownBy(() -> QuarterSheetCsv.read(sheet.toString()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("more than 5,000 rows");
  }

  @Test
  void anUnclosedQuoteIsUnreadableCsv() {
    assertThatThrownBy(() -> QuarterSheetCsv.read("Indicator code,Commentary\nA,\"open\n"))
        .isInstanceOf(MalformedValueException.class)
        .hasMessageContaining("cannot be read as CSV");
  }

  @Test
  void aFilledCellBeyondTheColumnsIsARowError() {
    SheetRow row = QuarterSheetCsv.read("Indicator code,Value\nA,1,stray\n").indicators().get(0);
    assertThat(row.unreadable())
        .extracting(RowError::reason)
        .containsExactly("a cell beyond the template's columns is filled in");
  }
}
