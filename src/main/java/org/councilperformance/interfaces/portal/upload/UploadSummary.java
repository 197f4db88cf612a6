package org.councilperformance.interfaces.portal.upload;

import java.util.List;
import org.councilperformance.application.SheetOutcome;
import org.councilperformance.domain.RowError;
import org.councilperformance.interfaces.portal.FormErrors;

/** An upload's rows as the preview page shows them: counts, the errors first, then the changes. */
public record UploadSummary(
    int created, int changed, int unchanged, List<RowError> errors, List<SheetOutcome> rows) {
  static UploadSummary of(List<SheetOutcome> outcomes) {
    return new UploadSummary(
        SheetOutcome.count(outcomes, SheetOutcome.Kind.CREATED),
        SheetOutcome.count(outcomes, SheetOutcome.Kind.CHANGED),
        SheetOutcome.count(outcomes, SheetOutcome.Kind.UNCHANGED),
        outcomes.stream().flatMap(o -> o.errors().stream()).toList(),
        outcomes);
  }

  /** Whether applying would change anything. */
  public boolean changesSomething() {
    return created + changed > 0;
  }

  /** The rows that change something or are in error: the ones worth reading. */
  public List<SheetOutcome> shown() {
    return rows.stream().filter(o -> o.kind() != SheetOutcome.Kind.UNCHANGED).toList();
  }

  /**
   * The rows' errors for the error summary, each linked to its row of the table. A row's errors
   * share its link: the summary lists every one.
   */
  public FormErrors formErrors() {
    FormErrors all = FormErrors.none();
    for (RowError error : errors) {
      all.addAnother(
          "row-" + error.row(),
          "Row "
              + error.row()
              + (error.column() == null ? "" : ", " + error.column())
              + ": "
              + error.reason());
    }
    return all;
  }

  /** The counts in words, for the preview's list. */
  public List<String> counts() {
    List<String> counts = new java.util.ArrayList<>();
    counts.add(rowsWord(created) + (created == 1 ? " gets" : " get") + " a first figure");
    counts.add(rowsWord(changed) + (changed == 1 ? " changes" : " change"));
    counts.add(rowsWord(unchanged) + (unchanged == 1 ? " is" : " are") + " unchanged");
    if (!errors.isEmpty()) {
      counts.add(errors.size() == 1 ? "1 error" : errors.size() + " errors");
    }
    return counts;
  }

  /** What applying did, for the next page's banner. */
  String sentence(String fileName) {
    return "You loaded "
        + fileName
        + ": "
        + rowsWord(created)
        + " with a first figure, "
        + rowsWord(changed)
        + " changed, "
        + rowsWord(unchanged)
        + " unchanged.";
  }

  private static String rowsWord(int n) {
    return n == 1 ? "1 row" : n + " rows";
  }
}
