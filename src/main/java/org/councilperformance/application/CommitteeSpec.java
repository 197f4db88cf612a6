package org.councilperformance.application;

import java.util.List;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.report.PackSection;
import org.councilperformance.domain.report.ReportFormat;

/**
 * Everything about a committee but its code: what its pack covers (a priority or a business unit,
 * both null for the whole council), which sections (empty: all of its scope), the format, and its
 * clear working days before a meeting.
 */
public record CommitteeSpec(
    String name,
    String remit,
    Code priority,
    Code businessUnit,
    List<PackSection> sections,
    ReportFormat format,
    int clearDays) {
  public CommitteeSpec {
    sections = sections == null ? List.of() : List.copyOf(sections);
  }
}
