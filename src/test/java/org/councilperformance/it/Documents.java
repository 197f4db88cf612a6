package org.councilperformance.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads rendered packs the way their readers' software would: PDF text through PDFBox, XLSX cells
 * and DOCX text through Apache POI. Every rendered file is also kept under target/report-pack/ to
 * be looked at.
 */
final class Documents {
  private Documents() {}

  /** A quarterly pack from the test server, as the demo admin unless a user is named. */
  static byte[] pack(String query) {
    return packAs(Api.ADMIN, query);
  }

  static byte[] packAs(String username, String query) {
    return Api.as(username)
        .accept("*/*")
        .get("/reports/quarterly?" + query)
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }

  static void keep(String name, byte[] document) {
    try {
      Path folder = Path.of("target", "report-pack");
      Files.createDirectories(folder);
      Files.write(folder.resolve(name), document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of every page, in order, with whitespace runs collapsed to single spaces. */
  static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PDDocument pdf(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each worksheet's cells as text, row by row: sheet name → rows → cells. */
  static Map<String, List<List<Object>>> xlsx(byte[] xlsx) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
      for (Sheet sheet : workbook) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row row : sheet) {
          List<Object> cells = new ArrayList<>();
          for (Cell cell : row) {
            cells.add(
                switch (cell.getCellType()) {
                  case NUMERIC -> cell.getNumericCellValue();
                  case STRING -> cell.getStringCellValue();
                  case BOOLEAN -> cell.getBooleanCellValue();
                  default -> "";
                });
          }
          rows.add(cells);
        }
        sheets.put(sheet.getSheetName(), rows);
      }
      return sheets;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a Word document, whitespace runs collapsed to single spaces. */
  static String docxText(byte[] docx) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText().replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
