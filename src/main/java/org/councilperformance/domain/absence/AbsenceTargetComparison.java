package org.councilperformance.domain.absence;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A projected annual absence rate against the corporate target, in days per FTE. Fewer days is
 * better: the projection meets the target when, shown to two decimals, it is at most the target.
 *
 * @param difference projection (shown) − target: above 0 is worse than the target
 * @param meetsTarget null while there is no projection (a quarter of the year lacks figures)
 */
public record AbsenceTargetComparison(
    BigDecimal target, BigDecimal projected, BigDecimal difference, Boolean meetsTarget) {
  public static AbsenceTargetComparison of(BigDecimal target, BigDecimal projection) {
    Objects.requireNonNull(target);
    if (projection == null) {
      return new AbsenceTargetComparison(target, null, null, null);
    }
    BigDecimal shown = AbsenceFigures.shown(projection);
    BigDecimal difference = shown.subtract(target);
    return new AbsenceTargetComparison(target, shown, difference, difference.signum() <= 0);
  }
}
