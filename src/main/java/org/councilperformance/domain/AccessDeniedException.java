package org.councilperformance.domain;

/** The signed-in person's role or business units do not allow this. */
public class AccessDeniedException extends BusinessException {
  public AccessDeniedException(String field, String message) {
    super(field, message);
  }
}
