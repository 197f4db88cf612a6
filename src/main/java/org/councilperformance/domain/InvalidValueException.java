package org.councilperformance.domain;

/** A value is well-formed but breaks a rule, e.g. a green-plus margin without a target. */
public class InvalidValueException extends BusinessException {
  public InvalidValueException(String field, String message) {
    super(field, message);
  }
}
