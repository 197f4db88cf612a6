package org.councilperformance.application.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.councilperformance.application.ExceptionReport;
import org.councilperformance.domain.intervention.OffTrackItem;
import org.councilperformance.domain.report.PackSection;

/**
 * The exception report (docs/rules.md#exception-report): every red then amber indicator and action
 * with its commentary, then each intervention plan in force for them, in full.
 */
@ApplicationScoped
public class ExceptionSource implements SectionSource {
  private final ExceptionReport report;

  @Inject
  public ExceptionSource(ExceptionReport report) {
    this.report = report;
  }

  /** For CDI's client proxy only. */
  protected ExceptionSource() {
    this(null);
  }

  @Override
  public PackSection section() {
    return PackSection.EXCEPTIONS;
  }

  @Override
  public SectionContent content(PackContext context) {
    List<OffTrackItem> items =
        report.items(context.period(), context.statuses(), context.actions());
    List<Map<String, Object>> rows = ExceptionRows.of(items);
    Map<String, Object> parameters =
        new HashMap<>(PrintedColumns.parameters(rows, ExceptionRows.STEP_COLUMNS));
    parameters.put("SUMMARY", ExceptionRows.summary(items));
    return new SectionContent(section(), "Exceptions", rows, parameters);
  }
}
