package org.councilperformance.domain.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One attempt to hand a delivery to the mail server, as it ended: written once, never changed or
 * deleted (the append-only log the delivery log shows).
 */
@Entity
@Table(name = "delivery_attempt")
@Immutable
public class DeliveryAttempt {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "delivery_id", nullable = false)
  private Long deliveryId;

  @Column(nullable = false)
  private int attempt;

  @Column(nullable = false, length = 100)
  private String server;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at", nullable = false)
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AttemptOutcome outcome;

  @Column(name = "reply_code")
  private Integer replyCode;

  @Column(length = 1000)
  private String detail;

  protected DeliveryAttempt() {}

  public DeliveryAttempt(
      Delivery delivery,
      String server,
      Instant startedAt,
      Instant finishedAt,
      AttemptOutcome outcome,
      Integer replyCode,
      String detail) {
    this.deliveryId = Objects.requireNonNull(delivery.id());
    this.attempt = delivery.attempts();
    this.server = Objects.requireNonNull(server);
    this.startedAt = Objects.requireNonNull(startedAt);
    this.finishedAt = Objects.requireNonNull(finishedAt);
    this.outcome = Objects.requireNonNull(outcome);
    this.replyCode = replyCode;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }

  public int attempt() {
    return attempt;
  }

  public String server() {
    return server;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public AttemptOutcome outcome() {
    return outcome;
  }

  public Integer replyCode() {
    return replyCode;
  }

  public String detail() {
    return detail;
  }
}
