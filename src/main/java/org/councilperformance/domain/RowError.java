package org.councilperformance.domain;

import java.util.Objects;

/**
 * Why one row of an uploaded sheet cannot be loaded: the sheet's row number (the header is row 1),
 * the column at fault (null for the whole row) and the reason (docs/api.md#imports).
 */
public record RowError(int row, String column, String reason) {
  public RowError {
    Objects.requireNonNull(reason);
  }
}
