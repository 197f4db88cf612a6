package org.councilperformance.domain.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.Versioned;

/**
 * One message to one recipient in an outbox (docs/design.md#outbox): a member's copy of a pack
 * ({@link Delivery}) or an admin's copy of an alert ({@link AlertMail}). A server claims it with a
 * lease, sends it outside any transaction, then records how the attempt ended; a lease that runs
 * out (the server died) lets another server claim it again, with the same Message-ID.
 */
@MappedSuperclass
public abstract class OutboxMessage implements Versioned {
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The address as it was when the message was queued. */
  @Column(name = "recipient_email", nullable = false, length = 254)
  private String recipientEmail;

  @Column(name = "message_id", nullable = false, length = 250, unique = true)
  private String messageId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeliveryState state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "claimed_by", length = 100)
  private String claimedBy;

  @Column(name = "give_up_at", nullable = false)
  private Instant giveUpAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "last_reply_code")
  private Integer lastReplyCode;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMessage() {}

  protected OutboxMessage(String recipientEmail, String messageId, Instant now, Instant giveUpAt) {
    this.recipientEmail = Objects.requireNonNull(recipientEmail);
    this.messageId = Objects.requireNonNull(messageId);
    this.state = DeliveryState.PENDING;
    this.nextAttemptAt = Objects.requireNonNull(now);
    this.giveUpAt = Objects.requireNonNull(giveUpAt);
  }

  /** The deadline's name in the error of a message given up at it. */
  protected abstract String deadline();

  /** Whether a server may claim it now: due, and not held by another server's live lease. */
  public boolean claimable(Instant now) {
    return switch (state) {
      case PENDING, RETRY -> !nextAttemptAt.isAfter(now);
      case SENDING -> leaseUntil == null || !leaseUntil.isAfter(now);
      case SENT, FAILED_PERMANENT -> false;
    };
  }

  /** Taken by a server for one attempt, until the lease runs out. */
  public void claim(String server, Instant now, Duration lease) {
    if (!claimable(now)) {
      throw new IllegalStateException("message " + id + " is not claimable: " + state);
    }
    state = DeliveryState.SENDING;
    claimedBy = server;
    leaseUntil = now.plus(lease);
    attempts++;
  }

  /** Whether the given server still holds it, so that its attempt may settle it. */
  public boolean heldBy(String server) {
    return state == DeliveryState.SENDING && server.equals(claimedBy);
  }

  /**
   * Records how the attempt ended. A transient failure is tried again after the policy's wait,
   * unless that passes the deadline: then it fails for good (the caller raises an alert).
   *
   * @return whether this ended it in {@link DeliveryState#FAILED_PERMANENT}
   */
  public boolean settle(
      AttemptOutcome outcome, Integer replyCode, String detail, Instant now, RetryPolicy policy) {
    leaseUntil = null;
    lastReplyCode = replyCode;
    switch (outcome) {
      case SENT -> {
        state = DeliveryState.SENT;
        sentAt = now;
        lastError = null;
        return false;
      }
      case PERMANENT -> {
        state = DeliveryState.FAILED_PERMANENT;
        lastError = clip(detail);
        return true;
      }
      default -> {
        Instant next = now.plus(policy.delayAfter(attempts));
        lastError = clip(detail);
        if (next.isAfter(giveUpAt)) {
          state = DeliveryState.FAILED_PERMANENT;
          lastError = clip("gave up at " + deadline() + "; last error: " + detail);
          return true;
        }
        state = DeliveryState.RETRY;
        nextAttemptAt = next;
        return false;
      }
    }
  }

  /** An admin's "send again": one more copy, same Message-ID, from now. */
  public void sendAgain(Instant now, Instant newGiveUpAt) {
    if (state == DeliveryState.SENDING && leaseUntil != null && leaseUntil.isAfter(now)) {
      throw new ConflictException(null, "this copy is being sent now; look again in a minute");
    }
    state = DeliveryState.PENDING;
    nextAttemptAt = now;
    leaseUntil = null;
    if (newGiveUpAt.isAfter(giveUpAt)) {
      giveUpAt = newGiveUpAt;
    }
  }

  private static String clip(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
  }

  public Long id() {
    return id;
  }

  public String recipientEmail() {
    return recipientEmail;
  }

  public String messageId() {
    return messageId;
  }

  public DeliveryState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant leaseUntil() {
    return leaseUntil;
  }

  public String claimedBy() {
    return claimedBy;
  }

  public Instant giveUpAt() {
    return giveUpAt;
  }

  public String lastError() {
    return lastError;
  }

  public Integer lastReplyCode() {
    return lastReplyCode;
  }

  public Instant sentAt() {
    return sentAt;
  }

  @Override
  public long version() {
    return version;
  }
}
