package org.councilperformance.interfaces.rest.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.councilperformance.domain.BusinessException;
import org.councilperformance.domain.ServiceUnavailableException;
import org.hibernate.StaleStateException;

/**
 * Everything no other mapper claims. A business error wrapped by the runtime keeps its meaning; a
 * database uniqueness clash that slipped past the checks (two requests at once) is a 409; a
 * database that cannot be reached is a 503 with {@code Retry-After} and one log line; anything else
 * is logged once with its stack trace and an incident id, and answered 500 without internals.
 * Either way the request's transaction was rolled back before this runs (the resource's interceptor
 * ends it), so nothing of a request answered 5xx is saved.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private HttpServletRequest request;

  @Override
  public Response toResponse(Exception e) {
    return problemFor(
        e, request == null ? "?" : request.getMethod() + " " + request.getRequestURI());
  }

  /**
   * The answer to a failure nothing else explains, logged once; also used for failures the servlet
   * container meets outside JAX-RS ({@code interfaces/web/ContainerErrorServlet}).
   *
   * @param where the request's method and path, for the log
   */
  public static Response problemFor(Throwable e, String where) {
    String incident = UUID.randomUUID().toString();
    Optional<Throwable> outage = DatabaseOutage.rootCause(e);
    if (outage.isPresent()) {
      // A known kind of incident: one line, no stack trace, so an outage under load stays readable.
      LOG.warning(
          "Database unavailable, incident "
              + incident
              + ": "
              + where
              + ": "
              + outage.get().getClass().getName()
              + ": "
              + outage.get().getMessage());
      return BusinessExceptionMapper.problemFor(
          new ServiceUnavailableException(
              "the database cannot be reached; nothing was saved; try again shortly, or quote"
                  + " incident "
                  + incident,
              DatabaseOutage.RETRY_AFTER));
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException business) {
        return BusinessExceptionMapper.problemFor(business);
      }
      if (lostARace(t)) {
        // Another editor's change to the same row committed first (docs/design.md#versions).
        return Problem.response(
            Status.CONFLICT,
            "someone else changed this at the same moment; read it again and retry",
            (String) null);
      }
      if (t instanceof SQLIntegrityConstraintViolationException) {
        return Problem.response(
            Status.CONFLICT,
            "the change clashes with stored data; reload and try again",
            (String) null);
      }
    }
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident + ": " + where, e);
    return Problem.response(
        Status.INTERNAL_SERVER_ERROR,
        "something went wrong on the server; quote incident " + incident,
        (String) null);
  }

  /**
   * Whether this is another change to the same row committing first. A flush Hibernate makes before
   * a query reports it as its own {@link StaleStateException}, which the entity manager converts to
   * {@link OptimisticLockException} only when it flushes itself.
   */
  static boolean lostARace(Throwable t) {
    return t instanceof OptimisticLockException || t instanceof StaleStateException;
  }
}
