package org.councilperformance.interfaces.rest.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.councilperformance.application.AccountService;
import org.councilperformance.domain.access.ApiToken;
import org.councilperformance.interfaces.rest.Created;
import org.councilperformance.interfaces.rest.Preconditions;
import org.councilperformance.interfaces.security.SecurityLog;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** The signed-in person's personal API tokens. */
@Path("tokens")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {
  private final AccountService accounts;
  private final Preconditions preconditions;

  @Context private SecurityContext securityContext;
  @Context private HttpServletRequest request;

  @Inject
  public TokenResource(AccountService accounts, Preconditions preconditions) {
    this.accounts = accounts;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public TokenResource() {
    this(null, null);
  }

  public record TokenRequest(@NotBlank @Size(max = 100) String name) {}

  /** {@code token} is the secret: shown in the answer to its creation and never again. */
  @JsonbPropertyOrder({"id", "name", "createdAt", "revokedAt", "token"})
  public record TokenView(
      long id, String name, Instant createdAt, Instant revokedAt, String token) {
    static TokenView of(ApiToken t, String secret) {
      return new TokenView(t.id(), t.name(), t.createdAt(), t.revokedAt(), secret);
    }
  }

  private String caller() {
    return securityContext.getUserPrincipal().getName();
  }

  @GET
  public List<TokenView> list() {
    return accounts.tokens(caller()).stream().map(t -> TokenView.of(t, null)).toList();
  }

  @APIResponseSchema(value = TokenView.class, responseCode = "201", responseDescription = "Created")
  @POST
  public Response create(@NotNull @Valid TokenRequest body, @Context UriInfo uriInfo) {
    ApiToken.Issued issued = accounts.issueToken(caller(), body.name());
    SecurityLog.tokenCreated(caller(), issued.token().id(), request.getRemoteAddr());
    return Created.at(uriInfo, issued.token().id(), TokenView.of(issued.token(), issued.secret()));
  }

  @DELETE
  @Path("{id}")
  public TokenView revoke(@PathParam("id") long id) {
    preconditions.check(accounts.token(caller(), id));
    ApiToken revoked = preconditions.saved(accounts.revokeToken(caller(), id));
    SecurityLog.tokenRevoked(caller(), id, request.getRemoteAddr());
    return TokenView.of(revoked, null);
  }
}
