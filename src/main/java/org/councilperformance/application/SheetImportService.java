package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.councilperformance.domain.RowsRejectedException;
import org.councilperformance.domain.period.PeriodCode;

/**
 * An uploaded sheet previewed or applied by the service for its kind: figures by {@link
 * QuarterImportService}, actions' updates by {@link ActionImportService} (docs/api.md#imports).
 */
@ApplicationScoped
public class SheetImportService {
  private final QuarterImportService figures;
  private final ActionImportService actions;

  @Inject
  public SheetImportService(QuarterImportService figures, ActionImportService actions) {
    this.figures = figures;
    this.actions = actions;
  }

  /** For CDI's client proxy only. */
  protected SheetImportService() {
    this(null, null);
  }

  /** What loading the sheet would do, row by row; nothing is saved. */
  public List<SheetOutcome> preview(PeriodCode period, UploadedSheet sheet) {
    return sheet.ofActions()
        ? actions.preview(period, sheet.actions())
        : figures.preview(period, sheet.indicators());
  }

  /**
   * Loads every row, or none.
   *
   * @throws RowsRejectedException naming every row's error; nothing is saved
   */
  public List<SheetOutcome> apply(PeriodCode period, UploadedSheet sheet) {
    return sheet.ofActions()
        ? actions.apply(period, sheet.actions())
        : figures.apply(period, sheet.indicators());
  }
}
