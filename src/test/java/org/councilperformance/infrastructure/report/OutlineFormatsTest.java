package org.councilperformance.infrastructure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.councilperformance.application.report.Pack;
import org.councilperformance.application.report.SectionContent;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.junit.jupiter.api.Test;

/** The formats written from the pack's outline, opened as their readers' software opens them. */
class OutlineFormatsTest {
  private static final JasperPackRenderer RENDERER = new JasperPackRenderer();
  private static final String TREND_WORDS =
      "Indicators on track: Q1 2018/19 70% (14 of 20), Q2 2018/19 61% (23 of 38).";
  private static final String NOT_REPORTED = "Not reported for any of the indicators: unit.";

  private static Pack pack() {
    Map<String, Object> action = new HashMap<>();
    action.put("kind", "Actions");
    action.put("priority", "Value For Money");
    action.put("code", "VFM-A-01");
    action.put("name", "Review the leisure contract");
    action.put(
        "dueDate",
        Date.from(LocalDate.of(2019, 3, 31).atStartOfDay(ZoneId.of("Europe/London")).toInstant()));
    action.put("progress", 40);
    action.put("status", "● Green");
    action.put("statusColour", "Status.GREEN");
    Map<String, Object> indicator = new HashMap<>();
    indicator.put("kind", "Indicators");
    indicator.put("priority", "Value For Money");
    indicator.put("code", "VFM-PI-11");
    indicator.put("name", "Leisure income");
    indicator.put("target", new BigDecimal("494958.000000"));
    indicator.put("actual", new BigDecimal("10.500000"));
    indicator.put("status", "◆ Red\nas reported: ● Green");
    indicator.put("reportedStatus", "as reported: ● Green");
    indicator.put("statusColour", "Status.RED");
    for (Map<String, Object> row : List.of(action, indicator)) {
      row.put(
          "trendPoints",
          List.of(
              Map.of("quarter", "Q1 2018/19", "share", new BigDecimal("70")),
              Map.of("quarter", "Q2 2018/19", "share", new BigDecimal("61"))));
      row.put("trendChartAltText", TREND_WORDS);
    }
    Map<String, Object> planned = new HashMap<>();
    planned.put("priority", "Value For Money");
    planned.put("aim", "Spend wisely.");
    planned.put("kind", "Indicators");
    planned.put("code", "VFM-PI-11");
    planned.put("name", "Leisure income");
    planned.put("status", "◆ Red");
    planned.put("statusColour", "Status.RED");
    List<Map<String, Object>> reasons =
        List.of(
            reason("Back pain", "36.45", false),
            reason("Stress", "63.55", false),
            reason("All reasons", "100.00", true));
    return new Pack(
        "Test Council",
        "Quarterly performance report",
        "Quarter 2 2018/19",
        "Whole council",
        "stem",
        List.of(
            new SectionContent(
                PackSection.DASHBOARD,
                "Dashboard",
                List.of(action, indicator),
                Map.of("NOT_REPORTED", NOT_REPORTED)),
            new SectionContent(PackSection.ABSENCE, "Absence", reasons, Map.of()),
            new SectionContent(PackSection.FINANCE, "Finance", List.of(), Map.of()),
            new SectionContent(
                PackSection.PLAN_ON_A_PAGE, "PlanOnAPage", List.of(planned), Map.of())));
  }

  private static Map<String, Object> reason(String name, String percent, boolean total) {
    Map<String, Object> row = new HashMap<>();
    row.put("table", "reasons");
    row.put("name", name);
    row.put("percent", new BigDecimal(percent));
    row.put("total", total);
    return row;
  }

