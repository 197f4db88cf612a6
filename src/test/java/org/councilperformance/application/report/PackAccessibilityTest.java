package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    byte[] pdf = render(new GeneratedPack().of(150, 80), "generated-pdfua");

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
  void everySectionAndEachPrioritysDashboardIsABookmark() throws IOException {
    byte[] pdf = render(new GeneratedPack().of(8, 4), "generated-bookmarks");

    assertThat(PdfStructure.bookmarks(pdf))
        .containsSubsequence(
            "Cover",
            "Summary of performance",
            "Performance dashboards",
            "  Homes and communities",
            "  Value for money",
            "Appendix: management of absence",
            "Appendix: corporate risk register");
  }
}
