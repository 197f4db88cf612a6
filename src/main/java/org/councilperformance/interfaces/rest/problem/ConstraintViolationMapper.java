package org.councilperformance.interfaces.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** Bean Validation failures of a request body: 422 naming each field, e.g. "tolerance.amount". */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.stream()
            .map(err -> err.field() + ": " + err.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid request");
    return Problem.response(BusinessExceptionMapper.UNPROCESSABLE, detail, errors);
  }

  /**
   * The property path of a resource-method violation starts with the method and parameter
   * ("create.arg0.name"); the client only knows the part inside its body ("name"), or "body" when
   * the whole body is missing.
   */
  private static String fieldOf(ConstraintViolation<?> violation) {
    List<Path.Node> nodes =
        StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
    // A node inside a list carries the list's index ("comments[0].text").
    List<String> inBody = new ArrayList<>();
    for (Path.Node n : nodes) {
      if (n.getKind() != jakarta.validation.ElementKind.PROPERTY
          && n.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
        continue;
      }
      if (n.isInIterable() && n.getIndex() != null && !inBody.isEmpty()) {
        int last = inBody.size() - 1;
        inBody.set(last, inBody.get(last) + "[" + n.getIndex() + "]");
      }
      if (n.getName() != null && !n.getName().isEmpty() && !n.getName().startsWith("<")) {
        inBody.add(n.getName());
      }
    }
    if (!inBody.isEmpty()) {
      return String.join(".", inBody);
    }
    Path.Node last = nodes.isEmpty() ? null : nodes.get(nodes.size() - 1);
    if (last != null && last.getKind() == jakarta.validation.ElementKind.PARAMETER) {
      return "body";
    }
    return last == null ? "body" : last.getName();
  }
}
