package org.councilperformance.interfaces.rest.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.councilperformance.application.AccountService;
import org.councilperformance.domain.NotSignedInException;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.interfaces.security.CouncilAuthenticationMechanism;

/** Browser sign-in and sign-out. */
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
  private final SecurityContext securityContext;
  private final AccountService accounts;

  @Context private HttpServletRequest request;
  @Context private HttpServletResponse response;

  @Inject
  public SessionResource(SecurityContext securityContext, AccountService accounts) {
    this.securityContext = securityContext;
    this.accounts = accounts;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public SessionResource() {
    this(null, null);
  }

  public record SignIn(@NotBlank String username, @NotBlank String password) {}

  /**
   * The signed-in person. {@code csrfToken} must be sent back in the X-CSRF-Token header with every
   * change made with this session's cookie; it is null for a request made with a token.
   */
  @JsonbPropertyOrder({"username", "displayName", "role", "businessUnits", "csrfToken"})
  public record SessionView(
      String username,
      String displayName,
      Role role,
      List<String> businessUnits,
      String csrfToken) {}

  @POST
  public SessionView signIn(@NotNull @Valid SignIn body) {
    AuthenticationStatus status =
        CouncilAuthenticationMechanism.signIn(
            securityContext, request, response, body.username(), body.password());
    CouncilAuthenticationMechanism.refuseIfUnchecked(request);
    if (status != AuthenticationStatus.SUCCESS) {
      throw new NotSignedInException(
          "username or password not recognised, or the account is locked for "
              + UserAccount.LOCK_PERIOD.toMinutes()
              + " minutes after "
              + UserAccount.MAX_FAILED_SIGN_INS
              + " failed sign-ins");
    }
    return current();
  }

  @GET
  public SessionView current() {
    UserAccount user =
        accounts.byUsername(securityContext.getCallerPrincipal().getName()).orElseThrow();
    HttpSession session = request.getSession(false);
    Object csrf =
        session == null ? null : session.getAttribute(CouncilAuthenticationMechanism.SESSION_CSRF);
    return new SessionView(
        user.username(),
        user.displayName(),
        user.role(),
        user.businessUnits().stream().map(b -> b.code()).sorted().toList(),
        (String) csrf);
  }

  @DELETE
  public Response signOut() throws jakarta.servlet.ServletException {
    CouncilAuthenticationMechanism.signOut(request);
    return Response.noContent().build();
  }
}
