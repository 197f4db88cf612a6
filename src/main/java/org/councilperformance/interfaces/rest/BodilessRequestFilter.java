package org.councilperformance.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Drops the {@code Content-Type} of a request that carries no body, before a resource method is
 * chosen. Some HTTP clients and BI tools send a {@code Content-Type} on every request; JAX-RS
 * matches it against a resource's {@code @Consumes} even on a GET, which answered 415 to a plain
 * read. A type describes a body: without one there is nothing for it to describe
 * (docs/api.md#conventions). Only methods that take no body here are eased: a POST, PUT or PATCH
 * without its body still reaches its resource, which names what is missing.
 */
@Provider
@PreMatching
public class BodilessRequestFilter implements ContainerRequestFilter {
  private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "DELETE", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    if (WITHOUT_BODY.contains(request.getMethod())
        && request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null
        && !hasBody(request)) {
      request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }
  }

  /** RFC 9112 §6.3: a request has a body only if it says how long it is or that it is chunked. */
  static boolean hasBody(ContainerRequestContext request) {
    if (request.getHeaderString("Transfer-Encoding") != null) {
      return true;
    }
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    return length != null && !length.strip().equals("0");
  }
}
