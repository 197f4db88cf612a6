package org.councilperformance.application;

import java.util.List;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.risk.RiskStatus;

/**
 * Everything about a risk but its code and matrix scale, as set when it is registered or revised.
 * Ratings are each a likelihood and an impact; a null status keeps the risk as it is (open when
 * new).
 */
public record RiskSpec(
    String title,
    String cause,
    String consequence,
    String owner,
    Code businessUnit,
    Code priority,
    Rating inherent,
    Rating residual,
    String controls,
    RiskStatus status,
    List<Code> mitigatingActions) {

  public RiskSpec {
    mitigatingActions = mitigatingActions == null ? List.of() : List.copyOf(mitigatingActions);
  }

  /** A likelihood and an impact as given, checked against the risk's matrix when applied. */
  public record Rating(Integer likelihood, Integer impact) {}
}
