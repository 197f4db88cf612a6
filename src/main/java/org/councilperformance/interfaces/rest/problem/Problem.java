package org.councilperformance.interfaces.rest.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code field} names the request field or query parameter at fault
 * (the first one when there are several; {@code errors} lists them all).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "field", "errors"})
public record Problem(
    String type, String title, int status, String detail, String field, List<FieldError> errors) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public record FieldError(String field, String message) {}

  public static Response response(Response.StatusType status, String detail, String field) {
    List<FieldError> errors = field == null ? List.of() : List.of(new FieldError(field, detail));
    return response(status, detail, errors);
  }

  public static Response response(
      Response.StatusType status, String detail, List<FieldError> errors) {
    String field = errors.isEmpty() ? null : errors.get(0).field();
    Problem problem =
        new Problem(
            "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, field, errors);
    return Response.status(status.getStatusCode()).type(MEDIA_TYPE).entity(problem).build();
  }
}