  @Test
  void theWorkbookHasOneTidyTablePerSheetFromA1() throws IOException {
    byte[] xlsx = RENDERER.render(pack(), ReportFormat.XLSX);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(4);
      for (Sheet sheet : book) {
        assertThat(sheet.getSheetName().length()).isLessThanOrEqualTo(31);
        assertThat(sheet.getNumMergedRegions()).as(sheet.getSheetName()).isZero();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
      }
      Sheet actions = book.getSheet("Dashboard actions");
      assertThat(actions.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Priority");
      assertThat(actions.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Code");
      Cell due = actions.getRow(1).getCell(3);
      assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
      assertThat(due.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2019, 3, 31));
      Cell progress = actions.getRow(1).getCell(4);
      assertThat(progress.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(progress.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      Sheet indicators = book.getSheet("Dashboard indicators");
      Cell actual = indicators.getRow(1).getCell(4);
      assertThat(indicators.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Actual");
      assertThat(actual.getNumericCellValue()).isEqualTo(10.5);
      assertThat(actual.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
      assertThat(indicators.getRow(1).getCell(3).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0");
      assertThat(book.getSheet("Finance").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("No finance figures have been entered for this period.");
      Cell status = indicators.getRow(1).getCell(5);
      assertThat(indicators.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Status");
      assertThat(status.getStringCellValue()).isEqualTo("◆ Red\nas reported: ● Green");
      assertThat(status.getCellStyle().getWrapText()).isTrue();
      Sheet trends = book.getSheet("Dashboard trends");
      assertThat(trends.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Quarter");
      assertThat(trends.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Share on track (%)");
      assertThat(trends.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(61);
      Sheet plan = book.getSheet("Plan indicators");
      assertThat(plan.getRow(1).getCell(1).getStringCellValue()).isEqualTo("VFM-PI-11");
      assertThat(plan.getRow(1).getCell(3).getStringCellValue()).isEqualTo("◆ Red");
    }
  }

  @Test
  void theWordDocumentHasATitleRealHeadingsTablesAndAltText() throws IOException {
    byte[] docx = RENDERER.render(pack(), ReportFormat.DOCX);

    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(word.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Quarterly performance report — Test Council");
      Map<String, String> styleOf = new HashMap<>();
      for (XWPFParagraph p : word.getParagraphs()) {
        if (p.getStyle() != null) {
          styleOf.putIfAbsent(p.getText(), p.getStyle());
        }
      }
      assertThat(styleOf)
          .containsEntry("Quarterly performance report", "Title")
          .containsEntry("Performance dashboards", "Heading1")
          .containsEntry("Value For Money", "Heading2")
          .containsEntry("Appendix A: management of absence", "Heading1")
          .containsEntry("Appendix C: plan on a page", "Heading1");
      assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      assertThat(word.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
      assertThat(word.getTables()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(word.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
      assertThat(word.getTables().get(1).getCTTbl().getTblPr().getTblCaption().getVal())
          .isEqualTo("Value For Money: actions");
      assertThat(word.getAllPictures()).hasSize(2);
      assertThat(word.getParagraphs()).filteredOn(p -> p.getText().equals(NOT_REPORTED)).hasSize(1);
      assertThat(word.getTables())
          .anySatisfy(
              t ->
                  assertThat(t.getCTTbl().getTblPr().getTblCaption().getVal())
                      .isEqualTo("Value For Money: indicators on track, by quarter"));
      String xml = word.getDocument().xmlText();
      assertThat(xml).contains("descr=\"" + TREND_WORDS + "\"");
      assertThat(xml).contains("as reported: ● Green");
      assertThat(xml).contains("descr=\"Bar chart of the share of days lost by each reason");
      assertThat(xml).contains("Back pain 36.45%");
    }
  }

  @Test
  void theHtmlTwinIsOneAccessiblePage() {
    String html = new String(RENDERER.render(pack(), ReportFormat.HTML), StandardCharsets.UTF_8);

    assertThat(html)
        .contains("<html lang=\"en-GB\">")
        .contains("<title>Quarterly performance report — Test Council</title>")
        .contains("<h2 id=\"dashboard\">Performance dashboards</h2>")
        .contains("<a href=\"#dashboard-value-for-money\">Value For Money</a>")
        .contains("<caption id=\"dashboard-table-")
        .contains("<th scope=\"col\" class=\"num\">Actual</th>")
        .contains("<th scope=\"row\" class=\"code\">VFM-PI-11</th>")
        .contains("<span class=\"mark status-red\">◆ Red</span>")
        .contains(
            "alt=\"Bar chart of the share of days lost by each reason for absence: Back pain 36.45%; Stress 63.55%.")
        .contains("src=\"data:image/png;base64,")
        .contains("<h2 id=\"absence\">Appendix A: management of absence</h2>")
        .contains("<h2 id=\"plan\">Appendix C: plan on a page</h2>")
        .contains("<span class=\"mark status-red\">◆ Red\nas reported: ● Green</span>")
        .contains("alt=\"" + TREND_WORDS + "\"")
        .contains("<th scope=\"col\" class=\"num\">Share on track (%)</th>")
        .doesNotContain(">As reported<")
        .doesNotContain("http://")
        .doesNotContain("https://");
    assertThat(html.split("<h1", -1)).hasSize(2);
    assertThat(html.split(NOT_REPORTED, -1)).hasSize(2);
  }
}
