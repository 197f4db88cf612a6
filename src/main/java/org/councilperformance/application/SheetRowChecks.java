package org.councilperformance.application;

import java.util.List;
import java.util.Map;
import org.councilperformance.domain.AccessDeniedException;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * The checks every row of an uploaded sheet gets, whatever it loads (docs/api.md#imports): its code
 * names one thing once, its period is the one uploaded to, and the uploader may enter it.
 */
final class SheetRowChecks {
  private SheetRowChecks() {}

  /**
   * Adds the row's errors of code and period.
   *
   * @param thing what a code names, e.g. "indicator"
   * @param found whether the code names one
   * @param firstRow the row each code was first seen on, filled in as rows are checked
   */
  static void codeAndPeriod(
      List<RowError> errors,
      int row,
      String code,
      String thing,
      boolean found,
      String codeColumn,
      Map<String, Integer> firstRow,
      PeriodCode rowPeriod,
      ReportingPeriod period,
      String periodColumn) {
    if (code == null) {
      errors.add(new RowError(row, codeColumn, "the " + thing + " code is blank"));
    } else if (firstRow.putIfAbsent(code, row) != null) {
      errors.add(
          new RowError(
              row, codeColumn, thing + " " + code + " is already on row " + firstRow.get(code)));
    } else if (!found) {
      errors.add(new RowError(row, codeColumn, "no " + thing + " with code '" + code + "'"));
    }
    if (rowPeriod != null && !rowPeriod.equals(period.periodCode())) {
      errors.add(
          new RowError(
              row,
              periodColumn,
              "this upload loads "
                  + period.code()
                  + "; the row is for "
                  + rowPeriod
                  + " (upload each period's sheet to its own period)"));
    }
  }

  /** The row's error when the uploader may not enter figures for the unit, else null. */
  static RowError refusal(
      AccessPolicy access, BusinessUnit unit, String subject, int row, String codeColumn) {
    try {
      access.requireCanEnterFigures(unit, subject);
      return null;
    } catch (AccessDeniedException e) {
      return new RowError(row, codeColumn, e.getMessage());
    }
  }
}
