package org.councilperformance.interfaces.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.councilperformance.interfaces.rest.problem.Problem;
import org.councilperformance.interfaces.rest.problem.UnexpectedExceptionMapper;

/**
 * The error page of every error the servlet container answers itself — a path outside the API, a
 * method or an exception it met before JAX-RS — as problem+json like the API's own errors, instead
 * of Liberty's page naming its classes and message ids. WEB-INF/web.xml declares it (at
 * /container-error) and maps every error here.
 */
public class ContainerErrorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String where = request.getMethod() + " " + (uri == null ? request.getRequestURI() : uri);
    Response problem;
    if (failure instanceof Throwable t && !(code instanceof Integer c && c >= 400 && c < 500)) {
      problem = UnexpectedExceptionMapper.problemFor(t, where);
    } else {
      // Liberty reports a missing file as an exception with status 404; asked for directly, this
      // page is just another unknown path.
      int status = code instanceof Integer c && c >= 400 ? c : 404;
      problem =
          Problem.response(
              Response.status(status).build().getStatusInfo(), detailOf(status), (String) null);
    }
    response.resetBuffer();
    response.setStatus(problem.getStatus());
    problem
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> response.setHeader(name, String.valueOf(v)));
              }
            });
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.toJson(problem.getEntity()));
  }

  private static String detailOf(int status) {
    return switch (status) {
      case 404 -> "no such resource";
      case 405 -> "method not allowed here";
      case 415 -> "send the request body as application/json";
      default -> "the request could not be served";
    };
  }
}
