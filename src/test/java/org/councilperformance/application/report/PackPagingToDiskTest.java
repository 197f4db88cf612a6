package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.councilperformance.domain.quality.Consistency;
import org.councilperformance.domain.quality.Finding;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.councilperformance.infrastructure.report.JasperPackRenderer;
import org.junit.jupiter.api.Test;

/**
 * A pack above the renderer's row threshold fills through JasperReports' swap-file virtualizer; it
 * must print exactly what the in-memory fill prints, in every format.
 */
class PackPagingToDiskTest {
  private static Pack packOf(int findings) {
    List<Finding> list = new ArrayList<>();
    for (int n = 1; n <= findings; n++) {
      list.add(
          Consistency.derived(
                  "absence",
                  "2018-19-Q2 work area " + n + " days per FTE",
                  "days lost ÷ FTE",
                  new BigDecimal("2.30"),
                  new BigDecimal(n).add(new BigDecimal("0.4567")))
              .orElseThrow());
    }
    List<Map<String, Object>> rows = DataQualitySource.rows(list);
    return new Pack(
        "Test Council",
        "Quarterly performance report",
        "2018/19 Quarter 2",
        "Whole council",
        "paging",
        List.of(new SectionContent(PackSection.DATA_QUALITY, "DataQuality", rows, Map.of())));
  }

  @Test
  void onlyAPackAboveTheThresholdPagesToDisk() {
    JasperPackRenderer renderer = new JasperPackRenderer(150);

    assertThat(renderer.pagesToDisk(packOf(150))).isFalse();
    assertThat(renderer.pagesToDisk(packOf(151))).isTrue();
    assertThat(new JasperPackRenderer().pagesToDisk(packOf(151))).isFalse();
  }

  @Test
  void aPackPagedToDiskPrintsWhatTheInMemoryFillPrints() throws IOException {
    Pack pack = packOf(300);
    JasperPackRenderer inMemory = new JasperPackRenderer();
    JasperPackRenderer toDisk = new JasperPackRenderer(0);
    assertThat(inMemory.pagesToDisk(pack)).isFalse();
    assertThat(toDisk.pagesToDisk(pack)).isTrue();

    byte[] memoryPdf = inMemory.render(pack, ReportFormat.PDF);
    byte[] diskPdf = toDisk.render(pack, ReportFormat.PDF);
    try (PDDocument memory = Loader.loadPDF(memoryPdf);
        PDDocument disk = Loader.loadPDF(diskPdf)) {
      assertThat(memory.getNumberOfPages()).isGreaterThan(5);
      assertThat(disk.getNumberOfPages()).isEqualTo(memory.getNumberOfPages());
      String text = new PDFTextStripper().getText(disk);
      assertThat(text).isEqualTo(new PDFTextStripper().getText(memory));
      assertThat(text.replaceAll("\\s+", " "))
          .contains("work area 1 days per FTE")
          .contains("work area 300 days per FTE")
          .contains("300.46");
    }
    try (XSSFWorkbook xlsx =
            new XSSFWorkbook(new ByteArrayInputStream(toDisk.render(pack, ReportFormat.XLSX)));
        XWPFDocument docx =
            new XWPFDocument(new ByteArrayInputStream(toDisk.render(pack, ReportFormat.DOCX)));
        XWPFWordExtractor docxText = new XWPFWordExtractor(docx)) {
      StringBuilder cells = new StringBuilder();
      xlsx.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell).append('|')));
      assertThat(cells).contains("2018/19 Quarter 2 work area 300 days per FTE|");
      assertThat(docxText.getText()).contains("work area 300 days per FTE");
    }
  }
}
