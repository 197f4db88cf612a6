package org.councilperformance.domain;

/**
 * Something a client reads, edits and writes back whole. Its version counts the committed changes
 * to it; a client that sends back the version it read is refused if someone else changed it
 * meanwhile, so no change is silently lost (docs/api.md#versions-and-lost-updates).
 */
public interface Versioned {
  /** The number of committed changes, bumped by the database write that changes it. */
  long version();
}
