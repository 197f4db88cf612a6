package org.councilperformance.domain;

/**
 * A request the council's rules refuse. The one exception family for business errors; the REST
 * layer maps each subclass to a problem+json response once.
 */
public abstract class BusinessException extends RuntimeException {
  private final String field;

  protected BusinessException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The request field (or query parameter) the problem is about, or null for the whole request. */
  public String field() {
    return field;
  }
}
