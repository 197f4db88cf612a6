package org.councilperformance.infrastructure.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.councilperformance.application.report.outline.Block;
import org.councilperformance.application.report.outline.Column;
import org.councilperformance.application.report.outline.Mark;
import org.councilperformance.application.report.outline.PackOutline;
import org.councilperformance.application.report.outline.SectionOutline;
import org.councilperformance.application.report.outline.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The pack as a Word document for officers to edit (docs/reports.md#formats), written from its
 * outline: the pack's title in the Title style and as the document's title, each section a Heading
 * 1, its parts Heading 2 and 3 (so Word's navigation pane and a screen reader can jump between
 * them), real tables with a repeated header row and a caption, and each chart a picture with its
 * figures in words as alternative text, followed by its table.
 */
final class OutlineWordDocument {
  private final XWPFDocument document = new XWPFDocument();

  private OutlineWordDocument() {}

  static byte[] write(PackOutline outline) {
    OutlineWordDocument word = new OutlineWordDocument();
    try (XWPFDocument document = word.document) {
      word.styles();
      word.body(outline);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void body(PackOutline outline) {
    var properties = document.getProperties().getCoreProperties();
    properties.setTitle(outline.documentTitle());
    properties.setCreator(outline.council());
    properties.setSubjectProperty(outline.periodLabel() + " — " + outline.scopeText());
    footer(outline);
    paragraph("Title", outline.title());
    paragraph(null, outline.council());
    paragraph(null, outline.periodLabel() + " · " + outline.scopeText());
    for (SectionOutline section : outline.sections()) {
      paragraph("Heading1", section.title());
      for (Block block : section.blocks()) {
        if (block instanceof Block.Heading heading) {
          paragraph(heading.level() == 3 ? "Heading2" : "Heading3", heading.text());
        } else if (block instanceof Block.Paragraph text) {
          paragraph(null, text.text());
        } else if (block instanceof Table table) {
          table(table);
        } else if (block instanceof Block.Chart chart) {
          chart(chart);
          table(chart.data());
        }
      }
    }
  }

  /** Every page footed as the PDF's are: council, title, period, "Page X of Y". */
  private void footer(PackOutline outline) {
    XWPFParagraph line = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
    line.createRun()
        .setText(
            outline.council()
                + " · "
                + outline.title()
                + " · "
                + outline.periodLabel()
                + " · Page ");
    field(line, "PAGE");
    line.createRun().setText(" of ");
    field(line, "NUMPAGES");
  }

  /** A field Word fills in when it lays the document out; "1" until then. */
  private static void field(XWPFParagraph paragraph, String instruction) {
    CTSimpleField field = paragraph.getCTP().addNewFldSimple();
    field.setInstr(instruction + " \\* MERGEFORMAT");
    field.addNewR().addNewT().setStringValue("1");
  }

  private XWPFParagraph paragraph(String style, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    lines(paragraph.createRun(), text);
    return paragraph;
  }

  /** Text with its line breaks kept. */
  private static void lines(XWPFRun run, String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
  }

  private void table(Table table) {
    paragraph("Caption", table.caption());
    if (!table.note().isEmpty()) {
      paragraph(null, table.note());
    }
    int columns = table.columns().size();
    XWPFTable grid = document.createTable(table.rows().size() + 1, columns);
    grid.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
    grid.setWidth("100%");
    CTTblPr properties = grid.getCTTbl().getTblPr();
    properties.addNewTblCaption().setVal(table.caption());
    if (!table.note().isEmpty()) {
      properties.addNewTblDescription().setVal(table.note());
    }
    XWPFTableRow head = grid.getRow(0);
    // The header row repeats on every page the table runs on, and is marked as the header.
    head.setRepeatHeader(true);
    for (int c = 0; c < columns; c++) {
      Column column = table.columns().get(c);
      write(head.getCell(c), column.label(), true, column.kind().numeric());
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Table.Row row = table.rows().get(r);
      XWPFTableRow line = grid.getRow(r + 1);
      for (int c = 0; c < columns; c++) {
        Column column = table.columns().get(c);
        Object value = row.cells().get(c);
        String text = value instanceof Mark mark ? mark.text() : Table.text(value, column);
        write(line.getCell(c), text, c == 0 || row.total(), column.kind().numeric());
      }
    }
    document.createParagraph();
  }

  private static void write(XWPFTableCell cell, String text, boolean bold, boolean number) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    if (number) {
      paragraph.setAlignment(ParagraphAlignment.RIGHT);
    }
    XWPFRun run = paragraph.createRun();
    run.setBold(bold);
    lines(run, text);
  }

  private void chart(Block.Chart chart) {
    paragraph("Caption", chart.title());
    XWPFRun run = document.createParagraph().createRun();
    int width = ChartImage.WIDTH * 3 / 4;
    int height = ChartImage.height(chart) * 3 / 4;
    try {
      run.addPicture(
          new ByteArrayInputStream(ChartImage.png(chart)),
          Document.PICTURE_TYPE_PNG,
          "chart.png",
          Units.toEMU(width),
          Units.toEMU(height));
    } catch (IOException | InvalidFormatException e) {
      throw new IllegalStateException("the chart could not be placed: " + e.getMessage(), e);
    }
    var docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
    docPr.setName(chart.title());
    docPr.setDescr(chart.description());
  }

  /** Title, Heading 1–3 and Caption, named as Word's own so that its tools recognise them. */
  private void styles() {
    XWPFStyles styles = document.createStyles();
    style(styles, "Title", "Title", 0, 52, -1);
    style(styles, "Heading1", "heading 1", 1, 36, 0);
    style(styles, "Heading2", "heading 2", 2, 28, 1);
    style(styles, "Heading3", "heading 3", 3, 24, 2);
    style(styles, "Caption", "caption", 0, 22, -1);
  }

  /**
   * @param halfPoints the font size in half points
   * @param outlineLevel 0 for a Heading 1…; -1 for none
   */
  private static void style(
      XWPFStyles styles, String id, String name, int priority, int halfPoints, int outlineLevel) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    style.addNewBasedOn().setVal("Normal");
    style.addNewNext().setVal("Normal");
    if (priority > 0) {
      style.addNewUiPriority().setVal(BigInteger.valueOf(9));
    }
    style.addNewQFormat();
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewKeepNext();
    paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel < 0 ? 120 : 240));
    if (outlineLevel >= 0) {
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }
    CTRPr run = style.addNewRPr();
    run.addNewB();
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    styles.addStyle(new XWPFStyle(style, styles));
  }
}
