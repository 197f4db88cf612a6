package org.councilperformance.application.report;

import java.util.List;
import java.util.Objects;
import org.councilperformance.domain.indicator.IndicatorStatus;
import org.councilperformance.domain.summary.StatusSummary;

/**
 * The summary page's note where the statuses the product computes differ from those the council
 * printed (docs/reports.md#sections): how many differ and what the council's own count was, that
 * the product judges every figure by one rule, and where the differences are marked. Without it a
 * member would meet two headline numbers and no reason for either.
 */
final class AsReportedNote {
  private AsReportedNote() {}

  /** The note, or "" when no printed status differs from the one shown. */
  static String of(List<IndicatorStatus> statuses) {
    long differ = statuses.stream().filter(IndicatorStatus::differsFromReported).count();
    if (differ == 0) {
      return "";
    }
    StatusSummary printed =
        StatusSummary.of(
            statuses.stream()
                .map(IndicatorStatus::reportedStatus)
                .filter(Objects::nonNull)
                .toList());
    return "The council's own report counted "
        + printed.text()
        + ". "
        + (differ == 1
            ? "The status of 1 indicator here differs from the one it printed"
            : "The statuses of " + differ + " indicators here differ from the ones it printed")
        + ", because this report judges every figure by one rule: the actual against the target,"
        + " within the indicator's tolerance (each indicator's rule is printed in the compendium)."
        + " Where they differ, the status the council printed is shown beside the status here,"
        + " marked \"as reported\", in the dashboards, the exception report and the compendium.";
  }
}
