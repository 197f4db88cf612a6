package org.councilperformance.domain;

import java.util.List;

/**
 * An uploaded sheet with rows that cannot be loaded: none of its rows is saved, and every row's
 * error is answered at once (docs/api.md#imports).
 */
public class RowsRejectedException extends BusinessException {
  private final transient List<RowError> errors;

  public RowsRejectedException(List<RowError> errors) {
    super(
        errors.isEmpty() ? null : errors.get(0).column(),
        errors.size()
            + (errors.size() == 1 ? " row" : " rows")
            + " cannot be loaded, so nothing was saved; fix them and upload the sheet again");
    this.errors = List.copyOf(errors);
  }

  public List<RowError> errors() {
    return errors;
  }
}
