package org.councilperformance.interfaces.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Errors the JAX-RS runtime raises before a resource runs — unknown path, wrong method or media
 * type, and a body that is not JSON or has a value of the wrong type — as problem+json.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

  @Override
  public Response toResponse(WebApplicationException e) {
    Throwable unreadable = bodyReadingCause(e);
    if (unreadable != null) {
      return unreadableBody(unreadable);
    }
    Response.StatusType status = e.getResponse().getStatusInfo();
    String detail =
        switch (status.getStatusCode()) {
          case 404 -> "no such resource";
          case 405 -> "method not allowed here";
          case 406 -> "this resource answers application/json";
          case 415 -> "send the request body as application/json";
          default -> status.getReasonPhrase();
        };
    return Problem.response(status, detail, (String) null);
  }

  static Response unreadableBody(Throwable cause) {
    if (cause instanceof JsonParsingException parsing) {
      String where =
          parsing.getLocation() == null
              ? ""
              : " at line "
                  + parsing.getLocation().getLineNumber()
                  + ", column "
                  + parsing.getLocation().getColumnNumber();
      return Problem.response(Status.BAD_REQUEST, "the body is not valid JSON" + where, "body");
    }
    List<String> path = new ArrayList<>();
    for (Throwable t = cause; t != null; t = t.getCause()) {
      Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
      while (m.find()) {
        if (path.isEmpty() || !path.get(path.size() - 1).equals(m.group(1))) {
          path.add(m.group(1));
        }
      }
    }
    String field = path.isEmpty() ? "body" : String.join(".", path);
    return Problem.response(
        Status.BAD_REQUEST,
        field.equals("body")
            ? "the body could not be read as the expected JSON object"
            : "the value of '" + field + "' has the wrong type or is not one of the allowed values",
        field);
  }

  /**
   * The JSON failure behind an error, if it happened while reading the request body. A failure
   * while writing a response is the server's fault and must not be blamed on the client.
   */
  static Throwable bodyReadingCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if ((t instanceof JsonParsingException || t instanceof JsonbException) && whileReading(t)) {
        return t;
      }
    }
    return null;
  }

  private static boolean whileReading(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getMethodName().equals("readFrom")) {
        return true;
      }
      if (frame.getMethodName().equals("writeTo")) {
        return false;
      }
    }
    return false;
  }
}
