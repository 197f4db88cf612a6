package org.councilperformance.interfaces.web;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Marks the session cookie Secure whenever the request that starts a session is secure: over HTTPS
 * to the server, or from a trusted proxy that says the browser used HTTPS (Liberty's remoteIp
 * applies X-Forwarded-Proto, docs/operations.md#behind-a-reverse-proxy). The servlet container sets
 * the cookie from one fixed {@link SessionCookieConfig}, so a secure request gets the same cookie
 * again with Secure added; the browser keeps the last of two cookies of one name and path
 * (docs/operations.md#the-session-cookie).
 */
public final class SecureSessionCookie {
  private SecureSessionCookie() {}

  /** After a session is started or its id changed on {@code request}. */
  public static void reissue(HttpServletRequest request, HttpServletResponse response) {
    SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
    HttpSession session = request.getSession(false);
    if (session == null || !request.isSecure() || config.isSecure() || response.isCommitted()) {
      return;
    }
    response.addHeader("Set-Cookie", header(config, session.getId()));
  }

  /** The Set-Cookie header of the session cookie {@code config} describes, made Secure. */
  private static String header(SessionCookieConfig config, String sessionId) {
    return header(
        config.getName() == null ? "JSESSIONID" : config.getName(),
        sessionId,
        config.getPath() == null ? "/" : config.getPath(),
        config.isHttpOnly(),
        config.getAttribute("SameSite"));
  }

  /**
   * @param sameSite null for none
   */
  static String header(
      String name, String sessionId, String path, boolean httpOnly, String sameSite) {
    StringBuilder cookie =
        new StringBuilder(name).append('=').append(sessionId).append("; Path=").append(path);
    cookie.append("; Secure");
    if (httpOnly) {
      cookie.append("; HttpOnly");
    }
    if (sameSite != null) {
      cookie.append("; SameSite=").append(sameSite);
    }
    return cookie.toString();
  }
}
