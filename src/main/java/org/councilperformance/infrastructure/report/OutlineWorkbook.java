package org.councilperformance.infrastructure.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilperformance.application.report.outline.Column;
import org.councilperformance.application.report.outline.Figure;
import org.councilperformance.application.report.outline.Mark;
import org.councilperformance.application.report.outline.PackOutline;
import org.councilperformance.application.report.outline.SectionOutline;
import org.councilperformance.application.report.outline.Table;

/**
 * The pack as a workbook of tidy tables (docs/reports.md#formats): one table per sheet, its header
 * in row 1 (frozen) and its data from row 2, no merged cells, no titles above. Figures are numbers
 * formatted to their own decimals ("#,##0", "#,##0.0"…, so a whole number never shows a stray
 * point), money with negatives in brackets, days as dates. Tables that share a sheet (one per
 * priority) are stacked under one header with a first column naming each.
 */
final class OutlineWorkbook {
  private static final int MAX_COLUMN_CHARS = 60;

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Map<String, CellStyle> styles = new HashMap<>();
  private final CellStyle header;

  private OutlineWorkbook() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
  }

  static byte[] write(PackOutline outline) {
    OutlineWorkbook book = new OutlineWorkbook();
    try (XSSFWorkbook workbook = book.workbook) {
      book.sheets(outline);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void sheets(PackOutline outline) {
    Map<String, List<Table>> sheets = new LinkedHashMap<>();
    for (SectionOutline section : outline.sections()) {
      List<Table> tables = section.tables();
      if (tables.isEmpty()) {
        // A section with only words ("No finance figures have been entered…") still has its sheet.
        Table.Builder notes =
            Table.builder(section.title(), section.sheetName())
                .column("note", "Note", Column.Kind.TEXT, r -> r.get("note"));
        section.paragraphs().forEach(p -> notes.row(Map.of("note", p), false));
        tables = List.of(notes.build());
      }
      tables.forEach(t -> sheets.computeIfAbsent(t.sheet(), s -> new ArrayList<>()).add(t));
    }
    Set<String> names = new HashSet<>();
    sheets.forEach((name, tables) -> sheet(unique(name, names), tables));
  }

  /** One sheet: the tables' columns, joined by key in order of first appearance, then rows. */
  private void sheet(String name, List<Table> tables) {
    Sheet sheet = workbook.createSheet(name);
    String groupLabel = tables.get(0).groupLabel();
    int offset = groupLabel == null ? 0 : 1;
    List<Column> columns = new ArrayList<>();
    Map<String, Integer> place = new HashMap<>();
    for (Table table : tables) {
      for (Column column : table.columns()) {
        if (place.putIfAbsent(column.key(), columns.size() + offset) == null) {
          columns.add(column);
        }
      }
    }
    int[] widths = new int[columns.size() + offset];
    Row head = sheet.createRow(0);
    if (groupLabel != null) {
      headerCell(head, 0, groupLabel, widths);
    }
    for (int c = 0; c < columns.size(); c++) {
      headerCell(head, c + offset, columns.get(c).label(), widths);
    }
    int r = 1;
    for (Table table : tables) {
      for (Table.Row values : table.rows()) {
        Row row = sheet.createRow(r++);
        if (groupLabel != null) {
          text(row.createCell(0), table.groupValue(), widths, 0);
        }
        for (int c = 0; c < table.columns().size(); c++) {
          Column column = table.columns().get(c);
          cell(row, place.get(column.key()), values.cells().get(c), column, widths);
        }
      }
    }
    sheet.createFreezePane(0, 1);
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARS) + 2) * 256);
    }
  }

  private void headerCell(Row row, int at, String label, int[] widths) {
    Cell cell = row.createCell(at);
    cell.setCellValue(label);
    cell.setCellStyle(header);
    widths[at] = Math.max(widths[at], label.length());
  }

  private void cell(Row row, int at, Object value, Column column, int[] widths) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(at);
    if (value instanceof Figure figure) {
      cell.setCellValue(figure.value().doubleValue());
      cell.setCellStyle(style(figure.pattern(column.kind().brackets())));
      widths[at] = Math.max(widths[at], figure.text(false).length() + 1);
    } else if (value instanceof java.time.LocalDate day) {
      cell.setCellValue(day);
      cell.setCellStyle(style("d mmm yyyy"));
      widths[at] = Math.max(widths[at], 11);
    } else if (value instanceof Mark mark) {
      text(cell, mark.text(), widths, at);
    } else {
      text(cell, String.valueOf(value), widths, at);
    }
  }

  private void text(Cell cell, String text, int[] widths, int at) {
    cell.setCellValue(text);
    if (text.indexOf('\n') >= 0) {
      // e.g. a status with the status the council printed beneath it, as the PDF prints it
      cell.setCellStyle(wrapped());
    }
    for (String line : text.split("\n")) {
      widths[at] = Math.max(widths[at], line.length());
    }
  }

  /** Text kept on its own lines. */
  private CellStyle wrapped() {
    return styles.computeIfAbsent(
        "\n",
        k -> {
          CellStyle style = workbook.createCellStyle();
          style.setWrapText(true);
          style.setVerticalAlignment(VerticalAlignment.TOP);
          return style;
        });
  }

  private CellStyle style(String format) {
    return styles.computeIfAbsent(
        format,
        f -> {
          CellStyle style = workbook.createCellStyle();
          style.setDataFormat(workbook.createDataFormat().getFormat(f));
          return style;
        });
  }

  /** A sheet name Excel accepts (31 characters, none of : \ / ? * [ ]), unique in the book. */
  private static String unique(String name, Set<String> taken) {
    String safe = WorkbookUtil.createSafeSheetName(name);
    String candidate = safe;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " " + n;
      candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
    }
    return candidate;
  }
}
