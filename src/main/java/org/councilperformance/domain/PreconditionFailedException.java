package org.councilperformance.domain;

/**
 * The client edited a version of something that is no longer the current one: someone else changed
 * it in between (docs/api.md#versions-and-lost-updates). Carries the current version when it is
 * known, so the client can reload and compare.
 */
public class PreconditionFailedException extends BusinessException {
  private final String currentVersion;

  public PreconditionFailedException(String field, String message, String currentVersion) {
    super(field, message);
    this.currentVersion = currentVersion;
  }

  /** The version now stored, or null when it is gone or cannot be read in this transaction. */
  public String currentVersion() {
    return currentVersion;
  }
}
