package org.councilperformance.interfaces.rest.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.councilperformance.domain.AccessDeniedException;
import org.councilperformance.domain.NotSignedInException;
import org.councilperformance.interfaces.security.CouncilAuthenticationMechanism;
import org.councilperformance.interfaces.security.SingleSignOn;
import org.councilperformance.interfaces.security.SingleSignOnSettings;
import org.councilperformance.interfaces.security.VerifiedIdentity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser sign-in through the council's identity provider: GET /api/session/sso sends the browser
 * there; the provider sends it back to /api/session/sso/callback, which starts the same session a
 * password sign-in does.
 */
@Path("session/sso")
@RequestScoped
public class SingleSignOnResource {
  /**
   * Binds a sign-in to the browser that began it. SameSite=Lax, unlike the Strict session cookie,
   * because the browser must send it on the top-level navigation back from the identity provider.
   */
  static final String BINDING_COOKIE = "cp_sso";

  /** Below the context root, which moves it (docs/operations.md#any-context-root). */
  private static final String CALLBACK = "/api/session/sso/callback";

  private final SingleSignOn singleSignOn;
  private final SingleSignOnSettings settings;
  private final SecurityContext securityContext;

  private final boolean secureCookies;

  @Context private HttpServletRequest request;
  @Context private HttpServletResponse response;

  @Inject
  public SingleSignOnResource(
      SingleSignOn singleSignOn,
      SingleSignOnSettings settings,
      SecurityContext securityContext,
      @ConfigProperty(name = "session.cookie.secure", defaultValue = "false")
          boolean secureCookies) {
    this.singleSignOn = singleSignOn;
    this.settings = settings;
    this.securityContext = securityContext;
    this.secureCookies = secureCookies;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public SingleSignOnResource() {
    this(null, null, null, false);
  }

  @GET
  public Response begin() {
    SingleSignOn.Start start = singleSignOn.begin();
    return Response.seeOther(start.authorizationUri())
        .cookie(bindingCookie(start.browserBinding(), (int) SingleSignOn.PENDING_FOR.toSeconds()))
        .build();
  }

  /**
   * Answers a page rather than a redirect: a Strict session cookie set during a navigation that
   * began on another site is not sent on an immediate redirect, so the page moves on by itself.
   */
  @GET
  @Path("callback")
  @Produces(MediaType.TEXT_HTML)
  public Response callback(
      @QueryParam("state") String state,
      @QueryParam("code") String code,
      @QueryParam("error") String error,
      @QueryParam("error_description") String errorDescription,
      @CookieParam(BINDING_COOKIE) String binding) {
    if (error != null) {
      throw new NotSignedInException(
          "the identity provider did not sign you in: "
              + (errorDescription == null ? error : errorDescription));
    }
    VerifiedIdentity identity = singleSignOn.complete(state, code, binding);
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams().newAuthentication(true).credential(identity));
    CouncilAuthenticationMechanism.refuseIfUnchecked(request);
    if (status != AuthenticationStatus.SUCCESS) {
      throw new AccessDeniedException(
          null,
          "'"
              + identity.username()
              + "' has no account in Council Performance; ask the performance team to add one");
    }
    String next = escape(settings.afterSignIn(request.getContextPath()));
    return Response.ok(
            "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url="
                + next
                + "\"><title>Signed in</title></head><body><p>Signed in as "
                + escape(identity.username())
                + ". <a href=\""
                + next
                + "\">Continue</a></p></body></html>",
            MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .cookie(bindingCookie("", 0))
        .build();
  }

  private NewCookie bindingCookie(String value, int maxAgeSeconds) {
    return new NewCookie.Builder(BINDING_COOKIE)
        .value(value)
        .path(request.getContextPath() + CALLBACK)
        .maxAge(maxAgeSeconds)
        .httpOnly(true)
        .secure(secureCookies || request.isSecure())
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
