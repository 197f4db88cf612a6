package org.councilperformance.interfaces.portal.reading;

import java.util.List;
import java.util.stream.Collectors;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;

/**
 * A committee pack as the portal's form asks for it, already read by the API's own value types:
 * also the key by which an identical request joins a pack being printed
 * (docs/portal.md#the-committee-pack).
 *
 * @param priority, businessUnit the scope; null for the whole council
 */
public record PackRequest(
    PeriodCode period,
    Code priority,
    Code businessUnit,
    List<PackSection> sections,
    ReportFormat format) {
  public PackRequest {
    sections = List.copyOf(sections);
  }

  /** Its sections as the API's {@code sections} parameter says them, e.g. "cover,summary". */
  public String sectionKeys() {
    return sections.stream().map(PackSection::key).collect(Collectors.joining(","));
  }
}
