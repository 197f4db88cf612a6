package org.councilperformance.application.report;

import java.util.List;
import java.util.Map;
import org.councilperformance.domain.report.PackSection;

/**
 * What one section of the pack prints: its template (reports/{template}.jrxml), its rows, one map
 * per detail row keyed by the template's field names, and its parameters.
 */
public record SectionContent(
    PackSection section,
    String template,
    List<Map<String, Object>> rows,
    Map<String, Object> parameters) {
  /**
   * The parameter naming the template's optional columns this section leaves out, a set of column
   * names (see {@link PrintedColumns}); absent when every column prints.
   */
  public static final String HIDDEN_COLUMNS = "HIDDEN_COLUMNS";

  public SectionContent {
    rows = List.copyOf(rows);
    parameters = Map.copyOf(parameters);
  }
}
