package org.councilperformance.interfaces.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts the version {@link Preconditions} answered into a successful response's {@code ETag} header,
 * so resource methods keep returning their views.
 */
@Provider
public class EntityTagFilter implements ContainerResponseFilter {
  @Context private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object version = servletRequest.getAttribute(Preconditions.ANSWERED_VERSION);
    if (version != null
        && response.getStatus() / 100 == 2
        && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
      response.getHeaders().putSingle(HttpHeaders.ETAG, IfMatch.tagOf(version.toString()));
    }
  }
}
