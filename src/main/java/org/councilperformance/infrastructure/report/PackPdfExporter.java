package org.councilperformance.infrastructure.report;

import net.sf.jasperreports.pdf.JRPdfExporter;

/** JasperReports' PDF exporter with the pack's own tagging ({@link PackTagging}). */
final class PackPdfExporter extends JRPdfExporter {
  PackPdfExporter() {
    tagHelper = new PackTagging(this);
  }
}
