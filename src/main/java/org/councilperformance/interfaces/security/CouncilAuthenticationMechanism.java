package org.councilperformance.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.councilperformance.application.AccountService;
import org.councilperformance.domain.access.UserAccount;

/**
 * How people and systems prove who they are (Jakarta Security). A browser signs in once with a
 * username and password (POST /api/session), or through the council's single sign-on, and is then
 * known by its session; a system sends a personal API token as a Bearer header on every request. A
 * request with neither goes on as anonymous, and the access policy answers it 401 where sign-in is
 * needed. The account is read again on every request, so a removed user or a revoked token stops
 * working at once.
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

  private static final String BEARER = "Bearer ";

  private final AccountService accounts;

  @Inject
  public CouncilAuthenticationMechanism(AccountService accounts) {
    this.accounts = accounts;
  }

  /** For CDI's client proxy only. */
  protected CouncilAuthenticationMechanism() {
    this(null);
  }

  /**
   * An entry point like the resources: a sign-in's failed attempt or lockout is written here, in a
   * transaction of its own that a refused request does not roll back.
   */
  @Override
  @Transactional
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      Optional<UserAccount> user =
          accounts.signIn(password.getCaller(), password.getPassword().getValue());
      if (user.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      startSession(request, user.get());
      return loggedIn(request, context, user.get());
    }
    if (credential instanceof VerifiedIdentity identity) {
      // The identity provider vouches for the person; the council's account gives the role.
      Optional<UserAccount> user = accounts.byUsername(identity.username());
      if (user.isEmpty()) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      startSession(request, user.get());
      return loggedIn(request, context, user.get());
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.startsWith(BEARER)) {
      return accounts
          .tokenOwner(authorization.substring(BEARER.length()).trim())
          .map(owner -> loggedIn(request, context, owner))
          .orElseGet(context::doNothing);
    }
    HttpSession session = request.getSession(false);
    Object username = session == null ? null : session.getAttribute(SESSION_USER);
    if (username instanceof String name) {
      return accounts
          .byUsername(name)
          .map(user -> loggedIn(request, context, user))
          .orElseGet(context::doNothing);
    }
    return context.doNothing();
  }

  /** A fresh session id at sign-in, so a session id planted before sign-in is worthless. */
  private static void startSession(HttpServletRequest request, UserAccount user) {
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setAttribute(SESSION_USER, user.username());
    session.setAttribute(SESSION_CSRF, CsrfToken.generate());
  }

  private static AuthenticationStatus loggedIn(
      HttpServletRequest request, HttpMessageContext context, UserAccount user) {
    request.setAttribute(REQUEST_CALLER, user);
    return context.notifyContainerAboutLogin(user.username(), Set.of(user.role().name()));
  }
}
