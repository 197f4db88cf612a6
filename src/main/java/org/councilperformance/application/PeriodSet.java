package org.councilperformance.application;

import jakarta.persistence.TypedQuery;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * The indicators or actions of a period's set, chosen in the list query itself: {@code
 * ReportedPeriods.includes} in JPQL, on the dates of the periods at either end
 * (docs/rules.md#the-set-of-a-period). Two outer joins in the same query, so a list still costs a
 * fixed number of queries.
 */
final class PeriodSet {
  private PeriodSet() {}

  /**
   * The joins and condition to append to a query over {@code alias} that has no {@code where} of
   * its own; bind the period with {@link #of}.
   */
  static String within(String alias) {
    return " left join "
        + alias
        + ".reportedFrom setFrom left join "
        + alias
        + ".reportedTo setTo"
        + " where (setFrom is null or setFrom.startDate <= :setEnd)"
        + " and (setTo is null or setTo.endDate >= :setStart)";
  }

  static <T> TypedQuery<T> of(TypedQuery<T> query, ReportingPeriod period) {
    return query
        .setParameter("setStart", period.startDate())
        .setParameter("setEnd", period.endDate());
  }
}
