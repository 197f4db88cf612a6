package org.councilperformance.application.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;
import org.councilperformance.infrastructure.report.JasperPackRenderer;

/**
 * Renders one section's rows alone, as the pack would, with the templates compiled by the build.
 * The PDF is kept under target/report-pack/ to be looked at.
 */
final class SectionRendering {
  private SectionRendering() {}

  /** The PDF's text, whitespace runs collapsed to single spaces. */
  static String pdfText(
      PackSection section, String template, List<Map<String, Object>> rows, String keepAs) {
    byte[] pdf = pdf(List.of(new SectionContent(section, template, rows, Map.of())), keepAs);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sections as the pack prints them, kept as target/report-pack/{keepAs}.pdf. */
  static byte[] pdf(List<SectionContent> sections, String keepAs) {
    Pack pack =
        new Pack(
            "Test Council",
            "Quarterly performance report",
            "2018/19 Quarter 2",
            "Whole council",
            keepAs,
            sections);
    byte[] pdf = new JasperPackRenderer().render(pack, ReportFormat.PDF);
    try {
      Path folder = Path.of("target", "report-pack");
      Files.createDirectories(folder);
      Files.write(folder.resolve(keepAs + ".pdf"), pdf);
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
