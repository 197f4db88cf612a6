package org.councilperformance.interfaces.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser hardening on every response of the app. The API serves data, never pages to frame or
 * scripts to run, so its policy allows nothing; the portal's pages may use their own style sheet,
 * scripts and forms, and nothing from anywhere else (no inline script or style). Figures before
 * publication must not sit in shared caches; the portal's assets may (they set their own
 * Cache-Control). (Liberty only honours {@code @WebFilter} on a class that implements Filter
 * itself.) docs/access-and-workflow.md#browser-hardening
 */
@WebFilter("/*")
public class SecurityHeadersFilter implements Filter {
  static final String API =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  static final String PORTAL =
      "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src"
          + " 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  static final String TWIN =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'none'";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    String path = ((HttpServletRequest) request).getServletPath();
    // Open data (docs/open-data.md) is public: pages in the portal's policy, the pack's HTML twin
    // with its own styles and charts in the page, cached by anyone (each answer says for how long).
    boolean openData = path.startsWith("/open-data");
    http.setHeader(
        "Content-Security-Policy",
        openData && ((HttpServletRequest) request).getRequestURI().endsWith("/pack.html")
            ? TWIN
            : path.startsWith("/portal") || openData ? PORTAL : API);
    http.setHeader("X-Content-Type-Options", "nosniff");
    http.setHeader("X-Frame-Options", "DENY");
    http.setHeader("Referrer-Policy", "no-referrer");
    if (!openData) {
      http.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
