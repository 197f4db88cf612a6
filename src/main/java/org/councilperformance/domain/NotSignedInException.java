package org.councilperformance.domain;

/** The request needs a signed-in person or an API token and came with neither. */
public class NotSignedInException extends BusinessException {
  public NotSignedInException(String message) {
    super(null, message);
  }
}
