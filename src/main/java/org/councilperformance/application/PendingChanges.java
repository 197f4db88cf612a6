package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Writes a request's pending changes to the database before it answers, so the answer can carry the
 * version the write produced, and a write that lost a race with another editor's is known while the
 * request can still say so (docs/design.md#versions).
 */
@ApplicationScoped
public class PendingChanges {
  private final EntityManager em;

  @Inject
  public PendingChanges(EntityManager em) {
    this.em = em;
  }

  /** For CDI's client proxy only. */
  protected PendingChanges() {
    this(null);
  }

  /**
   * Flushes now. Throws {@link jakarta.persistence.OptimisticLockException} when a row changed
   * since it was read: another editor's change committed first.
   */
  public void write() {
    em.flush();
  }
}
