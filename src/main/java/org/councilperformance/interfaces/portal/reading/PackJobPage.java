package org.councilperformance.interfaces.portal.reading;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.report.PrintedPack;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.interfaces.portal.Pages;
import org.councilperformance.interfaces.portal.PortalFilter;

/**
 * A background pack's progress page: its state and time taken, then the document once printed
 * (docs/portal.md#the-committee-pack). Without JavaScript the person checks again by a link; with
 * it, the page fetches itself every few seconds and shows the change. Anyone signed in who has the
 * job's address may follow it, as anyone signed in may print the pack.
 */
@Path("packs/{id}")
@RequestScoped
@Transactional
public class PackJobPage {
  /** Seconds between the progress page's checks, with JavaScript. */
  static final int REFRESH_SECONDS = 3;

  private final PackJobs jobs;
  private final Lookup lookup;
  private final Pages pages;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @Inject
  public PackJobPage(PackJobs jobs, Lookup lookup, Pages pages) {
    this.jobs = jobs;
    this.lookup = lookup;
    this.pages = pages;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public PackJobPage() {
    this(null, null, null);
  }

  @GET
  public Response progress(@PathParam("id") String id) {
    PackJob job = job(id);
    Map<String, Object> page = new HashMap<>();
    page.put("frame", PortalFilter.frame(request));
    page.put("job", job);
    page.put("period", lookup.period(job.request().period()).label());
    page.put("elapsedSeconds", job.elapsed(Instant.now()).toSeconds());
    page.put("refreshSeconds", REFRESH_SECONDS);
    return pages.page("reading/packJob.jte", page);
  }

  /** The document once printed; before that, the progress page. */
  @GET
  @Path("document")
  public Response document(@PathParam("id") String id) {
    PackJob job = job(id);
    PrintedPack printed = job.printed();
    if (printed == null) {
      return Pages.seeOther(uriInfo, PortalFilter.frame(request).href("/packs/" + id));
    }
    return Response.ok(printed.document(), printed.format().mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + printed.fileName() + "\"")
        .build();
  }

  private PackJob job(String id) {
    return jobs.job(id)
        .orElseThrow(
            () ->
                new NotFoundException(
                    null,
                    "there is no pack being printed at this address: packs are kept for "
                        + PackJobs.KEPT_FOR.toMinutes()
                        + " minutes once printed; ask for it again"));
  }
}
