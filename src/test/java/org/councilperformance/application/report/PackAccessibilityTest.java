package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.councilperformance.domain.report.ReportFormat;
import org.councilperformance.infrastructure.report.JasperPackRenderer;
import org.councilperformance.infrastructure.report.PdfStructure;
import org.councilperformance.infrastructure.report.PdfUa;
import org.junit.jupiter.api.Test;

/**
 * A pack of many rows, rendered without a server, is PDF/UA-1 as veraPDF checks it, and a screen
 * reader finds its headings, table headers, bookmarks and contents (docs/reports.md#accessibility).
 * The PDF is kept under target/report-pack/ to be looked at.
 */
class PackAccessibilityTest {
  private static byte[] render(Pack pack, String keepAs) throws IOException {
    byte[] pdf = new JasperPackRenderer().render(pack, ReportFormat.PDF);
    Path folder = Path.of("target", "report-pack");
    Files.createDirectories(folder);
    Files.write(folder.resolve(keepAs + ".pdf"), pdf);
    Files.write(folder.resolve(keepAs + ".tags.txt"), PdfStructure.tree(pdf));
    return pdf;
  }

  @Test
  void aGeneratedPackOfManyRowsHasNoPdfUaFailures() throws IOException {
    byte[] pdf = render(new GeneratedPack().of(100, 50), "generated-pdfua");

    assertThat(PdfUa.failures(pdf)).as("veraPDF PDF/UA-1 failures by rule").isEmpty();
  }

  @Test
  void aScreenReaderFindsTheTitleSectionsTableHeadersAndTheChartsFigures() throws IOException {
    byte[] pdf = render(new GeneratedPack().of(8, 4), "generated-tags");

    List<String> tree = PdfStructure.tree(pdf).stream().map(String::strip).toList();
    assertThat(tree)
        .contains(
            "H1: Quarterly performance report: 2018/19 Quarter 2",
            "H2: Summary of performance",
            "H2: Performance dashboards",
            "H3: Homes and communities",
            "TH[Column]: Indicator",
            "TH[Row]: Likelihood 4")
        .anyMatch(l -> l.startsWith("TD: PI-00"))
        .anyMatch(l -> l.startsWith("Figure:") && l.contains("(alt: Bar chart of the reasons"));
    // The running header and footer are page furniture, not read out on every page.
    assertThat(tree).noneMatch(l -> l.contains("Page 2 of"));
  }

  @Test
  void aContentsPageAfterTheCoverLinksEachSectionWithItsFirstPage() throws IOException {
    byte[] pdf = render(new GeneratedPack().of(8, 4), "generated-contents");

    // After the cover and its front sheet (docs/reports.md#the-front-sheet).
    String contents = pageText(pdf, 3);
    assertThat(contents).startsWith("Contents");
    String tree = String.join("\n", PdfStructure.tree(pdf));
    assertThat(tree)
        .contains("Link: Summary of performance")
        .containsPattern("Link: Appendix [A-Z]: corporate risk register");
    // Each entry's page is the page its section's title is on.
    for (String section :
        List.of("Summary of performance", "Appendix [A-Z]: corporate risk register")) {
      Matcher entry = Pattern.compile("(" + section + ") (\\d+)").matcher(contents);
      assertThat(entry.find()).as(section).isTrue();
      int page = Integer.parseInt(entry.group(2));
      assertThat(pageText(pdf, page)).as(section + " on page " + page).contains(entry.group(1));
    }
  }

  private static String pageText(byte[] pdf, int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      // Without the running header, so that a page starts with what it prints first.
      String text = stripper.getText(document).replaceAll("\\s+", " ").strip();
      return text.substring(text.indexOf("Whole council") + "Whole council".length()).strip();
    }
  }

  @Test
  void everySectionAndEachPrioritysDashboardIsABookmark() throws IOException {
    byte[] pdf = render(new GeneratedPack().of(8, 4), "generated-bookmarks");

    List<String> bookmarks =
        PdfStructure.bookmarks(pdf).stream()
            // The appendices' letters depend on the sections printed (PackSection.headings).
            .map(b -> b.replaceFirst("^Appendix [A-Z]:", "Appendix:"))
            .toList();
    assertThat(bookmarks)
        .containsSubsequence(
            "Cover",
            "Contents",
            "Summary of performance",
            "Performance dashboards",
            "  Homes and communities",
            "  Value for money",
            "Appendix: management of absence",
            "Appendix: corporate risk register");
  }
}
