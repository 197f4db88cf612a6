package org.councilperformance.domain.risk;

/** Whether a risk is still managed on the register. */
public enum RiskStatus {
  /** On the register and reviewed. */
  OPEN,
  /** No longer a risk (passed, or absorbed into another); kept with its history. */
  CLOSED
}
