package org.councilperformance.application.report;

import org.councilperformance.domain.report.ReportFormat;

/**
 * Prints an assembled pack as a document. A port: the application says what a pack holds, and
 * infrastructure prints it with JasperReports (docs/reports.md).
 */
public interface PackRenderer {
  byte[] render(Pack pack, ReportFormat format);
}
