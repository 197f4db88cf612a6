package org.councilperformance.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The stored versions of audited things, oldest first. A port: infrastructure reads them from the
 * audit tables that every change writes and no endpoint can edit (docs/access-and-workflow.md).
 */
public interface AuditTrail {
  /**
   * Every version of the {@code type}s whose {@code association} refers to the thing {@code id}.
   */
  <T> List<Version<T>> versionsReferringTo(Class<T> type, String association, Object id);

  /** Every version of the {@code type}s with these ids. */
  <T> List<Version<T>> versionsOf(Class<T> type, Collection<?> ids);

  /**
   * One stored version: the thing as it was after a change set, who made that change and when.
   *
   * @param revision the change set's number; later change sets have higher numbers
   * @param deleted whether the change set removed the thing
   */
  record Version<T>(T state, long revision, Instant changedAt, String changedBy, boolean deleted) {}
}
