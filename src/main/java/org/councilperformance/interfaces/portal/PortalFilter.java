package org.councilperformance.interfaces.portal;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.councilperformance.application.AccessPolicy;
import org.councilperformance.application.AccountService;
import org.councilperformance.application.Caller;
import org.councilperformance.domain.AccessDeniedException;
import org.councilperformance.domain.Limits;
import org.councilperformance.domain.PayloadTooLargeException;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.interfaces.portal.Govuk.NavItem;
import org.councilperformance.interfaces.portal.reading.OverviewLink;
import org.councilperformance.interfaces.security.CouncilAuthenticationMechanism;
import org.councilperformance.interfaces.security.CsrfToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Before every portal page: who is signed in (else to the sign-in page, or the session-expired page
 * when the session has timed out), the CSRF token every form must carry, and the frame the page is
 * drawn in. The person then acts as the caller the application services check and the audit names,
 * exactly as through the API (docs/portal.md#signing-in).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PortalFilter implements ContainerRequestFilter, ContainerResponseFilter {
  /** The request property holding the signed-in person's {@link UserAccount}. */
  public static final String ACCOUNT = "councilperformance.portal.account";

  /** The request property holding the page's {@link Frame}. */
  public static final String FRAME = "councilperformance.portal.frame";

  private static final Pattern OPEN = Pattern.compile("sign-in|session-expired|assets/.*");

  private final AccountService accounts;
  private final String serviceName;

  @Context private HttpServletRequest servletRequest;

  @Inject
  public PortalFilter(
      AccountService accounts,
      @ConfigProperty(name = "council.name", defaultValue = "Council") String councilName) {
    this.accounts = accounts;
    this.serviceName = councilName;
  }

  /** The largest form web.xml lets the portal read: a 2 MiB spreadsheet and the form's fields. */
  private static final long MAX_FORM_BYTES = 2_162_688;

  /** The JAX-RS runtime looks for a public no-argument constructor, then asks CDI for the bean. */
  public PortalFilter() {
    this(null, "Council");
  }

  /** The page's frame, as this filter made it for the request. */
  public static Frame frame(HttpServletRequest request) {
    return (Frame) request.getAttribute(FRAME);
  }

  /** The signed-in person of a portal request past this filter. */
  public static UserAccount account(HttpServletRequest request) {
    return (UserAccount) request.getAttribute(ACCOUNT);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath().replaceFirst("^/", "");
    String base = servletRequest.getContextPath() + "/portal";
    HttpSession session = servletRequest.getSession(false);
    String csrf =
        session == null
            ? null
            : (String) session.getAttribute(CouncilAuthenticationMechanism.SESSION_CSRF);
    servletRequest.setAttribute(FRAME, frame(base, null, csrf, path));
    // Too many attempts, or no database: an error page says so, never "sign in".
    CouncilAuthenticationMechanism.refuseIfUnchecked(servletRequest);
    Principal principal = request.getSecurityContext().getUserPrincipal();
    UserAccount person =
        CouncilAuthenticationMechanism.caller(servletRequest, principal, accounts::byUsername);
    if (OPEN.matcher(path).matches()) {
      Caller.notSignedIn(principal == null ? null : principal.getName()).enter();
      if (!AccessPolicy.isSafe(request.getMethod())) {
        requireCsrfToken(csrf); // signing in too: another site must not sign a browser in
      }
      return;
    }
    if (person == null) {
      request.abortWith(toSignIn(request, base));
      return;
    }
    servletRequest.setAttribute(ACCOUNT, person);
    servletRequest.setAttribute(FRAME, frame(base, person, csrf, path));
    if (!AccessPolicy.isSafe(request.getMethod())) {
      requireCsrfToken(csrf);
      requirePrintable();
    }
    Caller.signedIn(person).enter();
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Caller.leave();
  }

  /**
   * No form field may carry a character a document cannot (a NUL, a lone surrogate): refused here
   * for every form at once, as the API's body reader refuses it for every body, so no page can
   * forget to (docs/portal.md#errors).
   */
  private void requirePrintable() {
    servletRequest
        .getParameterMap()
        .forEach(
            (name, values) -> {
              for (String value : values) {
                Limits.printable(value, name);
              }
            });
  }

  /**
   * A form must send back its session's token: a page of another site can make the browser post
   * here with the session cookie, but cannot read the token to copy it.
   */
  private void requireCsrfToken(String expected) {
    // A form over web.xml's limit cannot be read at all, token included: say it is too large,
    // rather than that it was forged (docs/portal.md#uploading-a-sheet).
    if (servletRequest.getContentLengthLong() > MAX_FORM_BYTES || multipartTooLarge()) {
      throw new PayloadTooLargeException(
          "body",
          "the form is larger than 2 MB, so nothing was read or saved: a spreadsheet to upload must"
              + " be smaller than 2 MB");
    }
    String sent = servletRequest.getParameter(Frame.CSRF_FIELD);
    if (!CsrfToken.matches(expected, sent)) {
      throw new AccessDeniedException(
          Frame.CSRF_FIELD,
          "This form was not sent from a page of this site, or the page is out of date. Nothing"
              + " was saved. Go back, reload the page and try again.");
    }
  }

  /** Whether a multipart form sent without its length turned out over web.xml's limit. */
  private boolean multipartTooLarge() {
    String type = servletRequest.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
      return false;
    }
    try {
      servletRequest.getParts();
      return false;
    } catch (IllegalStateException tooLarge) {
      return true;
    } catch (java.io.IOException | jakarta.servlet.ServletException unreadable) {
      return false; // the token is then missing: refused as a forged form
    }
  }

  /**
   * Someone not signed in goes to the sign-in page, coming back here afterwards; someone whose
   * session timed out is told so first, since what they were doing was not saved.
   */
  private Response toSignIn(ContainerRequestContext request, String base) {
    boolean expired =
        servletRequest.getRequestedSessionId() != null
            && !servletRequest.isRequestedSessionIdValid();
    String here = request.getUriInfo().getRequestUri().getRawPath();
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    UriBuilder target = UriBuilder.fromPath(base).path(expired ? "session-expired" : "sign-in");
    if (AccessPolicy.isSafe(request.getMethod())) {
      target.queryParam("next", here + (query == null ? "" : "?" + query));
    }
    return Pages.seeOther(request.getUriInfo(), target.build().toString());
  }

  private Frame frame(String base, UserAccount person, String csrf, String path) {
    List<NavItem> navigation = new ArrayList<>();
    if (person != null) {
      boolean reading = OverviewLink.isReading(path);
      if (person.role() != Role.VIEWER) { // a viewer has nothing to enter: home is the overview
        navigation.add(
            new NavItem(
                base + "/",
                "Your quarter",
                !reading && (path.isEmpty() || path.startsWith("quarters"))));
      }
      navigation.add(new NavItem(base + OverviewLink.PATH, "Council overview", reading));
      if (person.role() == Role.APPROVER || person.role() == Role.ADMIN) {
        navigation.add(new NavItem(base + "/approvals", "Approvals", path.startsWith("approvals")));
      }
      if (person.role() == Role.ADMIN) {
        navigation.add(
            new NavItem(base + "/admin/periods", "Periods", path.startsWith("admin/periods")));
        navigation.add(
            new NavItem(
                base + "/admin/committees", "Committees", path.startsWith("admin/committees")));
        navigation.add(
            new NavItem(
                base + "/admin/calendar",
                "Meeting calendar",
                path.startsWith("admin/calendar") || path.startsWith("admin/meetings")));
        navigation.add(
            new NavItem(base + "/admin/mail", "Mail sent", path.startsWith("admin/mail")));
        navigation.add(
            new NavItem(
                base + "/admin/reminders", "Reminders", path.startsWith("admin/reminders")));
        navigation.add(
            new NavItem(base + "/admin/people", "People", path.startsWith("admin/people")));
        navigation.add(
            new NavItem(
                base + "/admin/libraries",
                "Measure libraries",
                path.startsWith("admin/libraries")));
      }
    }
    return new Frame(
        base,
        serviceName,
        person == null ? null : person.displayName(),
        person == null ? null : person.role(),
        csrf,
        navigation);
  }
}
