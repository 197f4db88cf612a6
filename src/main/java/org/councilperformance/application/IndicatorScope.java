package org.councilperformance.application;

/**
 * Which indicators a list or summary covers: all, those serving a priority (or any priority under
 * it), and/or those of a business unit. Null parts do not restrict.
 */
public record IndicatorScope(String priority, String businessUnit) {
  public static final IndicatorScope WHOLE_COUNCIL = new IndicatorScope(null, null);
}
