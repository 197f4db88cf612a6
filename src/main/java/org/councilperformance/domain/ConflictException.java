package org.councilperformance.domain;

/** The request clashes with what is stored, e.g. a code that is already taken. */
public class ConflictException extends BusinessException {
  public ConflictException(String field, String message) {
    super(field, message);
  }
}
