package org.councilperformance.application.opendata;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the open-data CSV files, in order, with the type of each value: the schema that
 * docs/open-data.md#columns documents and {@code OpenDataIT} checks the served files against. A
 * column is added at the end, never renamed or moved: councils' own tools read them by position.
 */
public enum OpenDataColumn {
  PERIOD("period", Type.PERIOD),
  PERIOD_START("period_start", Type.DATE),
  PERIOD_END("period_end", Type.DATE),
  PERIOD_LABEL("period_label", Type.TEXT),
  INDICATOR_CODE("indicator_code", Type.CODE),
  INDICATOR_NAME("indicator_name", Type.TEXT),
  PRIORITY_CODES("priority_codes", Type.CODES),
  PRIORITY_NAMES("priority_names", Type.TEXT),
  BUSINESS_UNIT_CODE("business_unit_code", Type.CODE),
  BUSINESS_UNIT_NAME("business_unit_name", Type.TEXT),
  UNIT("unit", Type.UNIT),
  POLARITY("polarity", Type.POLARITY),
  TARGET("target", Type.DECIMAL),
  TARGET_SOURCE("target_source", Type.TARGET_SOURCE),
  ACTUAL("actual", Type.DECIMAL),
  MISSING_REASON("missing_reason", Type.TEXT),
  STATUS("status", Type.STATUS),
  STATUS_RULE("status_rule", Type.TEXT),
  COMMENTARY("commentary", Type.TEXT);

  /**
   * What a column's values may be; every value may also be empty. The names are those the
   * documentation's table uses.
   */
  public enum Type {
    /** A period code such as 2018-19-Q2 or 2018-19. */
    PERIOD,
    /** An ISO 8601 date, YYYY-MM-DD. */
    DATE,
    /** A code the council gives, kept from year to year (docs/api.md#codes). */
    CODE,
    /** Codes separated by ';'. */
    CODES,
    /** A number with '.' for decimals, no thousands separator and no unit. */
    DECIMAL,
    /** One of the indicator units (domain/indicator/IndicatorUnit), e.g. PERCENT, COUNT. */
    UNIT,
    /** HIGHER_IS_BETTER, LOWER_IS_BETTER or DATA_ONLY. */
    POLARITY,
    /** PERIOD (the period's own target) or PROFILE (the annual target profiled to the quarter). */
    TARGET_SOURCE,
    /** GREEN_PLUS, GREEN, AMBER, RED, MISSING or DATA_ONLY. */
    STATUS,
    /** Free text. */
    TEXT
  }

  private final String header;
  private final Type type;

  OpenDataColumn(String header, Type type) {
    this.header = header;
    this.type = type;
  }

  /** The column's name in the CSV header and its key in the JSON. */
  public String header() {
    return header;
  }

  public Type type() {
    return type;
  }

  /** Every column's header, in order. */
  public static List<String> headers() {
    return Arrays.stream(values()).map(OpenDataColumn::header).toList();
  }
}
