package org.councilperformance.infrastructure.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * What assistive technology reads from a PDF: its structure tree as "Type: text" lines, one per
 * element, indented by depth (headings, tables and their rows and cells, paragraphs), and its
 * bookmarks. To look at a pack's tags: {@code PdfStructure.tree(pdf)} in a test, or see
 * docs/reports.md#accessibility.
 */
public final class PdfStructure {
  private PdfStructure() {}

  /** The structure tree, one line per element: indentation, standard type, its text. */
  public static List<String> tree(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Map<String, String> roles = roleMap(document);
      Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
      List<String> lines = new ArrayList<>();
      for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
        if (kid instanceof PDStructureElement element) {
          walk(document, element, null, 0, roles, texts, lines);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bookmarks, one line each, indented by level. */
  public static List<String> bookmarks(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> lines = new ArrayList<>();
      var outline = document.getDocumentCatalog().getDocumentOutline();
      if (outline != null) {
        bookmarks(outline, 0, lines);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void bookmarks(PDOutlineNode node, int depth, List<String> lines) {
    for (PDOutlineItem item : node.children()) {
      lines.add("  ".repeat(depth) + item.getTitle());
      bookmarks(item, depth + 1, lines);
    }
  }

  private static Map<String, String> roleMap(PDDocument document) {
    Map<String, String> roles = new HashMap<>();
    document
        .getDocumentCatalog()
        .getStructureTreeRoot()
        .getRoleMap()
        .forEach((k, v) -> roles.put(k, String.valueOf(v)));
    return roles;
  }

  /** Elements read as one piece: their own text and all their descendants' on one line. */
  private static final Set<String> LEAVES =
      Set.of("H1", "H2", "H3", "H4", "H5", "H6", "P", "TH", "TD", "Figure", "Link", "Span", "Lbl");

  private static void walk(
      PDDocument document,
      PDStructureElement element,
      PDPage inherited,
      int depth,
      Map<String, String> roles,
      Map<PDPage, Map<Integer, String>> texts,
      List<String> lines)
      throws IOException {
    PDPage page = element.getPage() != null ? element.getPage() : inherited;
    String type = roles.getOrDefault(element.getStructureType(), element.getStructureType());
    boolean leaf = LEAVES.contains(type);
    StringBuilder text = new StringBuilder();
    List<PDStructureElement> children = new ArrayList<>();
    collectText(element, page, texts, leaf, text, children);
    String alt = element.getAlternateDescription();
    COSDictionary attributes = element.getCOSObject().getCOSDictionary(COSName.A);
    String scope = attributes == null ? null : attributes.getNameAsString("Scope");
    lines.add(
        "  ".repeat(depth)
            + type
            + (scope == null ? "" : "[" + scope + "]")
            + ":"
            + (text.isEmpty() ? "" : " " + text.toString().replaceAll("\\s+", " ").strip())
            + (alt == null ? "" : " (alt: " + alt + ")"));
    for (PDStructureElement child : children) {
      walk(document, child, page, depth + 1, roles, texts, lines);
    }
  }

  /** The element's own text; with {@code deep}, its descendants' too, else its child elements. */
  private static void collectText(
      PDStructureElement element,
      PDPage page,
      Map<PDPage, Map<Integer, String>> texts,
      boolean deep,
      StringBuilder text,
      List<PDStructureElement> children)
      throws IOException {
    for (Object kid : element.getKids()) {
      if (kid instanceof PDStructureElement child) {
        if (deep) {
          PDPage p = child.getPage() != null ? child.getPage() : page;
          collectText(child, p, texts, true, text, children);
        } else {
          children.add(child);
        }
      } else if (kid instanceof Integer mcid && page != null) {
        text.append(textOf(page, mcid, texts));
      } else if (kid instanceof PDMarkedContentReference reference) {
        PDPage p = reference.getPage() != null ? reference.getPage() : page;
        text.append(textOf(p, reference.getMCID(), texts));
      }
    }
  }

  private static String textOf(PDPage page, int mcid, Map<PDPage, Map<Integer, String>> texts)
      throws IOException {
    Map<Integer, String> onPage = texts.get(page);
    if (onPage == null) {
      onPage = new HashMap<>();
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        collect(content, onPage);
      }
      texts.put(page, onPage);
    }
    return onPage.getOrDefault(mcid, "");
  }

  private static void collect(PDMarkedContent content, Map<Integer, String> onPage) {
    StringBuilder text = new StringBuilder();
    for (Object item : content.getContents()) {
      if (item instanceof TextPosition position) {
        text.append(position.getUnicode());
      } else if (item instanceof PDMarkedContent nested) {
        collect(nested, onPage);
      }
    }
    if (content.getMCID() >= 0) {
      onPage.merge(content.getMCID(), text.toString(), String::concat);
    }
  }
}
