package org.councilperformance.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilperformance.it.Documents.keep;
import static org.councilperformance.it.Documents.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.councilperformance.infrastructure.report.PdfStructure;
import org.councilperformance.infrastructure.report.PdfUa;
import org.junit.jupiter.api.Test;

/**
 * The sample council's whole pack, as the API serves it, is PDF/UA-1 with no failure by veraPDF,
 * and a screen reader can jump by its headings and hear its tables' headers
 * (docs/reports.md#accessibility). The PDF and its tag tree are kept under target/report-pack/.
 */
class PackAccessibilityIT {
  private static final String SAMPLE = "period=2018-19-Q2";

  @Test
  void theSampleCouncilsWholePackHasNoPdfUaFailures() throws Exception {
    byte[] pdf = pack(SAMPLE);
    keep("whole-pack.pdf", pdf);
    List<String> tree = PdfStructure.tree(pdf);
    Files.write(Path.of("target", "report-pack", "whole-pack.tags.txt"), tree);

    assertThat(PdfUa.failures(pdf)).as("veraPDF PDF/UA-1 failures by rule").isEmpty();
    List<String> lines = tree.stream().map(String::strip).toList();
    assertThat(lines)
        .anyMatch(l -> l.equalsIgnoreCase("H1: 2018/19 Quarter 2 Performance Management Report"))
        .contains("H2: Summary of performance", "H2: Appendix E: corporate risk register")
        .anyMatch(l -> l.startsWith("H3: "))
        .anyMatch(l -> l.startsWith("TH[Column]: Indicator"))
        .anyMatch(l -> l.startsWith("Figure:") && l.contains("(alt: Bar chart of the reasons"));
  }

  @Test
  void everySectionOfTheSamplePackIsABookmark() {
    assertThat(PdfStructure.bookmarks(pack(SAMPLE)))
        .contains(
            "Cover",
            "Summary of performance",
            "Performance dashboards",
            "Exception report and intervention plans",
            "Appendix F: data-quality findings",
            "Appendix G: plan on a page");
  }
}
