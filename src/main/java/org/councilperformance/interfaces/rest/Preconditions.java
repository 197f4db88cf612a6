package org.councilperformance.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import org.councilperformance.application.PendingChanges;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.PreconditionFailedException;
import org.councilperformance.domain.PreconditionRequiredException;
import org.councilperformance.domain.Versioned;

/**
 * Versions on the API (docs/api.md#versions-and-lost-updates): a read answers the version it read
 * as {@code ETag}; a change is checked against {@code If-Match} before it is made, written at once,
 * and answers its new version. Two changes carrying the same version cannot both succeed: the
 * database's version check on the write refuses the later one, which answers 412.
 *
 * <p>Without {@code If-Match} a change proceeds as before, for API clients written before versions;
 * a browser form must say which version it edits: the portal calls {@link #requireVersion()} first
 * and a missing header is then 428.
 */
@RequestScoped
public class Preconditions {
  /** The request attribute {@link EntityTagFilter} reads the version to answer from. */
  static final String ANSWERED_VERSION = Preconditions.class.getName() + ".version";

  private final HttpServletRequest request;
  private final PendingChanges changes;
  private boolean versionRequired;

  @Inject
  public Preconditions(HttpServletRequest request, PendingChanges changes) {
    this.request = request;
    this.changes = changes;
  }

  /** For CDI's client proxy only. */
  protected Preconditions() {
    this(null, null);
  }

  /** From now on in this request, a change without {@code If-Match} is refused (428). */
  public void requireVersion() {
    versionRequired = true;
  }

  /** Answers what was read with its version. */
  public <T extends Versioned> T read(T current) {
    answer(current);
    return current;
  }

  /**
   * Checks the request's {@code If-Match} against what is stored now (null: nothing yet), before a
   * change is made.
   */
  public void check(Versioned current) {
    evaluate(
        IfMatch.parse(request.getHeader(IfMatch.HEADER)),
        versionRequired,
        current == null ? null : versionOf(current));
  }

  /**
   * Writes the change now and answers its new version. A change that lost a race with another
   * editor's is refused: 412 when the client said which version it edited, else 409.
   */
  public <T extends Versioned> T saved(T changed) {
    try {
      changes.write();
    } catch (OptimisticLockException lostRace) {
      if (request.getHeader(IfMatch.HEADER) != null) {
        throw new PreconditionFailedException(
            IfMatch.HEADER,
            "someone else changed this while you were editing; read it again (GET) and reapply"
                + " your change to the current version",
            null);
      }
      throw new ConflictException(
          null, "someone else changed this at the same moment; read it again and retry");
    }
    answer(changed);
    return changed;
  }

  /**
   * The decision, apart from the request: absent header → proceed unless a version is required
   * (428); present → the current version must match (412 otherwise, naming the current one).
   */
  static void evaluate(IfMatch ifMatch, boolean versionRequired, String currentVersion) {
    if (ifMatch == null) {
      if (versionRequired) {
        throw new PreconditionRequiredException(
            IfMatch.HEADER,
            "say which version you are changing: send If-Match with the ETag you read");
      }
      return;
    }
    if (!ifMatch.matches(currentVersion)) {
      throw new PreconditionFailedException(
          IfMatch.HEADER,
          currentVersion == null
              ? "there is nothing stored here to match If-Match; it was never created or has gone"
              : "someone else changed this after you read it: you edited version "
                  + (ifMatch.any() ? "*" : String.join(", ", ifMatch.tags()))
                  + ", the current one is "
                  + currentVersion
                  + "; read it again and reapply your change",
          currentVersion);
    }
  }

  static String versionOf(Versioned v) {
    return Long.toString(v.version());
  }

  private void answer(Versioned v) {
    request.setAttribute(ANSWERED_VERSION, versionOf(v));
  }
}
