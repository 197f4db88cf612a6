package org.councilperformance.interfaces.opendata;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.councilperformance.application.Caller;
import org.councilperformance.interfaces.security.RateLimits;

/**
 * Before every open-data request: nobody is signed in here, whoever sent the request (a signed-in
 * person sees exactly what the public sees), and each client address gets so many requests a minute
 * (docs/open-data.md#rate-limit), the committee pack fewer, since printing one is costly.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class OpenDataFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private final RateLimits limits;

  @Context private HttpServletRequest servletRequest;

  @Inject
  public OpenDataFilter(RateLimits limits) {
    this.limits = limits;
  }

  /** The JAX-RS runtime looks for a public no-argument constructor, then asks CDI for the bean. */
  public OpenDataFilter() {
    this(null);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    limits.openData(
        servletRequest.getRemoteAddr(), path.endsWith("/pack.pdf") || path.endsWith("/pack.html"));
    Caller.notSignedIn(null).enter();
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Caller.leave();
  }
}
