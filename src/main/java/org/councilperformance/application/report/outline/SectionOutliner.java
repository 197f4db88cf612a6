package org.councilperformance.application.report.outline;

import org.councilperformance.application.report.SectionContent;

/**
 * Turns one section's rows and parameters into its blocks. One class per section, beside its source
 * in application/report: to print a new row field in the HTML, Word and workbook formats, add its
 * column there.
 */
interface SectionOutliner {
  void outline(SectionContent content, Blocks blocks);
}
