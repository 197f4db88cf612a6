package org.councilperformance.interfaces.rest.committee;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.councilperformance.application.CommitteeService;
import org.councilperformance.application.distribution.PackArchive;
import org.councilperformance.domain.distribution.PackEdition;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.interfaces.rest.Created;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * A meeting's issued packs (docs/api.md#distribution): the archive's editions, and issuing the pack
 * now or again. Admins only, but for downloading an edition, which the email of a pack too large to
 * attach links to.
 */
@Path("meetings/{id}/packs")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PackResource {
  private final CommitteeService committees;
  private final PackArchive archive;

  @Inject
  public PackResource(CommitteeService committees, PackArchive archive) {
    this.committees = committees;
    this.archive = archive;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public PackResource() {
    this(null, null);
  }

  /**
   * @param reason why the pack is issued again; required once an edition exists
   */
  public record IssueRequest(@Size(max = 500) String reason) {}

  public record EditionView(
      int edition,
      String fileName,
      String format,
      long sizeBytes,
      String sha256,
      String issuedBy,
      Instant issuedAt,
      PeriodState periodState,
      String reason,
      LocalDate retainUntil,
      Instant deletedAt) {
    static EditionView of(PackEdition e) {
      return new EditionView(
          e.edition(),
          e.fileName(),
          e.format().extension(),
          e.sizeBytes(),
          e.sha256(),
          e.issuedBy(),
          e.issuedAt(),
          e.periodState(),
          e.reason(),
          e.retainUntil(),
          e.deletedAt());
    }
  }

  /** Every edition issued to the meeting, the first first. */
  @GET
  public List<EditionView> editions(@PathParam("id") long id) {
    return archive.editions(committees.meeting(id)).stream().map(EditionView::of).toList();
  }

  /**
   * Issues the pack now, as the schedule does on its publication date: the first edition, or a new
   * one with a reason. Everyone on the committee's list on the day of the meeting is sent it.
   */
  @APIResponseSchema(
      value = EditionView.class,
      responseCode = "201",
      responseDescription = "Issued")
  @POST
  public Response issue(
      @PathParam("id") long id, IssueRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
    PackEdition edition =
        archive.issue(committees.meeting(id), request == null ? null : request.reason());
    return Created.at(uri, edition.edition(), EditionView.of(edition));
  }

  /**
   * The edition's bytes exactly as sent, with their SHA-256 (RFC 9530 Repr-Digest); 410 once the
   * retention job deleted them.
   */
  @GET
  @Path("{edition}")
  @Produces(MediaType.WILDCARD)
  public Response document(@PathParam("id") long id, @PathParam("edition") int number) {
    PackEdition edition = archive.edition(committees.meeting(id), number);
    return Response.ok(archive.document(edition), edition.format().mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + edition.fileName() + "\"")
        .header(
            "Repr-Digest",
            "sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(edition.sha256()))
                + ":")
        .build();
  }
}
