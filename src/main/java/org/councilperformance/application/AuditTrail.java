package org.councilperformance.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The stored versions of audited things. A port: infrastructure reads them from the audit tables
 * that every change writes and no endpoint can edit (docs/access-and-workflow.md). Reads that could
 * grow with the number of changes are bounded by change set numbers, so a history is read a page at
 * a time in a fixed number of queries (docs/api.md#history).
 */
public interface AuditTrail {
  /**
   * Newest first: the numbers of at most {@code limit} change sets, numbered below {@code before},
   * that wrote a version of a {@code type} whose {@code association} refers to the thing {@code
   * id}.
   */
  List<Long> revisionsReferringTo(
      Class<?> type, String association, Object id, long before, int limit);

  /**
   * Oldest first: the versions of the {@code type}s whose {@code association} refers to the thing
   * {@code id}, written by change sets numbered from {@code from} up to (not including) {@code
   * before}.
   */
  <T> List<Version<T>> versionsReferringTo(
      Class<T> type, String association, Object id, long from, long before);

  /** The last version written before change set {@code before} of each thing with these ids. */
  <T> List<Version<T>> lastVersionsBefore(Class<T> type, Collection<?> ids, long before);

  /** Oldest first: every version of the {@code type}s with these ids. */
  <T> List<Version<T>> versionsOf(Class<T> type, Collection<?> ids);

  /**
   * The id of a stored thing that a version refers to, read without loading that thing (a version's
   * associations are loaded one query each when touched).
   */
  Object idOf(Object thing);

  /**
   * One stored version: the thing as it was after a change set, who made that change and when.
   *
   * @param revision the change set's number; later change sets have higher numbers
   * @param deleted whether the change set removed the thing
   */
  record Version<T>(T state, long revision, Instant changedAt, String changedBy, boolean deleted) {}
}
