package org.councilperformance.interfaces.rest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.councilperformance.application.SheetLine;
import org.councilperformance.application.SheetRow;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** The quarter's sheet as an XLSX workbook (docs/api.md#imports). */
class QuarterSheetXlsxTest {
  private static final PeriodCode Q2 = PeriodCode.parse("2018-19-Q2", "period");

  /** A workbook as a council's spreadsheet program would save it, with the given rows. */
  private static byte[] workbook(XSSFWorkbookType type, String[]... rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(type);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Q2");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] != null) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] workbook(String[]... rows) throws IOException {
    return workbook(XSSFWorkbookType.XLSX, rows);
  }

  @Test
  void theTemplateReadsBackToTheSameValuesWithTextNeutralisedAndFiguresAsNumbers()
      throws IOException {
    Indicator indicator =
        new Indicator("HC-PI-01", "=HYPERLINK(\"x\")", IndicatorUnit.COUNT, Polarity.DATA_ONLY);
    Measurement measurement = new Measurement(indicator, new ReportingPeriod(Q2, null));
    measurement.report(
        new BigDecimal("2333.333333"),
        null,
        "=cmd|' /C calc'!A0\nline two",
        RagStatus.GREEN_PLUS,
        "tester",
        Instant.EPOCH);
    byte[] written =
        QuarterSheetXlsx.write(
            QuarterSheet.indicators(
                List.of(
                    new SheetLine(
                        indicator,
                        Q2,
                        new BigDecimal("1234567890123.123456"),
                        null,
                        measurement))));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written))) {
      Row row = workbook.getSheetAt(0).getRow(1);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
      // A figure a spreadsheet number holds exactly is a number; one it cannot is text.
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(2333.333333);
      assertThat(row.getCell(4).getStringCellValue()).isEqualTo("1234567890123.123456");
      assertThat(row.getCell(9).getStringCellValue()).startsWith("'=cmd");
    }
    SheetRow row = QuarterSheetXlsx.read(written).indicators().get(0);
    assertThat(row.row()).isEqualTo(2);
    assertThat(row.code().value()).isEqualTo("HC-PI-01");
    assertThat(row.period()).isEqualTo(Q2);
    assertThat(row.target()).isEqualByComparingTo("1234567890123.123456");
    assertThat(row.value()).isEqualByComparingTo("2333.333333");
    assertThat(row.commentary()).isEqualTo("=cmd|' /C calc'!A0\nline two");
    assertThat(row.reportedStatus()).isEqualTo(RagStatus.GREEN_PLUS);
    assertThat(row.unreadable()).isEmpty();
  }

  @Test
  void aFormulaCellGivesTheValueSavedWithItAndIsNeverEvaluated() throws IOException {
    byte[] bytes;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Q2");
      Row headings = sheet.createRow(0);
      headings.createCell(0).setCellValue("Indicator code");
      headings.createCell(1).setCellValue("Value");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("A-1");
      Cell value = row.createCell(1);
      value.setCellFormula("1+1");
      value.setCellValue(7); // the result the spreadsheet program saved
      Row percent = sheet.createRow(2);
      percent.createCell(0).setCellValue("A-2");
      Cell shown = percent.createCell(1);
      shown.setCellValue(0.45);
      var style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat("0%"));
      shown.setCellStyle(style);
      workbook.write(out);
      bytes = out.toByteArray();
    }
    List<SheetRow> rows = QuarterSheetXlsx.read(bytes).indicators();
    assertThat(rows.get(0).value()).isEqualByComparingTo("7");
    // Shown as 45%, saved as 0.45.
    assertThat(rows.get(1).value()).isEqualByComparingTo("0.45");
  }

  @Test
  void aMacroEnabledWorkbookIsRefusedWhole() throws IOException {
    byte[] macros = workbook(XSSFWorkbookType.XLSM, new String[] {"Indicator code"});
    assertThatThrownBy(() -> QuarterSheetXlsx.read(macros))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("macro-enabled");
  }

  @Test
  void aCorruptWorkbookOrAnotherKindOfFileIsRefusedWhole() throws IOException {
    byte[] good = workbook(new String[] {"Indicator code"}, new String[] {"A-1"});
    for (byte[] bad :
        List.of(
            Arrays.copyOf(good, good.length / 2),
            "Indicator code\nA-1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            zip("notes.txt", new byte[] {1, 2, 3}),
            new byte[0])) {
      assertThatThrownBy(() -> QuarterSheetXlsx.read(bad))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("cannot be read as an XLSX workbook");
    }
  }

  @Test
  void aWorkbookThatUnpacksPastTheLimitIsRefusedBeforeItIsOpened() throws IOException {
    byte[] bomb =
        zip("xl/worksheets/sheet1.xml", new byte[(int) QuarterSheetXlsx.MAX_UNPACKED_BYTES + 1]);
    assertThat(bomb.length).isLessThan(QuarterSheet.MAX_BYTES);
    assertThatThrownBy(() -> QuarterSheetXlsx.read(bomb))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("64 MiB");
  }

  @Test
  void moreThanTheRowLimitRefusesTheWholeWorkbook() throws IOException {
    String[][] rows = new String[QuarterSheet.MAX_ROWS + 2][];
    rows[0] = new String[] {"Indicator code"};
    for (int i = 1; i < rows.length; i++) {
      rows[i] = new String[] {"X-" + i};
    }
    byte[] bytes = workbook(rows);
    assertThatThrownBy(() -> QuarterSheetXlsx.read(bytes))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("more than 5,000 rows");
  }

  @Test
  void cellsAreReadByTheSameRulesAsCsv() throws IOException {
    byte[] bytes =
        workbook(
            new String[] {"indicator code", "Value", "Reported status"},
            new String[] {"A-1", "1,234", "purple"},
            new String[] {},
            new String[] {"A-2", null, null, "beyond"});
    List<SheetRow> rows = QuarterSheetXlsx.read(bytes).indicators();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).unreadable())
        .extracting(e -> e.column())
        .containsExactly("Value", "Reported status");
    assertThat(rows.get(1).row()).isEqualTo(4);
    assertThat(rows.get(1).unreadable()).hasSize(1);
    assertThatThrownBy(
            () -> QuarterSheetXlsx.read(workbook(new String[] {"Indicator code", "Forecast"})))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'Forecast'");
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
