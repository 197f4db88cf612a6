package org.councilperformance.interfaces.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.councilperformance.domain.BusinessException;

/**
 * Errors the JAX-RS runtime raises around a resource — unknown path, wrong method or media type, or
 * a request body the reader refused — as problem+json.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    // The runtime wraps what a MessageBodyReader throws; the business error inside says it best.
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof BusinessException business) {
        return BusinessExceptionMapper.problemFor(business);
      }
    }
    Response.StatusType status = e.getResponse().getStatusInfo();
    String detail =
        switch (status.getStatusCode()) {
          case 400 -> "the request could not be read";
          case 404 -> "no such resource";
          case 405 -> "method not allowed here";
          case 406 -> "this resource answers application/json";
          case 415 -> "send the request body as application/json";
          default -> status.getReasonPhrase();
        };
    return Problem.response(status, detail, (String) null);
  }
}
