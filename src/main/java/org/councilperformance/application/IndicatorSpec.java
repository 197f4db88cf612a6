package org.councilperformance.application;

import java.util.List;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.indicator.Aggregation;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.Threshold;

/**
 * Everything about an indicator but its code, as set when it is created or revised. Null frequency,
 * aggregation or tolerance take the defaults (quarterly, snapshot, 5%).
 */
public record IndicatorSpec(
    String name,
    String definition,
    IndicatorUnit unit,
    Polarity polarity,
    Frequency frequency,
    Aggregation aggregation,
    Threshold tolerance,
    Threshold greenPlusMargin,
    String owner,
    Code businessUnit,
    List<Code> priorities,
    List<String> tags) {

  public IndicatorSpec {
    priorities = priorities == null ? List.of() : List.copyOf(priorities);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
