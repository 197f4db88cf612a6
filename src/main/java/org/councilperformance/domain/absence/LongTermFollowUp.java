package org.councilperformance.domain.absence;

import java.math.BigDecimal;
import org.councilperformance.domain.InvalidValueException;

/**
 * How absence is followed up: long-term cases (spells of 10 days or more) that returned to work in
 * the quarter and those still off at its end, and the percentage of returns to work that had the
 * return-to-work interview. Every part is optional; councils often report them only for the whole
 * council.
 */
public record LongTermFollowUp(
    Integer longTermReturned, Integer longTermStillOff, BigDecimal returnToWorkPercent) {
  public static final LongTermFollowUp NONE = new LongTermFollowUp(null, null, null);

  /** The rules for entering it: counts of 0 or more, a percentage from 0 to 100. */
  public static LongTermFollowUp entered(
      Integer longTermReturned, Integer longTermStillOff, BigDecimal returnToWorkPercent) {
    count("longTermReturned", longTermReturned);
    count("longTermStillOff", longTermStillOff);
    if (returnToWorkPercent != null
        && (returnToWorkPercent.signum() < 0
            || returnToWorkPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new InvalidValueException(
          "returnToWorkPercent",
          "returnToWorkPercent: must be a percentage from 0 to 100, not "
              + returnToWorkPercent.toPlainString());
    }
    return new LongTermFollowUp(longTermReturned, longTermStillOff, returnToWorkPercent);
  }

  private static void count(String field, Integer value) {
    if (value != null && value < 0) {
      throw new InvalidValueException(field, field + ": must be 0 or more, not " + value);
    }
  }
}
