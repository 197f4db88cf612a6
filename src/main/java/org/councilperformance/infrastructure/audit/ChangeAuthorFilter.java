package org.councilperformance.infrastructure.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/** Names the signed-in person as the author of the changes an API request makes. */
@Provider
public class ChangeAuthorFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String ANONYMOUS = "anonymous";

  @Override
  public void filter(ContainerRequestContext request) {
    Principal user =
        request.getSecurityContext() == null
            ? null
            : request.getSecurityContext().getUserPrincipal();
    ChangeAuthor.set(user == null ? ANONYMOUS : user.getName());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    ChangeAuthor.clear();
  }
}
