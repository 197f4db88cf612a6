package org.councilperformance.domain;

/** Something that existed and was deliberately removed: an archived pack past its retention. */
public class GoneException extends BusinessException {
  public GoneException(String field, String message) {
    super(field, message);
  }
}
