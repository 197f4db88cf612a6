package org.councilperformance.infrastructure.report;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintEllipse;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintLine;
import net.sf.jasperreports.engine.JRPrintRectangle;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.type.BandTypeEnum;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.PdfStructureEntry;

/**
 * Tags the pack's PDF by the style library's meaning, so that every template, present and future,
 * is tagged without marking each element (docs/reports.md#accessibility):
 *
 * <ul>
 *   <li>style {@code Title} is a level 1 heading, {@code Heading} level 2, {@code SubHeading} level
 *       3;
 *   <li>cells in a {@code TableHeader} style are table header cells (TH), cells in a {@code
 *       TableCell} style or one derived from it are data cells (TD); side by side at one height
 *       they are a row (TR), and consecutive rows a table, which ends at the first element that is
 *       not a cell or at the end of the page;
 *   <li>the running page header and footer, lines and rectangles are not tagged: they are page
 *       furniture, which {@link PdfUaFinish} marks as artifacts.
 * </ul>
 *
 * An element that names its own tag with JasperReports' {@code
 * net.sf.jasperreports.export.accessibility.tag} or {@code net.sf.jasperreports.export.pdf.tag.*}
 * properties is left to JasperReports. JasperReports 7.0.3 tags a table only from start and end
 * marks on its first and last elements, which a table spread over group headers and detail bands of
 * varying length cannot carry; hence this (docs/stack.md#tagged-pdf-and-pdfua).
 */
final class PackTagging extends JRPdfExporterTagHelper {
  private enum Cell {
    TH,
    TD
  }

  private static final String ACCESSIBILITY_TAG = "net.sf.jasperreports.export.accessibility.tag";
  private static final PdfName SCOPE = new PdfName("Scope");
  private static final PdfName ROW = new PdfName("Row");
  private static final PdfName COLUMN = new PdfName("Column");

  private final Deque<Integer> frameOffsets = new ArrayDeque<>();
  private int artifactDepth;
  private int pages;
  private boolean firstPage;
  private int lastHeading;
  private boolean tableOpen;
  private boolean rowOpen;
  private int rowY;
  private final Deque<JRPrintElement> openTags = new ArrayDeque<>();
  private final List<PdfStructureEntry> rowHeaders = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private boolean rowHasData;

  PackTagging(JRPdfExporter exporter) {
    super(exporter);
  }

  @Override
  protected void startPage() {
    firstPage = pages++ == 0;
    super.startPage();
    frameOffsets.clear();
    artifactDepth = 0;
  }

  @Override
  protected void endPage() {
    if (isTagged) {
      endTable();
    }
    super.endPage();
  }

  @Override
  protected void startElement(JRPrintElement element) {
    if (!isTagged) {
      return;
    }
    if (artifactDepth > 0 || isFurniture(element) && !(firstPage && namesItsOwnTag(element))) {
      artifactDepth++;
      return;
    }
    int y = frameOffsets.isEmpty() ? element.getY() : frameOffsets.peek() + element.getY();
    if (element instanceof JRPrintFrame) {
      frameOffsets.push(y);
      super.startElement(element);
      return;
    }
    if (namesItsOwnTag(element)) {
      endTable();
      String tag = element.getPropertiesMap().getProperty(ACCESSIBILITY_TAG);
      if (tag != null && tag.matches("h[1-6]")) {
        lastHeading = tag.charAt(1) - '0';
      }
      super.startElement(element);
      return;
    }
    Cell cell = cellOf(element.getStyle());
    if (cell != null) {
      startCell(element, cell, y);
      return;
    }
    endTable();
    int level = levelOf(element.getStyle());
    if (level > 0) {
      // Never skip a level going down (PDF/UA-1 7.4.2): a sub-block heading straight after the
      // document's title is a level 2 heading.
      level = Math.min(level, lastHeading + 1);
      lastHeading = level;
      PdfStructureEntry tag = pdfStructure.createTag(tagStack.peek(), "H" + level);
      tag.putArray("K");
      tagStack.push(tag);
      isTagEmpty = true;
      openTags.push(element);
    }
  }

  @Override
  protected void endElement(JRPrintElement element) {
    if (!isTagged) {
      return;
    }
    if (artifactDepth > 0) {
      artifactDepth--;
      return;
    }
    if (element instanceof JRPrintFrame) {
      frameOffsets.pop();
      super.endElement(element);
      return;
    }
    if (!openTags.isEmpty() && openTags.peek() == element) {
      openTags.pop();
      if (isTagEmpty) {
        pdfStructure.beginTag(tagStack.peek(), "Span");
        pdfStructure.endTag();
      }
      tagStack.pop();
      return;
    }
    if (namesItsOwnTag(element)) {
      super.endElement(element);
    }
  }

