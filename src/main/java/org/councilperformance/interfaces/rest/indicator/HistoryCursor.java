package org.councilperformance.interfaces.rest.indicator;

import org.councilperformance.domain.MalformedValueException;

/** Reads the paging parameters of a history: how many change sets, and from where. */
final class HistoryCursor {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 500;

  private HistoryCursor() {}

  /** The page size asked for, 1 to {@value #MAX_LIMIT}; {@value #DEFAULT_LIMIT} when absent. */
  static int limit(String limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    long value = whole(limit, "limit");
    if (value < 1 || value > MAX_LIMIT) {
      throw new MalformedValueException(
          "limit", "limit: must be a whole number from 1 to " + MAX_LIMIT);
    }
    return (int) value;
  }

  /** The change set number a page ends before; the newest page when absent. */
  static long before(String before) {
    if (before == null) {
      return Long.MAX_VALUE;
    }
    long value = whole(before, "before");
    if (value < 1) {
      throw new MalformedValueException(
          "before", "before: must be the number a history page's next link gives");
    }
    return value;
  }

  private static long whole(String text, String field) {
    if (!text.matches("[0-9]{1,18}")) {
      throw new MalformedValueException(field, field + ": must be a whole number");
    }
    return Long.parseLong(text);
  }
}
