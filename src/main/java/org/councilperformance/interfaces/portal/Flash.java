package org.councilperformance.interfaces.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A message for the next page after a change: post/redirect/get loses the request, so the
 * confirmation ("Figure saved") waits in the session until the next page shows it, once.
 */
public final class Flash {
  private static final String ATTRIBUTE = "councilperformance.portal.flash";

  private Flash() {}

  public static void set(HttpServletRequest request, String message) {
    request.getSession(true).setAttribute(ATTRIBUTE, message);
  }

  /** The waiting message, removed; null when there is none. */
  public static String take(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Object message = session.getAttribute(ATTRIBUTE);
    session.removeAttribute(ATTRIBUTE);
    return (String) message;
  }
}
