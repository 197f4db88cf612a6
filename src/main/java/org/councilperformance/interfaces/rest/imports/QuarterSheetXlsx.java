package org.councilperformance.interfaces.rest.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.councilperformance.application.UploadedSheet;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.InvalidValueException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A quarter's sheet as an XLSX workbook (docs/api.md#imports), by Apache POI: the template written
 * with XSSF, an upload read as a stream of rows (the event API), so a large sheet is never held
 * whole. A formula is never evaluated: a cell gives the value the spreadsheet program saved with
 * it. A macro-enabled or unreadable workbook refuses the whole upload.
 */
final class QuarterSheetXlsx {
  static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** What a browser sends for an .xlsm file: refused, with a reason, rather than unsupported. */
  static final String MACRO_ENABLED_MEDIA_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";

  /** Why a macro-enabled workbook is refused, and what to send instead. */
  static final String MACRO_ENABLED_REFUSAL =
      "a macro-enabled workbook (.xlsm) is refused: save it as an Excel Workbook (.xlsx)";

  /**
   * The most a workbook may unpack to. A 2 MiB upload of 5,000 rows with commentary unpacks to a
   * few tens of megabytes; a "zip bomb" of the same size would unpack to gigabytes in memory.
   */
  static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

  private QuarterSheetXlsx() {}

  /**
   * The template as a workbook with one sheet: row 1 the headings, a row per indicator. Figures are
   * numbers where a spreadsheet's number holds them exactly, else text; text is neutralised as in
   * the CSV ({@link QuarterSheet#neutralise}), so it reads back the same.
   */
  static byte[] write(QuarterSheet.Table table) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Quarter");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      List<String> headings = table.headings();
      Row first = sheet.createRow(0);
      for (int c = 0; c < headings.size(); c++) {
        first.createCell(c).setCellValue(headings.get(c));
        first.getCell(c).setCellStyle(bold);
      }
      for (int r = 0; r < table.rows().size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<String> cells = table.rows().get(r);
        for (int c = 0; c < cells.size(); c++) {
          String text = cells.get(c);
          if (text.isEmpty()) {
            continue;
          }
          Double number = table.figureColumns().contains(c) ? exactNumber(text) : null;
          if (number != null) {
            row.createCell(c).setCellValue(number);
          } else {
            row.createCell(c).setCellValue(text);
          }
        }
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // written to memory
    }
  }

  /** The figure as a spreadsheet number when one holds it exactly, else null (kept as text). */
  private static Double exactNumber(String figure) {
    double number = Double.parseDouble(figure);
    return new BigDecimal(figure).compareTo(BigDecimal.valueOf(number)) == 0 ? number : null;
  }

  /**
   * Reads an upload's first sheet by the sheet's rules ({@link QuarterSheet.Reader}).
   *
   * @throws InvalidValueException naming "body" for a workbook that is macro-enabled, not an XLSX
   *     workbook, corrupt, or unpacks to more than {@link #MAX_UNPACKED_BYTES}
   */
  static UploadedSheet read(byte[] bytes) {
    requireBoundedUnpacking(bytes);
    QuarterSheet.Reader reader = new QuarterSheet.Reader();
    try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      refuseMacros(workbook);
      XSSFReader parts = new XSSFReader(workbook);
      Iterator<InputStream> sheets = parts.getSheetsData();
      if (!sheets.hasNext()) {
        throw new InvalidValueException("body", "the workbook has no sheet");
      }
      StylesTable styles = parts.getStylesTable();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
      try (InputStream sheet = sheets.next()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(
            new XSSFSheetXMLHandler(styles, strings, new Rows(reader), new CachedFigures(), false));
        xml.parse(new InputSource(sheet));
      }
    } catch (BusinessException e) {
      throw e;
    } catch (IOException
        | SAXException
        | OpenXML4JException
        | OpenXML4JRuntimeException
        | POIXMLException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw unreadable();
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser", e);
    }
    return reader.sheet();
  }

  private static InvalidValueException unreadable() {
    return new InvalidValueException(
        "body",
        "the upload cannot be read as an XLSX workbook (it is corrupt, or another kind of file):"
            + " save it from the spreadsheet program as an Excel Workbook (.xlsx) or as CSV");
  }

  /** Refuses a workbook that unpacks to more than the limit before anything unpacks it. */
  private static void requireBoundedUnpacking(byte[] bytes) {
    long unpacked = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      boolean any = false;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        any = true;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          unpacked += n;
          if (unpacked > MAX_UNPACKED_BYTES) {
            throw new InvalidValueException(
                "body",
                "the workbook unpacks to more than "
                    + MAX_UNPACKED_BYTES / (1024 * 1024)
                    + " MiB; split it and upload each part");
          }
        }
      }
      if (!any) {
        throw unreadable();
      }
    } catch (IOException | IllegalArgumentException e) {
      throw unreadable();
    }
  }

  /**
   * Macros never reach the product: a macro-enabled workbook (its main part says so, or it carries
   * a VBA project) is refused whole, even under an .xlsx name.
   */
  private static void refuseMacros(OPCPackage workbook) throws OpenXML4JException {
    boolean macros =
        !workbook.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).isEmpty();
    for (PackagePart part : workbook.getParts()) {
      macros |= part.getPartName().getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin");
    }
    if (macros) {
      throw new InvalidValueException(
          "body",
          "the workbook is macro-enabled (.xlsm, or it holds a VBA project); macros are refused:"
              + " save it as an Excel Workbook (.xlsx) without macros");
    }
  }

  /** Collects each row's cell texts by column and hands complete rows to the reader. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    /** Past every template's columns: a row's cells are not held beyond it. */
    private static final int FAR_COLUMN = 64;

    private final QuarterSheet.Reader reader;
    private final List<String> cells = new ArrayList<>();

    Rows(QuarterSheet.Reader reader) {
      this.reader = reader;
    }

    @Override
    public void startRow(int row) {
      cells.clear();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      if (column >= FAR_COLUMN) {
        // Far beyond the template's columns: a filled cell there is still this row's error.
        column = FAR_COLUMN;
      }
      while (cells.size() <= column) {
        cells.add(null);
      }
      cells.set(column, value);
    }

    @Override
    public void endRow(int row) {
      reader.accept(row + 1, new ArrayList<>(cells));
    }
  }

  /**
   * A number as the spreadsheet saved it, never as its display format shows it: a cell shown as 45%
   * is 0.45, one shown as 1,234 is 1234. A formula cell gives the value saved with it.
   */
  private static final class CachedFigures extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return formatRawCellContents(value, formatIndex, formatString, false);
    }

    /** A date cell is a number shown as a date: read as the date (an action's revised due date). */
    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      return plain(value);
    }

    private static String plain(double value) {
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        return String.valueOf(value);
      }
      return QuarterSheet.figure(BigDecimal.valueOf(value));
    }
  }
}
