package org.councilperformance.interfaces.portal.upload;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.UUID;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.interfaces.rest.imports.SheetFiles;

/**
 * A file checked on the preview page, held in the session until it is applied, so the person does
 * not choose it again and what is applied is byte for byte what they checked. One per session: a
 * second upload replaces the first (docs/portal.md#uploading-a-sheet).
 *
 * <p>Serializable, and the period kept as its code's text, because the session may be written to
 * the database and read by another server (docs/design.md#sessions-on-several-servers).
 *
 * @param id names this upload in the apply form, so an older preview page cannot apply a newer file
 * @param period the period's code, e.g. 2018-19-Q2
 */
public record PendingUpload(
    String id, String period, String fileName, SheetFiles.Format format, byte[] bytes)
    implements Serializable {
  private static final String ATTRIBUTE = "councilperformance.portal.upload";

  static PendingUpload of(
      PeriodCode period, String fileName, SheetFiles.Format format, byte[] bytes) {
    return new PendingUpload(
        UUID.randomUUID().toString(), period.toString(), fileName, format, bytes);
  }

  static void keep(HttpServletRequest request, PendingUpload upload) {
    request.getSession(true).setAttribute(ATTRIBUTE, upload);
  }

  /**
   * The upload the apply form names, for its period, or null when the session no longer holds it.
   */
  static PendingUpload find(HttpServletRequest request, String id, PeriodCode period) {
    HttpSession session = request.getSession(false);
    return session != null
            && session.getAttribute(ATTRIBUTE) instanceof PendingUpload upload
            && upload.id().equals(id)
            && upload.period().equals(period.toString())
        ? upload
        : null;
  }

  static void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }
}
