package org.councilperformance.infrastructure.report;

import java.util.HashMap;
import java.util.Map;

/**
 * The page each section of one pack starts on, for its contents page: the pack template records a
 * section's page as it prints the section's title, and the contents page, printed earlier, reads
 * them when the pack is complete (docs/reports.md#contents-and-bookmarks). One per fill.
 */
public final class SectionPages {
  private final Map<String, Integer> pages = new HashMap<>();

  /** Records the section's first page; always true, so the template can call it as it prints. */
  public boolean record(String section, Integer page) {
    pages.putIfAbsent(section, page);
    return true;
  }

  /**
   * The section's first page.
   *
   * @param packPages the pack's page count: the template passes it only so that JasperReports
   *     evaluates the call when the pack is complete ("Auto" evaluation waits for it)
   */
  public Integer pageOf(String section, Integer packPages) {
    return pages.get(section);
  }
}
