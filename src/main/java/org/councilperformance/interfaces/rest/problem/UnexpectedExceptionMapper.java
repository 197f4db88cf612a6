package org.councilperformance.interfaces.rest.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.councilperformance.domain.BusinessException;

/**
 * Everything no other mapper claims. A business error wrapped by the runtime keeps its meaning; a
 * database uniqueness clash that slipped past the checks (two requests at once) is a 409; anything
 * else is logged with an incident id and answered 500 without internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BusinessException business) {
        return BusinessExceptionMapper.problemFor(business);
      }
      if (t instanceof OptimisticLockException) {
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
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
    return Problem.response(
        Status.INTERNAL_SERVER_ERROR,
        "something went wrong on the server; quote incident " + incident,
        (String) null);
  }
}
