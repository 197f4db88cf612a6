package org.councilperformance.application;

import java.util.List;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.indicator.Aggregation;
import org.councilperformance.domain.indicator.Formula;
import org.councilperformance.domain.indicator.Frequency;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.indicator.Polarity;
import org.councilperformance.domain.indicator.SeasonalProfile;
import org.councilperformance.domain.indicator.Threshold;
import org.councilperformance.domain.period.PeriodCode;

/**
 * Everything about an indicator but its code, as set when it is created or revised. Null frequency,
 * aggregation or tolerance take the defaults (quarterly, snapshot, 5%). Null reportedFrom or
 * reportedTo leave that end of the indicator's reported periods open
 * (docs/rules.md#the-set-of-a-period). A null seasonalProfile profiles a cumulative target
 * straight-line (docs/rules.md#profiles). A null formula means the figure is entered each period,
 * not calculated (docs/rules.md#calculated-indicators).
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
    List<String> tags,
    PeriodCode reportedFrom,
    PeriodCode reportedTo,
    SeasonalProfile seasonalProfile,
    Formula formula) {

  public IndicatorSpec {
    priorities = priorities == null ? List.of() : List.copyOf(priorities);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
