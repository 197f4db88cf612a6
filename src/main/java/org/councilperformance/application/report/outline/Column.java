package org.councilperformance.application.report.outline;

/**
 * A table's column: the row field it shows, its header, and what kind of value it holds (which
 * decides its alignment, its number format and its cell type in a workbook).
 */
public record Column(String key, String label, Kind kind) {

  /** What a column's cells hold. */
  public enum Kind {
    /** Words. */
    TEXT,
    /** A status or direction as shape and word, e.g. "◆ Red" ({@link Mark}). */
    STATUS,
    /** A figure ({@link Figure}); every figure of the column shown to the same decimals. */
    NUMBER,
    /**
     * Figures of different measures in one column (days, counts, percentages): each shown to its
     * own decimals.
     */
    MEASURES,
    /** An amount of money: a figure whose negatives are printed in brackets. */
    MONEY,
    /**
     * Differences between figures of different measures: each to its own decimals, negatives in
     * brackets, as the PDF's data-quality findings print them.
     */
    DIFFERENCES,
    /** A day. */
    DATE;

    public boolean numeric() {
      return this == NUMBER || this == MEASURES || this == MONEY || this == DIFFERENCES;
    }

    /** Whether a negative figure is printed in brackets. */
    public boolean brackets() {
      return this == MONEY || this == DIFFERENCES;
    }

    /** Whether each figure keeps its own decimals rather than the column's. */
    public boolean ownDecimals() {
      return this == MEASURES || this == DIFFERENCES;
    }
  }
}
