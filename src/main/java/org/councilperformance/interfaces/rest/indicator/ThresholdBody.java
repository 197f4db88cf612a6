package org.councilperformance.interfaces.rest.indicator;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.councilperformance.domain.indicator.Threshold;
import org.councilperformance.domain.indicator.ThresholdType;

/**
 * A tolerance or green-plus margin as sent and shown: {"type": "RELATIVE_PERCENT", "amount": 5}
 * means 5% of the target; {"type": "ABSOLUTE", "amount": 2} means 2 in the indicator's unit.
 */
public record ThresholdBody(
    @NotNull ThresholdType type, @NotNull @DecimalMin("0") BigDecimal amount) {
  Threshold toThreshold() {
    return new Threshold(type, amount);
  }

  static ThresholdBody of(Threshold t) {
    return t == null
        ? null
        : new ThresholdBody(t.type(), org.councilperformance.domain.Decimals.plain(t.amount()));
  }
}
