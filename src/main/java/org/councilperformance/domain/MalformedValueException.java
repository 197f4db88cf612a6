package org.councilperformance.domain;

/** A value cannot be read at all, e.g. a period code like "2018-Q7". */
public class MalformedValueException extends BusinessException {
  public MalformedValueException(String field, String message) {
    super(field, message);
  }
}
