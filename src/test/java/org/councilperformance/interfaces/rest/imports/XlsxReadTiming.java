package org.councilperformance.interfaces.rest.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilperformance.application.SheetRow;

/**
 * Times reading a 5,000-row quarter's workbook (docs/benchmarks.md#imports): what an XLSX upload
 * adds to the CSV figures, since both then go through the same preview and apply. Not a test: a
 * main to run by hand.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.councilperformance.interfaces.rest.imports.XlsxReadTiming -Drows=5000
 * </pre>
 */
public final class XlsxReadTiming {
  private XlsxReadTiming() {}

  public static void main(String[] args) throws IOException {
    int rows = Integer.getInteger("rows", QuarterSheet.MAX_ROWS);
    byte[] workbook = workbook(rows);
    System.out.printf("%d rows, %d KiB%n", rows, workbook.length / 1024);
    for (int run = 1; run <= 5; run++) {
      long start = System.nanoTime();
      List<SheetRow> read = QuarterSheetXlsx.read(workbook).indicators();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("run %d: %d rows read in %.2f s%n", run, read.size(), seconds);
    }
  }

  /** Each row a code, period, target, figure and a line of commentary, as ImportTiming's CSV. */
  private static byte[] workbook(int rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Quarter");
      String[] headings = {"Indicator code", "Period", "Target", "Value", "Commentary"};
      Row first = sheet.createRow(0);
      for (int c = 0; c < headings.length; c++) {
        first.createCell(c).setCellValue(headings[c]);
      }
      for (int i = 0; i < rows; i++) {
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue("IMP-" + i);
        row.createCell(1).setCellValue("2300-01-Q1");
        row.createCell(2).setCellValue(100 + i % 7);
        row.createCell(3).setCellValue(90 + i % 13 + 0.25);
        row.createCell(4).setCellValue("Rows loaded from the council's old system, row " + i + ".");
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
