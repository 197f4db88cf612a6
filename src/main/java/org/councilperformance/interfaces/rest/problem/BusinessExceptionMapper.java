package org.councilperformance.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.councilperformance.domain.AccessDeniedException;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.NotSignedInException;
import org.councilperformance.domain.PayloadTooLargeException;

@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
  @Override
  public Response toResponse(BusinessException e) {
    return problemFor(e);
  }

  public static Response problemFor(BusinessException e) {
    return Problem.response(statusOf(e), e.getMessage(), e.field());
  }

  private static Response.StatusType statusOf(BusinessException e) {
    if (e instanceof NotFoundException) {
      return Status.NOT_FOUND;
    }
    if (e instanceof ConflictException) {
      return Status.CONFLICT;
    }
    if (e instanceof MalformedValueException) {
      return Status.BAD_REQUEST;
    }
    if (e instanceof InvalidValueException) {
      return UNPROCESSABLE;
    }
    if (e instanceof NotSignedInException) {
      return Status.UNAUTHORIZED;
    }
    if (e instanceof AccessDeniedException) {
      return Status.FORBIDDEN;
    }
    if (e instanceof PayloadTooLargeException) {
      return Status.REQUEST_ENTITY_TOO_LARGE;
    }
    return Status.BAD_REQUEST;
  }

  static final Response.StatusType UNPROCESSABLE =
      new Response.StatusType() {
        @Override
        public int getStatusCode() {
          return 422;
        }

        @Override
        public Status.Family getFamily() {
          return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
          return "Unprocessable Content";
        }
      };
}
