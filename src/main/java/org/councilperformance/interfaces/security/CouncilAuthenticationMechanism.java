package org.councilperformance.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.councilperformance.domain.TooManyRequestsException;
import org.councilperformance.domain.access.SignIn;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.interfaces.web.SecureSessionCookie;

/**
 * How people and systems prove who they are (Jakarta Security). A browser signs in once with a
 * username and password (POST /api/session), or through the council's single sign-on, and is then
 * known by its session; a system sends a personal API token as a Bearer header on every request. A
 * request with neither goes on as anonymous, and the access policy answers it 401 where sign-in is
 * needed. The account is read again on every request, so a removed or locked user or a revoked
 * token stops working at once. Sign-ins and token use are rate-limited, and every sign-in is
 * written to the security log.
 */
@ApplicationScoped
public class CouncilAuthenticationMechanism implements HttpAuthenticationMechanism {
  /** The session attribute naming the signed-in user. */
  public static final String SESSION_USER = "councilperformance.user";

  /** The session attribute holding the CSRF token a browser must echo on every change. */
  public static final String SESSION_CSRF = "councilperformance.csrf";

  /**
   * The request attribute holding the caller's account, so the access check need not read it again.
   */
  public static final String REQUEST_CALLER = "councilperformance.caller";

  /**
   * The request attribute holding why the caller could not be checked — too many attempts, or the
   * database could not be reached — for the access filter (or the sign-in) to answer with.
   */
  public static final String REQUEST_FAILURE = "councilperformance.authentication.failure";

  private static final String BEARER = "Bearer ";

  private final CredentialCheck credentials;
  private final RateLimits limits;

  @Inject
  public CouncilAuthenticationMechanism(CredentialCheck credentials, RateLimits limits) {
    this.credentials = credentials;
    this.limits = limits;
  }

  /** For CDI's client proxy only. */
  protected CouncilAuthenticationMechanism() {
    this(null, null);
  }

  /**
   * Never throws: an exception here would reach the client as the container's own error page. A
   * failure is kept on the request ({@link #REQUEST_FAILURE}) and the request goes on unknown.
   */
  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return authenticate(request, context);
    } catch (RuntimeException e) {
      request.setAttribute(REQUEST_FAILURE, e);
      return context.isAuthenticationRequest()
          ? AuthenticationStatus.SEND_FAILURE
          : context.doNothing();
    }
  }

  /**
   * Throws why the caller could not be checked, if that is what happened on this request: too many
   * attempts (429) or no database (503), never to be answered as wrong credentials.
   */
  public static void refuseIfUnchecked(HttpServletRequest request) {
    if (request.getAttribute(REQUEST_FAILURE) instanceof RuntimeException cannotCheck) {
      throw cannotCheck;
    }
  }

  /**
   * Ends the browser's session and records it in the security log: the API's and the portal's
   * sign-out both come here.
   */
  public static void signOut(HttpServletRequest request) throws ServletException {
    Principal who = request.getUserPrincipal();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    if (who != null) {
      SecurityLog.signOut(who.getName(), request.getRemoteAddr());
    }
  }

  /**
   * Signs a browser in with a username and password, through this mechanism: the API's and the
   * portal's sign-in both come here.
   */
  public static AuthenticationStatus signIn(
      SecurityContext securityContext,
      HttpServletRequest request,
      HttpServletResponse response,
      String username,
      String password) {
    return securityContext.authenticate(
        request,
        response,
        AuthenticationParameters.withParams()
            .newAuthentication(true)
            .credential(new UsernamePasswordCredential(username, new Password(password))));
  }

  /**
   * The account of the request's caller, as this mechanism found it (read again only if another
   * path set the principal); null when nobody is signed in.
   */
  public static UserAccount caller(
      HttpServletRequest request,
      Principal principal,
      Function<String, Optional<UserAccount>> byUsername) {
    if (principal == null) {
      return null;
    }
    return request.getAttribute(REQUEST_CALLER) instanceof UserAccount known
        ? known
        : byUsername.apply(principal.getName()).orElse(null);
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpMessageContext context) {
    String address = request.getRemoteAddr();
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      try {
        limits.signIn(password.getCaller(), address);
      } catch (TooManyRequestsException e) {
        SecurityLog.rateLimited("sign-in", password.getCaller(), address);
        throw e;
      }
      SignIn attempt =
          credentials.password(password.getCaller(), password.getPassword().getValue());
      SecurityLog.signIn(attempt, address);
      if (!attempt.succeeded()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      startSession(request, context, attempt.account());
      return loggedIn(request, context, attempt.account());
    }
    if (credential instanceof VerifiedIdentity identity) {
      // The identity provider vouches for the person; the council's account gives the role.
      Optional<UserAccount> user = credentials.activeUser(identity.username());
      SecurityLog.singleSignOn(identity.username(), user.isPresent(), address);
      if (user.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      startSession(request, context, user.get());
      return loggedIn(request, context, user.get());
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.startsWith(BEARER)) {
      String secret = authorization.substring(BEARER.length()).trim();
      limits.tokenUse(secret);
      Optional<UserAccount> owner = credentials.tokenOwner(secret);
      if (owner.isEmpty()) {
        try {
          limits.unknownToken(address);
        } catch (TooManyRequestsException e) {
          SecurityLog.rateLimited("token-use", null, address);
          throw e;
        }
        return context.doNothing();
      }
      return loggedIn(request, context, owner.get());
    }
    HttpSession session = request.getSession(false);
    Object username = session == null ? null : session.getAttribute(SESSION_USER);
    if (username instanceof String name) {
      return credentials
          .activeUser(name)
          .map(user -> loggedIn(request, context, user))
          .orElseGet(context::doNothing);
    }
    return context.doNothing();
  }

  /**
   * A fresh session id at sign-in, so a session id planted before sign-in is worthless; its cookie
   * Secure when the request is.
   */
  private static void startSession(
      HttpServletRequest request, HttpMessageContext context, UserAccount user) {
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    SecureSessionCookie.reissue(request, context.getResponse());
    session.setAttribute(SESSION_USER, user.username());
    session.setAttribute(SESSION_CSRF, CsrfToken.generate());
  }

  private static AuthenticationStatus loggedIn(
      HttpServletRequest request, HttpMessageContext context, UserAccount user) {
    request.setAttribute(REQUEST_CALLER, user);
    return context.notifyContainerAboutLogin(user.username(), Set.of(user.role().name()));
  }
}
