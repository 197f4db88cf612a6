package org.councilperformance.domain.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.councilperformance.domain.committee.CommitteeMember;

/**
 * One recipient's copy of one pack edition in the outbox (docs/design.md#outbox): one message, one
 * recipient, one fixed Message-ID. A server claims it with a lease, sends it outside any
 * transaction, then records how the attempt ended; a lease that runs out (the server died) lets
 * another server claim it again, with the same Message-ID.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends OutboxMessage {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "edition_id", nullable = false)
  private PackEdition edition;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id", nullable = false)
  private CommitteeMember member;

  /** The name as it was when the pack was issued (the address too: see OutboxMessage). */
  @Column(name = "recipient_name", nullable = false, length = 200)
  private String recipientName;

  protected Delivery() {}

  public Delivery(
      PackEdition edition,
      CommitteeMember member,
      String senderDomain,
      Instant now,
      Instant giveUpAt) {
    super(
        member.email(),
        MessageIds.of(edition.meeting().id(), edition.edition(), member.id(), senderDomain),
        now,
        giveUpAt);
    this.edition = Objects.requireNonNull(edition);
    this.member = member;
    this.recipientName = member.name();
  }

  @Override
  protected String deadline() {
    return "the deadline before the meeting";
  }

  public PackEdition edition() {
    return edition;
  }

  public CommitteeMember member() {
    return member;
  }

  public String recipientName() {
    return recipientName;
  }
}
