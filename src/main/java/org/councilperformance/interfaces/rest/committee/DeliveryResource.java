package org.councilperformance.interfaces.rest.committee;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.councilperformance.application.CommitteeService;
import org.councilperformance.application.distribution.Outbox;
import org.councilperformance.domain.committee.Meeting;
import org.councilperformance.domain.distribution.AttemptOutcome;
import org.councilperformance.domain.distribution.Delivery;
import org.councilperformance.domain.distribution.DeliveryAttempt;
import org.councilperformance.domain.distribution.DeliveryState;
import org.councilperformance.interfaces.rest.Preconditions;

/**
 * The delivery log of a meeting (docs/api.md#distribution): every copy of every edition, each
 * attempt, and sending one member's copy again. Admins only.
 */
@Path("meetings/{id}/deliveries")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {
  private final CommitteeService committees;
  private final Outbox outbox;
  private final Preconditions preconditions;

  @Inject
  public DeliveryResource(CommitteeService committees, Outbox outbox, Preconditions preconditions) {
    this.committees = committees;
    this.outbox = outbox;
    this.preconditions = preconditions;
  }

  /** For CDI's client proxy and the JAX-RS runtime, which look for a public no-argument one. */
  public DeliveryResource() {
    this(null, null, null);
  }

  public record AttemptView(
      int attempt,
      String server,
      Instant startedAt,
      Instant finishedAt,
      AttemptOutcome outcome,
      Integer replyCode,
      String detail) {
    static AttemptView of(DeliveryAttempt a) {
      return new AttemptView(
          a.attempt(),
          a.server(),
          a.startedAt(),
          a.finishedAt(),
          a.outcome(),
          a.replyCode(),
          a.detail());
    }
  }

  /**
   * @param sha256 the SHA-256 of the edition this copy carries, as archived
   * @param attemptLog every attempt, oldest first; only when one delivery is read
   */
  public record DeliveryView(
      long id,
      int edition,
      String sha256,
      long memberId,
      String name,
      String email,
      String messageId,
      DeliveryState state,
      int attempts,
      Instant nextAttemptAt,
      Instant giveUpAt,
      Integer lastReplyCode,
      String lastError,
      Instant sentAt,
      List<AttemptView> attemptLog) {
    static DeliveryView of(Delivery d, List<AttemptView> log) {
      return new DeliveryView(
          d.id(),
          d.edition().edition(),
          d.edition().sha256(),
          d.member().id(),
          d.recipientName(),
          d.recipientEmail(),
          d.messageId(),
          d.state(),
          d.attempts(),
          d.nextAttemptAt(),
          d.giveUpAt(),
          d.lastReplyCode(),
          d.lastError(),
          d.sentAt(),
          log);
    }
  }

  /** Every copy of every edition, by edition and recipient. */
  @GET
  public List<DeliveryView> deliveries(@PathParam("id") long id) {
    return outbox.deliveries(committees.meeting(id)).stream()
        .map(d -> DeliveryView.of(d, null))
        .toList();
  }

  @GET
  @Path("{delivery}")
  public DeliveryView delivery(@PathParam("id") long id, @PathParam("delivery") long delivery) {
    Delivery d = preconditions.read(outbox.delivery(committees.meeting(id), delivery));
    return DeliveryView.of(d, outbox.attempts(d).stream().map(AttemptView::of).toList());
  }

  /** Sends one member's copy again, with the same Message-ID, at the outbox's next round. */
  @POST
  @Path("{delivery}/resend")
  @Consumes(MediaType.WILDCARD)
  public DeliveryView resend(@PathParam("id") long id, @PathParam("delivery") long delivery) {
    Meeting meeting = committees.meeting(id);
    preconditions.check(outbox.delivery(meeting, delivery));
    return DeliveryView.of(preconditions.saved(outbox.sendAgain(meeting, delivery)), null);
  }
}
