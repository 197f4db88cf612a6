package org.councilperformance.interfaces.rest.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.councilperformance.application.AccountService;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.interfaces.rest.Codes;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.councilperformance.interfaces.security.SecurityLog;
import org.councilperformance.interfaces.security.SingleSignOnSettings;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** People who sign in; managed by admins (the access policy lets no one else change them). */
@Path("users")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
  private final AccountService accounts;
  private final SingleSignOnSettings singleSignOn;
  private final Preconditions preconditions;

  @Context private HttpServletRequest request;

  @Inject
  public UserResource(
      AccountService accounts, SingleSignOnSettings singleSignOn, Preconditions preconditions) {
    this.accounts = accounts;
    this.singleSignOn = singleSignOn;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public UserResource() {
    this(null, null, null);
  }

  /**
   * @param password 12 characters or more; required to create a user unless single sign-on is on
   *     (then a user without one signs in only through it), optional on update (kept when left
   *     out); never shown back
   * @param businessUnits codes of the units an EDITOR or APPROVER acts for
   * @param email where reminders reach the person (docs/rules.md#who-is-reminded); cleared when
   *     left out
   */
  public record UserBody(
      @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_.@-]+") String username,
      @NotBlank @Size(max = 200) String displayName,
      @NotNull Role role,
      List<@NotBlank String> businessUnits,
      @Size(min = 12, max = 200) String password,
      @Size(max = 254) String email) {
    List<String> units() {
      return businessUnits == null ? List.of() : businessUnits;
    }
  }

  @JsonbPropertyOrder({"username", "displayName", "role", "businessUnits", "email"})
  public record UserView(
      String username, String displayName, Role role, List<String> businessUnits, String email) {
    static UserView of(UserAccount u) {
      return new UserView(
          u.username(),
          u.displayName(),
          u.role(),
          u.businessUnits().stream().map(b -> b.code()).sorted().toList(),
          u.email());
    }
  }

  @GET
  public List<UserView> list() {
    return accounts.users().stream().map(UserView::of).toList();
  }

  @APIResponseSchema(value = UserView.class, responseCode = "201", responseDescription = "Created")
  @POST
  public Response create(@NotNull @Valid UserBody body, @Context UriInfo uriInfo) {
    if (body.username() == null || body.username().isBlank()) {
      throw new InvalidValueException("username", "username: must not be blank");
    }
    if (body.password() == null && !singleSignOn.enabled()) {
      throw new InvalidValueException(
          "password", "password: a new user needs one (single sign-on is not configured)");
    }
    UserAccount user =
        accounts.createUser(
            body.username(),
            body.displayName(),
            body.role(),
            Codes.of(body.units(), "businessUnits"),
            body.password() == null ? null : body.password().toCharArray());
    user.reachAt(body.email());
    SecurityLog.userChanged(
        "user-created", admin(), user.username(), changeOf(body), request.getRemoteAddr());
    return Created.at(uriInfo, user.username(), UserView.of(user));
  }

  @GET
  @Path("{username}")
  public UserView get(@PathParam("username") String username) {
    return UserView.of(preconditions.read(accounts.user(username)));
  }

  @PUT
  @Path("{username}")
  public UserView update(@PathParam("username") String username, @NotNull @Valid UserBody body) {
    if (body.username() != null && !body.username().equals(username)) {
      throw new InvalidValueException("username", "a username cannot change");
    }
    UserAccount current = accounts.user(username);
    preconditions.check(current);
    Role before = current.role();
    UserAccount user =
        preconditions.saved(
            accounts.reviseUser(
                username,
                body.displayName(),
                body.role(),
                Codes.of(body.units(), "businessUnits"),
                body.password() == null ? null : body.password().toCharArray(),
                body.email()));
    SecurityLog.userChanged(
        "user-changed",
        admin(),
        user.username(),
        changeOf(body) + (before == user.role() ? "" : " previous-role=" + before),
        request.getRemoteAddr());
    return UserView.of(user);
  }

  private String admin() {
    return request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
  }

  /** What the security log records of a change: the rights given, never the password itself. */
  private static String changeOf(UserBody body) {
    return " role="
        + body.role()
        + " units="
        + String.join(",", body.units()).replaceAll("[^A-Za-z0-9_.,-]", "?")
        + " password-set="
        + (body.password() != null);
  }
}
