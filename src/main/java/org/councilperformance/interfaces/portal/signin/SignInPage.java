package org.councilperformance.interfaces.portal.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.councilperformance.domain.TooManyRequestsException;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.interfaces.portal.FormErrors;
import org.councilperformance.interfaces.portal.Frame;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;
import org.councilperformance.interfaces.security.CouncilAuthenticationMechanism;
import org.councilperformance.interfaces.security.CsrfToken;
import org.councilperformance.interfaces.security.SingleSignOnSettings;

/**
 * Signing in and out of the portal, with the same accounts, lockout, rate limits and sessions as
 * the API's POST /api/session (docs/portal.md#signing-in). Not transactional, like that resource:
 * the authentication mechanism records the attempt in a transaction of its own.
 */
@Path("")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SignInPage {
  /** Only a path of this portal may follow sign-in: never another site (an open redirect). */
  private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*");

  private final SecurityContext securityContext;
  private final Pages pages;
  private final SingleSignOnSettings singleSignOn;

  @Context private HttpServletRequest request;
  @Context private HttpServletResponse response;
  @Context private UriInfo uriInfo;

  @Inject
  public SignInPage(SecurityContext securityContext, Pages pages, SingleSignOnSettings sso) {
    this.securityContext = securityContext;
    this.pages = pages;
    this.singleSignOn = sso;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public SignInPage() {
    this(null, null, null);
  }

  @GET
  @Path("sign-in")
  public Response form(
      @QueryParam("next") String next, @QueryParam("signed-out") String signedOut) {
    if (request.getUserPrincipal() != null) {
      return Pages.seeOther(uriInfo, after(next));
    }
    return signInPage(
        200, FormErrors.none(), null, next, signedOut == null ? null : "You have signed out.");
  }

  @POST
  @Path("sign-in")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response signIn(
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("next") String next) {
    FormErrors errors = FormErrors.none();
    if (username == null || username.isBlank()) {
      errors.add("username", "Enter your username");
    }
    if (password == null || password.isEmpty()) {
      errors.add("password", "Enter your password");
    }
    if (!errors.isEmpty()) {
      return signInPage(422, errors, username, next, null);
    }
    AuthenticationStatus status =
        CouncilAuthenticationMechanism.signIn(
            securityContext, request, response, username.strip(), password);
    if (request.getAttribute(CouncilAuthenticationMechanism.REQUEST_FAILURE)
        instanceof TooManyRequestsException tooMany) {
      errors.add(
          "username",
          "Too many sign-in attempts. Wait "
              + tooMany.retryAfterSeconds()
              + " seconds and try again.");
      return Response.fromResponse(signInPage(429, errors, username, next, null))
          .header("Retry-After", tooMany.retryAfterSeconds())
          .build();
    }
    CouncilAuthenticationMechanism.refuseIfUnchecked(request); // no database: the error page
    if (status != AuthenticationStatus.SUCCESS) {
      errors.add(
          "username",
          "Enter a username and password that match. After "
              + UserAccount.MAX_FAILED_SIGN_INS
              + " failed attempts the account is locked for "
              + UserAccount.LOCK_PERIOD.toMinutes()
              + " minutes.");
      return signInPage(401, errors, username, next, null);
    }
    return Pages.seeOther(uriInfo, after(next));
  }

  @POST
  @Path("sign-out")
  public Response signOut() throws ServletException {
    CouncilAuthenticationMechanism.signOut(request);
    return Pages.seeOther(uriInfo, base() + "/sign-in?signed-out=true");
  }

  @GET
  @Path("session-expired")
  public Response sessionExpired(@QueryParam("next") String next) {
    URI signIn =
        next == null
            ? UriBuilder.fromPath(base()).path("sign-in").build()
            : UriBuilder.fromPath(base()).path("sign-in").queryParam("next", next).build();
    Map<String, Object> page = new HashMap<>();
    page.put("frame", frame());
    page.put("signInHref", signIn.toString());
    return pages.page("sessionExpired.jte", page);
  }

  private Response signInPage(
      int status, FormErrors errors, String username, String next, String notice) {
    // The form carries a CSRF token before anyone is signed in, so no other site can sign a
    // browser in as someone else; signing in then starts a new session with a new token.
    HttpSession session = request.getSession(true);
    if (session.getAttribute(CouncilAuthenticationMechanism.SESSION_CSRF) == null) {
      session.setAttribute(CouncilAuthenticationMechanism.SESSION_CSRF, CsrfToken.generate());
    }
    Frame frame = frame();
    Frame withToken =
        new Frame(
            frame.base(),
            frame.serviceName(),
            null,
            null,
            (String) session.getAttribute(CouncilAuthenticationMechanism.SESSION_CSRF),
            frame.navigation());
    Map<String, Object> page = new HashMap<>();
    page.put("frame", withToken);
    page.put("errors", errors);
    page.put("username", username);
    page.put("next", next != null && LOCAL_PATH.matcher(next).matches() ? next : null);
    page.put("notice", notice);
    page.put(
        "singleSignOn",
        singleSignOn.enabled() ? request.getContextPath() + "/api/session/sso" : null);
    return pages.page(status, "signIn.jte", page);
  }

  /** Where to go once signed in: back where the person was heading, if that is in the portal. */
  private String after(String next) {
    if (next != null
        && LOCAL_PATH.matcher(next).matches()
        && next.startsWith(base() + "/")
        && !next.contains("/../")) {
      return next;
    }
    return base() + "/";
  }

  private String base() {
    return request.getContextPath() + "/portal";
  }

  private Frame frame() {
    return (Frame) request.getAttribute(PortalFilter.FRAME);
  }
}
