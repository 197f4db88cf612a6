package org.councilperformance.interfaces.portal;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.councilperformance.domain.NotSignedInException;
import org.councilperformance.interfaces.rest.problem.Problem;
import org.councilperformance.interfaces.rest.problem.UnexpectedExceptionMapper;
import org.councilperformance.interfaces.rest.problem.WebApplicationExceptionMapper;

/**
 * Every failure of a portal request as a page: judged exactly as the API judges it (the same
 * status, the same words, the same log line and incident id for the unexpected), then shown in the
 * portal's frame (docs/portal.md#errors). Someone not signed in is sent to sign in instead.
 */
@Provider
public class PortalErrors implements ExceptionMapper<Exception> {
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public PortalErrors(Pages pages) {
    this.pages = pages;
  }

  /** The JAX-RS runtime looks for a public no-argument constructor, then asks CDI for the bean. */
  public PortalErrors() {
    this(null);
  }

  @Override
  public Response toResponse(Exception e) {
    String base = request.getContextPath() + "/portal";
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NotSignedInException) {
        return Pages.seeOther(uriInfo, base + "/sign-in");
      }
    }
    Response judged =
        e instanceof WebApplicationException web
            ? new WebApplicationExceptionMapper().toResponse(web)
            : UnexpectedExceptionMapper.problemFor(
                e, request.getMethod() + " " + request.getRequestURI());
    Problem problem = (Problem) judged.getEntity();
    Frame frame =
        request.getAttribute(PortalFilter.FRAME) instanceof Frame known
            ? known
            : new Frame(base, "Council", null, null, null, java.util.List.of());
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("frame", frame);
    page.put("status", problem.status());
    page.put("detail", problem.detail());
    Response.ResponseBuilder answer =
        Response.status(problem.status()).type(Pages.HTML).entity(pages.render("error.jte", page));
    Object retryAfter = judged.getHeaders().getFirst("Retry-After");
    return (retryAfter == null ? answer : answer.header("Retry-After", retryAfter)).build();
  }
}
