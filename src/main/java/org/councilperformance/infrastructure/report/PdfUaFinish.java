package org.councilperformance.infrastructure.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;

/**
 * Finishes the PDF that JasperReports 7.0.3 exports as PDF/UA-1 needs it, where the exporter cannot
 * (docs/stack.md#tagged-pdf-and-pdfua): it marks every piece of page content that is not tagged
 * (rules, cell borders and shading, the running page header and footer) as an artifact, drops the
 * fonts' incomplete CIDSet (which PDF/UA allows leaving out, but not incomplete), and adds the XMP
 * metadata with the document's title and the PDF/UA identifier. Everything else (the tags, the
 * language, the title shown in the title bar, the bookmarks) the exporter writes.
 */
final class PdfUaFinish {
  private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

  /** Operators that start a piece of visible content: a path, a text, an image, a shading. */
  private static final Set<String> CONTENT =
      Set.of("m", "re", "sh", "Do", "BI", "Tj", "TJ", "'", "\"");

  private PdfUaFinish() {}

  /**
   * @param title the document title, as shown in the title bar
   * @param author who the document is by
   * @param language the document's language, e.g. "en-GB"
   */
  static byte[] finish(byte[] pdf, String title, String author, String language) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Set<COSDictionary> fontsSeen = new HashSet<>();
      for (PDPage page : document.getPages()) {
        markUntaggedContentAsArtifacts(document, page);
        dropCidSets(page.getResources(), fontsSeen);
      }
      tagLinks(document);
      PDMetadata metadata = new PDMetadata(document);
      try (OutputStream out = metadata.createOutputStream()) {
        out.write(xmp(title, author, language).getBytes(StandardCharsets.UTF_8));
      }
      document.getDocumentCatalog().setMetadata(metadata);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
      // With object streams: PDFBox's plain writer queues objects in a list it searches for each
      // one it adds, so a county-size pack (a structure tree of a million objects) took minutes to
      // save; the compressed writer keeps them in hash sets, and the file is a quarter the size
      // (docs/benchmarks.md#a-county-size-council).
      document.save(out, CompressParameters.DEFAULT_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Wraps each run of content outside any marked-content sequence in {@code /Artifact BMC … EMC}. A
   * run never crosses the start or end of a text object (marked content must nest with them), nor a
   * tagged sequence.
   */
  private static void markUntaggedContentAsArtifacts(PDDocument document, PDPage page)
      throws IOException {
    PDFStreamParser parser = new PDFStreamParser(page);
    List<Object> tokens = parser.parse();
    List<Object> out = new ArrayList<>(tokens.size() + 64);
    List<COSBase> operands = new ArrayList<>();
    int depth = 0;
    boolean inText = false;
    boolean artifact = false;
    boolean artifactInText = false;
    boolean changed = false;
    for (Object token : tokens) {
      if (!(token instanceof Operator operator)) {
        operands.add((COSBase) token);
        continue;
      }
      String name = operator.getName();
      switch (name) {
        case "BDC", "BMC" -> {
          if (artifact) {
            out.add(Operator.getOperator("EMC"));
            artifact = false;
          }
          depth++;
        }
        case "EMC" -> depth--;
        case "BT" -> {
          if (artifact && !artifactInText) {
            out.add(Operator.getOperator("EMC"));
            artifact = false;
          }
          inText = true;
        }
        case "ET" -> {
          if (artifact && artifactInText) {
            out.add(Operator.getOperator("EMC"));
            artifact = false;
          }
          inText = false;
        }
        default -> {
          if (depth == 0 && !artifact && CONTENT.contains(name)) {
            out.add(ARTIFACT);
            out.add(Operator.getOperator("BMC"));
            artifact = true;
            artifactInText = inText;
            changed = true;
          }
        }
      }
      out.addAll(operands);
      operands.clear();
      out.add(operator);
    }
    out.addAll(operands);
    if (artifact) {
      out.add(Operator.getOperator("EMC"));
    }
    if (!changed) {
      return;
    }
    PDStream stream = new PDStream(document);
    try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
      new ContentStreamWriter(os).writeTokens(out);
    }
    page.setContents(stream);
  }

