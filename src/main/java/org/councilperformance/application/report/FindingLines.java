package org.councilperformance.application.report;

import java.util.List;
import org.councilperformance.domain.quality.Finding;

/**
 * What an appendix prints under "Figures that do not add up". Each finding is printed once: where
 * the pack also has the data-quality appendix, which lists every finding with its printed and
 * computed figures, the appendix says how many of its figures do not add up and points there;
 * otherwise it lists each finding's message itself.
 */
final class FindingLines {
  private FindingLines() {}

  static List<String> of(List<Finding> findings, boolean listedInDataQuality) {
    if (findings.isEmpty()) {
      return List.of();
    }
    if (listedInDataQuality) {
      int n = findings.size();
      return List.of(
          (n == 1 ? "1 figure in this appendix does not" : n + " figures in this appendix do not")
              + " add up: "
              + (n == 1 ? "it is" : "each is")
              + " listed, with the figure computed, in the appendix of data-quality findings.");
    }
    return findings.stream().map(f -> FigureFormats.periodsAsLabels(f.message())).toList();
  }
}
