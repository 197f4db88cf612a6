package org.councilperformance.domain;

/**
 * A change that must say which version it edits did not (the portal's forms always carry it; see
 * docs/api.md#versions-and-lost-updates).
 */
public class PreconditionRequiredException extends BusinessException {
  public PreconditionRequiredException(String field, String message) {
    super(field, message);
  }
}