  /**
   * Puts each link annotation in the structure tree, under the Link element JasperReports made for
   * the linked text (page by page, in order), with a description of where it goes: the exporter
   * tags the text but leaves the annotation out (PDF/UA-1 7.18.5). Only the contents page links.
   */
  private static void tagLinks(PDDocument document) throws IOException {
    Map<COSDictionary, List<PDAnnotationLink>> linksByPage = new HashMap<>();
    for (PDPage page : document.getPages()) {
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link) {
          linksByPage.computeIfAbsent(page.getCOSObject(), p -> new ArrayList<>()).add(link);
        }
      }
    }
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    if (linksByPage.isEmpty() || root == null) {
      return;
    }
    Map<COSDictionary, List<COSDictionary>> elementsByPage = new HashMap<>();
    for (Object kid : root.getKids()) {
      if (kid instanceof PDStructureElement element) {
        findLinkElements(element.getCOSObject(), null, elementsByPage);
      }
    }
    COSDictionary parentTree = root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
    COSArray numbers = new COSArray();
    flatten(parentTree, numbers);
    int next = root.getParentTreeNextKey();
    for (int i = 0; i < numbers.size(); i += 2) {
      next = Math.max(next, ((COSInteger) numbers.getObject(i)).intValue() + 1);
    }
    for (var page : linksByPage.entrySet()) {
      List<COSDictionary> elements = elementsByPage.getOrDefault(page.getKey(), List.of());
      List<PDAnnotationLink> links = page.getValue();
      for (int i = 0; i < Math.min(links.size(), elements.size()); i++) {
        PDAnnotationLink link = links.get(i);
        COSDictionary element = elements.get(i);
        link.setContents(describe(link));
        link.setStructParent(next);
        numbers.add(COSInteger.get(next));
        numbers.add(element);
        next++;
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("OBJR"));
        reference.setItem(COSName.OBJ, link.getCOSObject());
        reference.setItem(COSName.PG, page.getKey());
        COSBase kids = element.getDictionaryObject(COSName.K);
        COSArray array;
        if (kids instanceof COSArray existing) {
          array = existing;
        } else {
          array = new COSArray();
          if (kids != null) {
            array.add(kids);
          }
          element.setItem(COSName.K, array);
        }
        array.add(reference);
      }
    }
    parentTree.removeItem(COSName.KIDS);
    parentTree.setItem(COSName.NUMS, numbers);
    root.setParentTreeNextKey(next);
  }

  /** The Link elements under {@code element}, in document order, by the page their text is on. */
  private static void findLinkElements(
      COSDictionary element, COSDictionary page, Map<COSDictionary, List<COSDictionary>> found) {
    COSDictionary own = element.getCOSDictionary(COSName.PG);
    COSDictionary onPage = own != null ? own : page;
    if ("Link".equals(element.getNameAsString(COSName.S))) {
      if (onPage != null) {
        found.computeIfAbsent(onPage, p -> new ArrayList<>()).add(element);
      }
      return;
    }
    COSBase kids = element.getDictionaryObject(COSName.K);
    if (kids instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSDictionary kid && kid.containsKey(COSName.S)) {
          findLinkElements(kid, onPage, found);
        }
      }
    } else if (kids instanceof COSDictionary kid && kid.containsKey(COSName.S)) {
      findLinkElements(kid, onPage, found);
    }
  }

  /** A number tree's entries, from its leaves, as one flat /Nums array. */
  private static void flatten(COSDictionary node, COSArray into) {
    if (node == null) {
      return;
    }
    COSArray nums = node.getCOSArray(COSName.NUMS);
    if (nums != null) {
      for (int i = 0; i < nums.size(); i++) {
        into.add(nums.get(i));
      }
    }
    COSArray kids = node.getCOSArray(COSName.KIDS);
    if (kids != null) {
      for (int i = 0; i < kids.size(); i++) {
        if (kids.getObject(i) instanceof COSDictionary kid) {
          flatten(kid, into);
        }
      }
    }
  }

  /** "Go to" and the anchor's name, which for the pack's links is the section's title. */
  private static String describe(PDAnnotationLink link) throws IOException {
    PDDestination destination = link.getDestination();
    if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
      destination = goTo.getDestination();
    }
    if (destination instanceof PDNamedDestination named) {
      return "Go to " + named.getNamedDestination();
    }
    return "Link";
  }

  /**
   * PDF/UA allows a font without a CIDSet but not one listing too few glyphs, as OpenPDF's does.
   * Read as plain dictionaries: loading the fonts themselves would parse every font program.
   */
  private static void dropCidSets(PDResources resources, Set<COSDictionary> seen) {
    if (resources == null) {
      return;
    }
    COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
    if (fonts == null) {
      return;
    }
    for (COSName name : fonts.keySet()) {
      if (!(fonts.getDictionaryObject(name) instanceof COSDictionary font) || !seen.add(font)) {
        continue;
      }
      COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
      if (descendants != null
          && descendants.size() > 0
          && descendants.getObject(0) instanceof COSDictionary descendant) {
        COSDictionary descriptor = descendant.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor != null) {
          descriptor.removeItem(COSName.CID_SET);
        }
      }
    }
  }

  /** The document's XMP metadata: title, author, language and the PDF/UA-1 identifier. */
  static String xmp(String title, String author, String language) {
    return """
        <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
         <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about=""
            xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
           <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
           <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
           <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
           <pdfuaid:part>1</pdfuaid:part>
          </rdf:Description>
         </rdf:RDF>
        </x:xmpmeta>
        <?xpacket end="w"?>"""
        .formatted(escape(title), escape(author), escape(language));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
