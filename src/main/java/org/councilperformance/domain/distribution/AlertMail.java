package org.councilperformance.domain.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One admin's copy of a distribution alert by email (docs/design.md#alerts-by-email): queued in the
 * transaction that raised the alert, so an alert raised once is mailed once per address, and sent
 * by the outbox workers like the papers — leased, retried with back-off until its deadline.
 */
@Entity
@Table(name = "alert_mail")
public class AlertMail extends OutboxMessage {
  @Column(name = "alert_id", nullable = false)
  private Long alertId;

  protected AlertMail() {}

  public AlertMail(
      long alertId, String recipientEmail, String senderDomain, Instant now, Instant giveUpAt) {
    super(recipientEmail, MessageIds.ofAlert(alertId, recipientEmail, senderDomain), now, giveUpAt);
    this.alertId = alertId;
  }

  @Override
  protected String deadline() {
    return "the alert's deadline";
  }

  public Long alertId() {
    return alertId;
  }
}
