package org.councilperformance.application.report;

import java.time.Duration;
import org.councilperformance.domain.report.ReportFormat;

/**
 * A pack printed in one format, with where its time went: reading the data, then filling and
 * exporting the document.
 *
 * @param fileStem the file name without extension, e.g. "quarterly-performance-2018-19-Q2"
 */
public record PrintedPack(
    byte[] document, ReportFormat format, String fileStem, Duration reading, Duration rendering) {
  public String fileName() {
    return fileStem + "." + format.extension();
  }
}
