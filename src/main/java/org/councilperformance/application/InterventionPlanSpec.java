package org.councilperformance.application;

import java.util.List;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.intervention.InterventionStep;
import org.councilperformance.domain.period.PeriodCode;

/**
 * Everything about an intervention plan but its code and closure.
 *
 * @param indicators codes of the indicators it is for
 * @param actions codes of the actions it is for
 * @param expectedRecovery the period by which performance should be back on track, e.g. 2018-19-Q4
 */
public record InterventionPlanSpec(
    String title,
    String reason,
    List<Code> indicators,
    List<Code> actions,
    List<InterventionStep> steps,
    PeriodCode expectedRecovery,
    String forecast,
    boolean focusedMonitoring) {

  public InterventionPlanSpec {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    actions = actions == null ? List.of() : List.copyOf(actions);
    steps = steps == null ? List.of() : List.copyOf(steps);
  }
}
