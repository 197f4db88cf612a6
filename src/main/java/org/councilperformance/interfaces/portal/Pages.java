package org.councilperformance.interfaces.portal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * Renders the portal's pages from the jte templates compiled at build time (src/main/jte): nothing
 * is compiled while the server runs. Every value a template prints is HTML-escaped by jte.
 */
@ApplicationScoped
public class Pages {
  /** The pages' media type: HTML in UTF-8. */
  public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Pages.class.getClassLoader(), "gg.jte.generated.precompiled");

  /**
   * The template rendered with its parameters, as a string.
   *
   * @param template the template's path below src/main/jte, e.g. "signIn.jte"
   */
  public String render(String template, Map<String, Object> parameters) {
    StringOutput output = new StringOutput(8 * 1024);
    engine.render(template, parameters, output);
    return output.toString();
  }

  /** A page answered with the given status. */
  public Response page(int status, String template, Map<String, Object> parameters) {
    return Response.status(status).type(HTML).entity(render(template, parameters)).build();
  }

  /**
   * See other: the way every form ends (post/redirect/get). Absolute, because JAX-RS would read a
   * relative location against the portal's own path and say it twice.
   *
   * @param path an absolute path on this server, e.g. "/portal/"
   */
  public static Response seeOther(UriInfo uriInfo, String path) {
    return Response.seeOther(uriInfo.getBaseUri().resolve(path)).build();
  }

  /**
   * "Someone changed this while you were editing" (412, docs/portal.md#versions), drawn by
   * stale.jte for any form.
   */
  public Response stale(Frame frame, Stale stale) {
    return page(412, "stale.jte", Map.of("frame", frame, "stale", stale));
  }

  /** A page answered 200. */
  public Response page(String template, Map<String, Object> parameters) {
    return page(200, template, parameters);
  }
}