  @Override
  protected void startText(boolean isHyperlink) {
    if (artifactDepth == 0) {
      super.startText(isHyperlink);
    }
  }

  @Override
  protected void startText(String text, boolean isHyperlink) {
    if (artifactDepth == 0) {
      super.startText(text, isHyperlink);
    }
  }

  @Override
  protected void endText() {
    if (artifactDepth == 0) {
      super.endText();
    }
  }

  @Override
  protected void startImage(JRPrintImage image) {
    if (artifactDepth == 0) {
      super.startImage(image);
    }
  }

  @Override
  protected void endImage() {
    if (artifactDepth == 0) {
      super.endImage();
    }
  }

  private void startCell(JRPrintElement element, Cell cell, int y) {
    if (!tableOpen) {
      createTableStartTag();
      tableOpen = true;
    }
    if (rowOpen && y != rowY) {
      endRow();
    }
    if (!rowOpen) {
      createTrStartTag();
      rows.add(new Row(tagStack.peek()));
      rowOpen = true;
      rowY = y;
    }
    rows.get(rows.size() - 1).cells++;
    if (cell == Cell.TH) {
      createThStartTag(element);
      rowHeaders.add(tagStack.peek());
    } else {
      createTdStartTag(element);
      rowHasData = true;
    }
    openTags.push(element);
  }

  /**
   * Closes the row, giving its header cells their scope: a row of header cells heads the columns
   * below it; a header cell in a row of data (a risk matrix's likelihood) heads its row.
   */
  private void endRow() {
    PdfName scope = rowHasData ? ROW : COLUMN;
    for (PdfStructureEntry header : rowHeaders) {
      if (header instanceof ClassicStructureEntry entry) {
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, PdfName.TABLE);
        attributes.put(SCOPE, scope);
        entry.getElement().put(PdfName.A, attributes);
      }
    }
    rowHeaders.clear();
    rowHasData = false;
    tagStack.pop();
    rowOpen = false;
  }

  private void endTable() {
    if (rowOpen) {
      endRow();
    }
    if (tableOpen) {
      padShortRows();
      tagStack.pop();
      tableOpen = false;
    }
  }

  /**
   * Gives every row of the table as many cells as its longest, with empty data cells at the end:
   * the part of a row that runs over onto the next page has only the cells whose text ran over, and
   * PDF/UA (7.2) wants a table's rows of one length.
   */
  private void padShortRows() {
    int columns = rows.stream().mapToInt(r -> r.cells).max().orElse(0);
    for (Row row : rows) {
      for (int i = row.cells; i < columns; i++) {
        pdfStructure.createTag(row.entry, "TD");
      }
    }
    rows.clear();
  }

  private static final class Row {
    final PdfStructureEntry entry;
    int cells;

    Row(PdfStructureEntry entry) {
      this.entry = entry;
    }
  }

  /** Page headers and footers, and every line, rectangle and ellipse. */
  private boolean isFurniture(JRPrintElement element) {
    if (element instanceof JRPrintLine
        || element instanceof JRPrintRectangle
        || element instanceof JRPrintEllipse) {
      return true;
    }
    var origin = element.getOrigin();
    return origin != null
        && (origin.getBandType() == BandTypeEnum.PAGE_HEADER
            || origin.getBandType() == BandTypeEnum.PAGE_FOOTER);
  }

  private static boolean namesItsOwnTag(JRPrintElement element) {
    if (!element.hasProperties()) {
      return false;
    }
    for (String name : element.getPropertiesMap().getPropertyNames()) {
      if (name.startsWith("net.sf.jasperreports.export.pdf.tag.")
          || name.equals(ACCESSIBILITY_TAG)) {
        return true;
      }
    }
    return false;
  }

  private static Cell cellOf(JRStyle style) {
    for (JRStyle s = style; s != null; s = s.getStyle()) {
      switch (s.getName()) {
        case "TableHeader":
          return Cell.TH;
        case "TableCell":
          return Cell.TD;
        default:
          break;
      }
    }
    return null;
  }

  private static int levelOf(JRStyle style) {
    if (style == null) {
      return 0;
    }
    return switch (style.getName()) {
      case "Title" -> 1;
      case "Heading" -> 2;
      case "SubHeading" -> 3;
      default -> 0;
    };
  }
}
