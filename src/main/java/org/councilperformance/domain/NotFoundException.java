package org.councilperformance.domain;

/** A referenced plan, priority, unit, period or indicator does not exist. */
public class NotFoundException extends BusinessException {
  public NotFoundException(String field, String message) {
    super(field, message);
  }
}
