package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Api.array;
import static org.councilperformance.it.Api.json;
import static org.councilperformance.it.Api.object;
import static org.councilperformance.it.Api.problem;
import static org.councilperformance.it.Api.request;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

/**
 * Loading a quarter from an XLSX workbook (docs/api.md#imports): the same template, preview and
 * all-or-nothing apply as CSV; the exported workbook loads back with no change; formulas give the
 * values saved with them; macro-enabled, corrupt and oversized workbooks are refused whole.
 */
class WorkbookImportIT {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final String quarter = Api.freshQuarter();
  private final String unit = Api.newBusinessUnit();
  private final String first = Api.newIndicator(unit);

  private static ValidatableResponse upload(
      String username, String step, String period, byte[] sheet, String type) {
    return Api.as(username)
        .contentType(type)
        .body(sheet)
        .post("/imports/" + step + "?period=" + period)
        .then();
  }

  private ValidatableResponse upload(String step, byte[] sheet) {
    return upload(Api.ADMIN, step, quarter, sheet, XLSX);
  }

  private String measurementPath(String indicator) {
    return "/indicators/" + indicator + "/measurements/" + quarter;
  }

  private byte[] template() {
    return request()
        .accept(XLSX)
        .get("/imports/template?period=" + quarter + "&businessUnit=" + unit + "&format=xlsx")
        .then()
        .statusCode(200)
        .contentType(containsString(XLSX))
        .header("Content-Disposition", containsString(".xlsx"))
        .extract()
        .asByteArray();
  }

  /** A one-sheet workbook: the headings, then a row for the first indicator. */
  private byte[] workbook(XSSFWorkbookType type, String value) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(type);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Q");
      Row headings = sheet.createRow(0);
      headings.createCell(0).setCellValue("Indicator code");
      headings.createCell(1).setCellValue("Value");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue(first);
      Cell cell = row.createCell(1);
      cell.setCellFormula(value);
      cell.setCellValue(42); // what the spreadsheet program saved as the formula's result
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void theExportedWorkbookWithThePeriodsFiguresLoadsBackWithNoChange() throws IOException {
    json(object().add("value", 80))
        .put("/indicators/" + first + "/targets/" + quarter)
        .then()
        .statusCode(200);
    String etag =
        json(object()
                .add("value", 2333.333333)
                .add("commentary", "=cmd|' /C calc'!A0\nline two")
                .add("reportedStatus", "green plus"))
            .put(measurementPath(first))
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    // A calculated indicator whose printed figure is not the calculated one.
    String score = Api.newSatisfactionScore(unit);
    json(object()
            .add("value", 0.9)
            .add(
                "components",
                array()
                    .add(object().add("name", "positive").add("value", 3))
                    .add(object().add("name", "negative").add("value", 1))))
        .put(measurementPath(score))
        .then()
        .statusCode(200);

    byte[] sheet = template();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
      Row row = workbook.getSheetAt(0).getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(first);
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(2333.333333);
      // Neutralised as in the CSV: a spreadsheet shows it and never runs it.
      assertThat(row.getCell(9).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0\nline two");
    }
    upload("apply", sheet)
        .statusCode(200)
        .body("applied", equalTo(true))
        .body("changed", equalTo(0))
        .body("created", equalTo(0))
        .body("unchanged", equalTo(2))
        .body("errors", equalTo(0));
    request()
        .get(measurementPath(first))
        .then()
        .statusCode(200)
        .header("ETag", equalTo(etag))
        .body("commentary", equalTo("=cmd|' /C calc'!A0\nline two"));
    request()
        .get(measurementPath(score))
        .then()
        .body("printedValue", equalTo(0.9f))
        .body("value", equalTo(0.5f));
  }

  @Test
  void aFormulaCellLoadsTheValueSavedWithItThroughThePreviewAndApply() throws IOException {
    byte[] sheet = workbook(XSSFWorkbookType.XLSX, "1+1");
    upload("preview", sheet)
        .statusCode(200)
        .body("rows[0].outcome", equalTo("CREATED"))
        .body("rows[0].changes[0].to", equalTo("42"));
    request().get(measurementPath(first)).then().statusCode(404);
    upload("apply", sheet).statusCode(200).body("created", equalTo(1));
    request().get(measurementPath(first)).then().body("value", equalTo(42));
  }

  @Test
  void macroEnabledCorruptAndOversizedWorkbooksAreRefusedWholeAndNothingIsSaved()
      throws IOException {
    byte[] macros = workbook(XSSFWorkbookType.XLSM, "1+1");
    problem(
            upload(
                Api.ADMIN,
                "apply",
                quarter,
                macros,
                "application/vnd.ms-excel.sheet.macroEnabled.12"),
            422,
            "body")
        .body("detail", containsString("macro-enabled"));
    problem(upload("apply", macros), 422, "body").body("detail", containsString("macro"));
    byte[] good = workbook(XSSFWorkbookType.XLSX, "1+1");
    problem(upload("apply", Arrays.copyOf(good, good.length - 200)), 422, "body")
        .body("detail", containsString("XLSX workbook"));
    byte[] huge = new byte[2 * 1024 * 1024 + 1];
    problem(upload("preview", huge), 413, "body");
    request().get(measurementPath(first)).then().statusCode(404);
  }

  @Test
  void aWorkbookOfMoreThan5000RowsIsRefusedNamingTheLimit() throws IOException {
    byte[] sheet;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet rows = workbook.createSheet("Q");
      rows.createRow(0).createCell(0).setCellValue("Indicator code");
      for (int i = 1; i <= 5_001; i++) {
        Row row = rows.createRow(i);
        row.createCell(0).setCellValue(first);
      }
      workbook.write(out);
      sheet = out.toByteArray();
    }
    problem(upload("preview", sheet), 422, "body").body("detail", containsString("5,000 rows"));
  }

  @Test
  void aViewerUploadsNothingAndABadFormatIsRefused() throws IOException {
    problem(
        upload(Api.VIEWER, "apply", quarter, workbook(XSSFWorkbookType.XLSX, "1+1"), XLSX),
        403,
        null);
    problem(
        request()
            .accept("text/csv")
            .get("/imports/template?period=" + quarter + "&format=ods")
            .then(),
        400,
        "format");
    request().get(measurementPath(first)).then().statusCode(404);
  }
}
