package org.councilperformance.domain.contact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilperformance.domain.quality.Consistency;
import org.councilperformance.domain.quality.Finding;

/**
 * The contact centre's data-quality checks, in one place. Logical: calls received at least those
 * answered, answered at least those within 60 s, within 60 s at least those within 30 s. Supplied
 * against computed, at the precision printed (half-up): a +/- against this year − last year, a
 * total against the sum of its months, a percentage against the one computed from the totals, and a
 * percentage within 0–100. Each yields findings, never a refusal.
 */
public final class ContactCentreChecks {
  public static final String APPENDIX = "contact centre";

  private ContactCentreChecks() {}

  /** Whether one month's counts hang together. */
  public static List<Finding> logical(String where, CallFigures counts) {
    List<Finding> found = new ArrayList<>();
    atLeast(where, counts, CallMeasure.RECEIVED, CallMeasure.ANSWERED).ifPresent(found::add);
    atLeast(where, counts, CallMeasure.ANSWERED, CallMeasure.ANSWERED_WITHIN_60S)
        .ifPresent(found::add);
    atLeast(where, counts, CallMeasure.ANSWERED_WITHIN_60S, CallMeasure.ANSWERED_WITHIN_30S)
        .ifPresent(found::add);
    return found;
  }

  /**
   * A printed +/- row against this year − last year.
   *
   * @param where e.g. "September 2018 change since September 2017 in"; the measure is appended
   */
  public static List<Finding> change(
      String where, CallFigures thisYear, CallFigures lastYear, CallFigures printed) {
    if (thisYear == null || lastYear == null) {
      return List.of();
    }
    return derived(where, "this year − last year", printed, thisYear.minus(lastYear));
  }

  /**
   * A printed total row against the sum of the months.
   *
   * @param where e.g. "2018-19-Q2 total"; the measure is appended
   */
  public static List<Finding> total(String where, CallFigures sum, CallFigures printed) {
    if (sum == null) {
      return List.of();
    }
    return derived(where, "the sum of the months", printed, sum);
  }

  /**
   * Printed percentages against those computed from the totals, and each within 0–100.
   *
   * @param where e.g. "2018-19-Q2"
   */
  public static List<Finding> percentages(
      String where, CallFigures totals, CallPercentages printed) {
    List<Finding> found = new ArrayList<>();
    CallPercentages computed = totals == null ? CallPercentages.NONE : CallPercentages.of(totals);
    percentage(
        where,
        "% abandoned",
        CallPercentages.ABANDONED_RULE,
        printed.abandoned(),
        computed.abandoned(),
        found);
    percentage(
        where,
        "% answered within 30 s",
        CallPercentages.WITHIN_30S_RULE,
        printed.answeredWithin30s(),
        computed.answeredWithin30s(),
        found);
    percentage(
        where,
        "% answered within 60 s",
        CallPercentages.WITHIN_60S_RULE,
        printed.answeredWithin60s(),
        computed.answeredWithin60s(),
        found);
    return found;
  }

  private static void percentage(
      String where,
      String name,
      String rule,
      BigDecimal printed,
      BigDecimal computed,
      List<Finding> found) {
    Consistency.percentage(APPENDIX, where, name, printed).ifPresent(found::add);
    Consistency.derived(APPENDIX, where + " " + name, rule, printed, computed)
        .ifPresent(found::add);
  }

  private static List<Finding> derived(
      String where, String check, CallFigures printed, CallFigures computed) {
    List<Finding> found = new ArrayList<>();
    for (CallMeasure measure : CallMeasure.values()) {
      Consistency.derived(
              APPENDIX,
              where + " " + measure.words(),
              check,
              printed.get(measure),
              computed.get(measure))
          .ifPresent(found::add);
    }
    return found;
  }

  private static Optional<Finding> atLeast(
      String where, CallFigures counts, CallMeasure larger, CallMeasure smaller) {
    return Consistency.atLeast(
        APPENDIX, where, larger.words(), counts.get(larger), smaller.words(), counts.get(smaller));
  }
}
