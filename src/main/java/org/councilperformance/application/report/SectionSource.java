package org.councilperformance.application.report;

import org.councilperformance.domain.report.PackSection;

/**
 * Gathers one section's content. Implementations are CDI beans found by the pack; each reads what
 * it needs in a fixed number of queries, whatever the number of indicators, and shares what other
 * sections read through the {@link PackContext}.
 */
public interface SectionSource {
  PackSection section();

  SectionContent content(PackContext context);
}
