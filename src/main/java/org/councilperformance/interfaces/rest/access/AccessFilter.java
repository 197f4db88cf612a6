package org.councilperformance.interfaces.rest.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.regex.Pattern;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.AccountService;
import org.councilperformance.application.Caller;
import org.councilperformance.domain.AccessDeniedException;
import org.councilperformance.domain.NotSignedInException;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.interfaces.rest.problem.BusinessExceptionMapper;
import org.councilperformance.interfaces.security.CouncilAuthenticationMechanism;
import org.councilperformance.interfaces.security.CsrfToken;

/**
 * Applies the access policy to every API request: a caller who could not be checked is refused as
 * such, anonymous requests are refused (but for signing in), a browser's change must carry its
 * session's CSRF token, and the policy decides what the caller's role allows.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final Pattern SINGLE_SIGN_ON = Pattern.compile("session/sso(/callback)?");

  private final AccountService accounts;
  private final AccessPolicy policy;

  @Context private HttpServletRequest servletRequest;

  @Inject
  public AccessFilter(AccountService accounts, AccessPolicy policy) {
    this.accounts = accounts;
    this.policy = policy;
  }

  /** The JAX-RS runtime looks for a public no-argument constructor, then asks CDI for the bean. */
  public AccessFilter() {
    this(null, null);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    // Too many attempts, or no database: the exception mappers answer 429 or 503, never 401.
    CouncilAuthenticationMechanism.refuseIfUnchecked(servletRequest);
    String path = request.getUriInfo().getPath().replaceFirst("^/", "");
    String method = request.getMethod();
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if ((path.equals("session") && method.equals("POST"))
        || (SINGLE_SIGN_ON.matcher(path).matches() && method.equals("GET"))) {
      Caller.notSignedIn(principal == null ? null : principal.getName()).enter();
      return; // signing in
    }
    UserAccount caller =
        CouncilAuthenticationMechanism.caller(servletRequest, principal, accounts::byUsername);
    try {
      if (caller == null) {
        throw new NotSignedInException(
            "sign in (POST /api/session) or send a personal API token as 'Authorization: Bearer …'");
      }
      if (!AccessPolicy.isSafe(method) && cameWithSessionCookie(request)) {
        HttpSession session = servletRequest.getSession(false);
        Object expected =
            session == null
                ? null
                : session.getAttribute(CouncilAuthenticationMechanism.SESSION_CSRF);
        if (!CsrfToken.matches((String) expected, request.getHeaderString(CsrfToken.HEADER))) {
          throw new AccessDeniedException(
              CsrfToken.HEADER,
              "a change made with a session cookie must send the session's CSRF token in "
                  + CsrfToken.HEADER);
        }
      }
      policy.checkRequest(method, path, caller);
      Caller.signedIn(caller).enter();
    } catch (NotSignedInException | AccessDeniedException e) {
      request.abortWith(BusinessExceptionMapper.problemFor(e));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Caller.leave();
  }

  private static boolean cameWithSessionCookie(ContainerRequestContext request) {
    String authorization = request.getHeaderString("Authorization");
    return authorization == null || !authorization.startsWith("Bearer ");
  }
}
