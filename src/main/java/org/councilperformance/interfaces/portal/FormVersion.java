package org.councilperformance.interfaces.portal;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.domain.PreconditionFailedException;
import org.councilperformance.domain.PreconditionRequiredException;
import org.councilperformance.domain.Versioned;

/**
 * The version an edit form was read at, in its hidden field {@code version}: the portal's If-Match
 * (docs/portal.md#versions, docs/api.md#versions-and-lost-updates). Empty when nothing was saved
 * yet, so a form opened before someone else's first save is stale too.
 */
public final class FormVersion {
  /** The hidden field's name. */
  public static final String FIELD = "version";

  private FormVersion() {}

  /** The version of what is saved now: its entity's, or "" when nothing is. */
  public static String of(Versioned saved) {
    return saved == null ? "" : Long.toString(saved.version());
  }

  /** The version the form was read at; a form without one is refused (428), as the API does. */
  public static String required(HttpServletRequest request) {
    String version = request.getParameter(FIELD);
    if (version == null) {
      throw new PreconditionRequiredException(
          FIELD,
          "this form did not say which version it changes; nothing was saved. Open the page again"
              + " and make your change there");
    }
    return version.strip();
  }

  /**
   * Writes the change now: of two saves of the same version at the same moment the database takes
   * the first, and the other is told so (412) while it can still answer, as the API's are.
   *
   * @param what what was being saved, e.g. "this action's update"
   */
  public static void write(PendingChanges changes, String what) {
    try {
      changes.write();
    } catch (OptimisticLockException lostRace) {
      throw new PreconditionFailedException(
          FIELD,
          "someone else saved "
              + what
              + " at the same moment; nothing of yours was saved: open it again and reapply your"
              + " change",
          null);
    }
  }
}
