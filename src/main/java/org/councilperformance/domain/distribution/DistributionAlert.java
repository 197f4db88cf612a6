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
 * Something about distribution the admins must act on: a member's copy failed for good, or a
 * meeting's pack cannot go out because its period is not published. Raised once per key.
 */
@Entity
@Table(name = "distribution_alert")
@Immutable
public class DistributionAlert {
  /** What went wrong. */
  public enum Kind {
    DELIVERY_FAILED,
    PACK_NOT_READY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** What the alert is about, so that it is raised once however often it is noticed. */
  @Column(name = "alert_key", nullable = false, length = 200, unique = true)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(name = "delivery_id")
  private Long deliveryId;

  @Column(nullable = false, length = 1000)
  private String text;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  protected DistributionAlert() {}

  public DistributionAlert(
      String key, Kind kind, long meetingId, Long deliveryId, String text, Instant raisedAt) {
    this.key = Objects.requireNonNull(key);
    this.kind = Objects.requireNonNull(kind);
    this.meetingId = meetingId;
    this.deliveryId = deliveryId;
    this.text = text.length() <= 1000 ? text : text.substring(0, 1000);
    this.raisedAt = Objects.requireNonNull(raisedAt);
  }

  public Long id() {
    return id;
  }

  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  public Long meetingId() {
    return meetingId;
  }

  public Long deliveryId() {
    return deliveryId;
  }

  public String text() {
    return text;
  }

  public Instant raisedAt() {
    return raisedAt;
  }
}
