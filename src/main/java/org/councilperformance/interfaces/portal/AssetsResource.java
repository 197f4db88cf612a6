package org.councilperformance.interfaces.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The portal's style sheet and scripts: GOV.UK Frontend's, unpacked at build time without the GDS
 * Transport font (pom.xml), Chart.js for the indicator page's chart (pom.xml), and the portal's own
 * scripts. A fixed list, read once: no path from a request ever reaches the class path. Not
 * transactional: it reads no data.
 */
@Path("assets")
public class AssetsResource {
  private static final Map<String, String> TYPES =
      Map.of(
          "govuk-frontend.min.css", "text/css; charset=UTF-8",
          "govuk-frontend.min.js", "text/javascript; charset=UTF-8",
          "portal.js", "text/javascript; charset=UTF-8",
          "chart.umd.min.js", "text/javascript; charset=UTF-8",
          "indicator-chart.js", "text/javascript; charset=UTF-8",
          "pack-progress.js", "text/javascript; charset=UTF-8");

  private static final Map<String, byte[]> CONTENT =
      Map.of(
          "govuk-frontend.min.css", read("govuk-frontend.min.css"),
          "govuk-frontend.min.js", read("govuk-frontend.min.js"),
          "portal.js", read("portal.js"),
          "chart.umd.min.js", read("chart.umd.min.js"),
          "indicator-chart.js", read("indicator-chart.js"),
          "pack-progress.js", read("pack-progress.js"));

  @GET
  @Path("{name}")
  public Response asset(@PathParam("name") String name) {
    byte[] content = CONTENT.get(name);
    if (content == null) {
      throw new NotFoundException();
    }
    // A day: the files change only with a new release of the product.
    CacheControl cache = new CacheControl();
    cache.setMaxAge(86_400);
    return Response.ok(content, TYPES.get(name)).cacheControl(cache).build();
  }

  private static byte[] read(String name) {
    try (InputStream in = AssetsResource.class.getResourceAsStream("/portal-assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("portal asset " + name + " is not in the WAR");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
