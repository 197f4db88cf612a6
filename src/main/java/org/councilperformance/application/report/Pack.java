package org.councilperformance.application.report;

import java.util.List;

/**
 * A quarterly pack ready to render: what every page header says, and its sections in order.
 *
 * @param fileStem the download name without extension, e.g. "quarterly-performance-2018-19-Q2"
 */
public record Pack(
    String council,
    String title,
    String periodLabel,
    String scopeText,
    String fileStem,
    List<SectionContent> sections) {

  public Pack {
    sections = List.copyOf(sections);
  }

  /** Detail rows over all sections: what decides whether the fill pages out to disk. */
  public int rowCount() {
    return sections.stream().mapToInt(s -> s.rows().size()).sum();
  }
}
