package org.councilperformance.interfaces.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's settings that depend on where and how the WAR is deployed, so that no
 * server-wide {@code <httpSession>} is needed and other applications on the server keep theirs
 * (docs/operations.md#the-session-cookie). WEB-INF/web.xml fixes the rest: its name, HttpOnly,
 * SameSite=Lax and the timeout.
 *
 * <ul>
 *   <li>Path: the context root, so that the cookie is sent to this application only (Liberty's
 *       default is "/" whatever the context root).
 *   <li>Secure: always when {@code session.cookie.secure} (SESSION_COOKIE_SECURE) is true. Neither
 *       the Servlet specification nor Liberty can mark the cookie Secure per request; {@link
 *       SecureSessionCookie} does so at sign-in when the request is secure.
 * </ul>
 */
@WebListener
public class SessionCookie implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    SessionCookieConfig cookie = context.getSessionCookieConfig();
    cookie.setPath(path(context.getContextPath()));
    cookie.setSecure(
        ConfigProvider.getConfig()
            .getOptionalValue("session.cookie.secure", Boolean.class)
            .orElse(false));
  }

  /** The cookie path for a context path: "" (the root) is "/". */
  static String path(String contextPath) {
    return contextPath.isEmpty() ? "/" : contextPath;
  }
}
