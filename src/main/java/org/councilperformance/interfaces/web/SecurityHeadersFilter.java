package org.councilperformance.interfaces.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser hardening on every response of the app: it serves data, never pages to frame or scripts
 * to run, so the policy allows nothing; figures before publication must not sit in shared caches.
 * (Liberty only honours {@code @WebFilter} on a class that implements Filter itself.)
 */
@WebFilter("/*")
public class SecurityHeadersFilter implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    http.setHeader("X-Content-Type-Options", "nosniff");
    http.setHeader("X-Frame-Options", "DENY");
    http.setHeader("Referrer-Policy", "no-referrer");
    http.setHeader("Cache-Control", "no-store");
    chain.doFilter(request, response);
  }
}
