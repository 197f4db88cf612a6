package org.councilperformance.interfaces.rest.problem;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.councilperformance.domain.AccessDeniedException;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.GoneException;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.MalformedValueException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.NotSignedInException;
import org.councilperformance.domain.PayloadTooLargeException;
import org.councilperformance.domain.PreconditionFailedException;
import org.councilperformance.domain.PreconditionRequiredException;
import org.councilperformance.domain.RetryLaterException;
import org.councilperformance.domain.RowsRejectedException;
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
    if (e instanceof RowsRejectedException rows) {
      // Every row's error at once, each as "row N: column" (docs/api.md#imports).
      return Problem.response(
          UNPROCESSABLE,
          e.getMessage(),
          rows.errors().stream()
              .map(
                  r ->
                      new Problem.FieldError(
                          "row " + r.row() + (r.column() == null ? "" : ": " + r.column()),
                          r.reason()))
              .toList());
    }
    Response problem = Problem.response(statusOf(e), e.getMessage(), e.field());
    if (e instanceof PreconditionFailedException stale && stale.currentVersion() != null) {
      // The version now stored, so the client can reload and compare
      // (docs/api.md#versions-and-lost-updates).
      return Response.fromResponse(problem).tag(new EntityTag(stale.currentVersion())).build();
    }
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

  static final Response.StatusType PRECONDITION_REQUIRED =
      clientError(428, "Precondition Required");

  private static Response.StatusType clientError(int code, String reason) {
    return new Response.StatusType() {
      @Override
      public int getStatusCode() {
        return code;
      }

      @Override
      public Status.Family getFamily() {
        return Status.Family.CLIENT_ERROR;
      }

      @Override
      public String getReasonPhrase() {
        return reason;
      }
    };
  }

  /** The HTTP status each kind of business error answers. */
  private static final Map<Class<? extends BusinessException>, Response.StatusType> STATUS =
      Map.ofEntries(
          Map.entry(MalformedValueException.class, Status.BAD_REQUEST),
          Map.entry(NotSignedInException.class, Status.UNAUTHORIZED),
          Map.entry(AccessDeniedException.class, Status.FORBIDDEN),
          Map.entry(NotFoundException.class, Status.NOT_FOUND),
          Map.entry(ConflictException.class, Status.CONFLICT),
          Map.entry(GoneException.class, Status.GONE),
          Map.entry(PayloadTooLargeException.class, Status.REQUEST_ENTITY_TOO_LARGE),
          Map.entry(InvalidValueException.class, UNPROCESSABLE),
          Map.entry(UpstreamFailureException.class, Status.BAD_GATEWAY),
          Map.entry(PreconditionFailedException.class, Status.PRECONDITION_FAILED),
          Map.entry(PreconditionRequiredException.class, PRECONDITION_REQUIRED),
          Map.entry(TooManyRequestsException.class, Status.TOO_MANY_REQUESTS),
          Map.entry(ServiceUnavailableException.class, Status.SERVICE_UNAVAILABLE));
}
