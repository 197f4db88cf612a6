package org.councilperformance.interfaces.opendata;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.rest.problem.BusinessExceptionMapper;
import org.councilperformance.interfaces.rest.problem.UnexpectedExceptionMapper;
import org.councilperformance.interfaces.rest.problem.WebApplicationExceptionMapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every failure of an open-data request, judged as the API judges it. Not found is always the same
 * page, whatever was asked for — a period not yet published, one reopened, one that never existed,
 * an address that means nothing — so the answer never tells them apart
 * (docs/open-data.md#not-published). Anything else (too many requests, a method other than GET) is
 * the API's problem+json.
 */
@Provider
public class OpenDataErrors implements ExceptionMapper<Exception> {
  private final Pages pages;
  private final String council;

  @Context private HttpServletRequest request;

  @Inject
  public OpenDataErrors(
      Pages pages,
      @ConfigProperty(name = "council.name", defaultValue = "Council") String council) {
    this.pages = pages;
    this.council = council;
  }

  /** The JAX-RS runtime looks for a public no-argument constructor, then asks CDI for the bean. */
  public OpenDataErrors() {
    this(null, "Council");
  }

  @Override
  public Response toResponse(Exception e) {
    Response judged =
        e instanceof BusinessException business
            ? BusinessExceptionMapper.problemFor(business)
            : e instanceof WebApplicationException web
                ? new WebApplicationExceptionMapper().toResponse(web)
                : UnexpectedExceptionMapper.problemFor(
                    e, request.getMethod() + " " + request.getRequestURI());
    if (judged.getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
      return judged;
    }
    return Response.status(Response.Status.NOT_FOUND)
        .type(Pages.HTML)
        .entity(
            pages.render(
                "openData/notFound.jte",
                Map.of(
                    "frame",
                    OpenDataResource.frame(request, council),
                    "home",
                    request.getContextPath() + "/open-data/")))
        .build();
  }
}
