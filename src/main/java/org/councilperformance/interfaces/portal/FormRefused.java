package org.councilperformance.interfaces.portal;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A form shown again with what is wrong (422), thrown rather than returned so the request's
 * transaction rolls back: a service may have changed something before a rule refused the rest, and
 * a refused form saves nothing, exactly as the API's refused request (docs/portal.md#errors).
 */
public class FormRefused extends RuntimeException {
  private final transient Response page;

  public FormRefused(Response page) {
    super(null, null, false, false);
    this.page = page;
  }

  /** Answers the form page the exception carries. */
  @Provider
  public static class Mapper implements ExceptionMapper<FormRefused> {
    @Override
    public Response toResponse(FormRefused refused) {
      return refused.page;
    }
  }
}
