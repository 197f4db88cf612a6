package org.councilperformance.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.councilperformance.domain.AccessDeniedException;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.NotSignedInException;
import org.councilperformance.domain.PayloadTooLargeException;
import org.councilperformance.domain.RetryLaterException;
import org.councilperformance.domain.ServiceUnavailableException;
import org.councilperformance.domain.TooManyRequestsException;
import org.councilperformance.domain.UpstreamFailureException;

@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
  @Override
  public Response toResponse(BusinessException e) {
    return problemFor(e);
  }

  public static Response problemFor(BusinessException e) {
    Response problem = Problem.response(statusOf(e), e.getMessage(), e.field());
    if (e instanceof RetryLaterException later) {
      return Response.fromResponse(problem)
          .header("Retry-After", later.retryAfterSeconds())
          .build();
    }
    return problem;
  }

  private static Response.StatusType statusOf(BusinessException e) {
    return STATUS.getOrDefault(e.getClass(), Status.BAD_REQUEST);
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

  /** The HTTP status each kind of business error answers. */
  private static final Map<Class<? extends BusinessException>, Response.StatusType> STATUS =
      Map.of(
          MalformedValueException.class, Status.BAD_REQUEST,
          NotSignedInException.class, Status.UNAUTHORIZED,
          AccessDeniedException.class, Status.FORBIDDEN,
          NotFoundException.class, Status.NOT_FOUND,
          ConflictException.class, Status.CONFLICT,
          PayloadTooLargeException.class, Status.REQUEST_ENTITY_TOO_LARGE,
          InvalidValueException.class, UNPROCESSABLE,
          UpstreamFailureException.class, Status.BAD_GATEWAY,
          TooManyRequestsException.class, Status.TOO_MANY_REQUESTS,
          ServiceUnavailableException.class, Status.SERVICE_UNAVAILABLE);
}
