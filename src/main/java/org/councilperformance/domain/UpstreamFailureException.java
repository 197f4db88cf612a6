package org.councilperformance.domain;

/** A service the council relies on (e.g. its identity provider) failed or gave a wrong answer. */
public class UpstreamFailureException extends BusinessException {
  public UpstreamFailureException(String message) {
    super(null, message);
  }
}
