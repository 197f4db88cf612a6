package org.councilperformance.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.councilperformance.domain.distribution.AlertMail;
import org.councilperformance.domain.distribution.DistributionAlert;
import org.councilperformance.domain.distribution.MessageIds;

/**
 * What distribution tells the admins: listed by the API (docs/api.md#distribution), written to the
 * server log as a warning, where a council's monitoring picks it up, and emailed to the addresses
 * in MAIL_ALERTS_TO through the outbox (docs/design.md#alerts-by-email). Each is raised once.
 */
@ApplicationScoped
public class Alerts {
  private static final Logger LOG = Logger.getLogger(Alerts.class.getName());

  private final EntityManager em;
  private final DistributionSettings settings;
  private final Clock clock;

  @Inject
  public Alerts(EntityManager em, DistributionSettings settings, Clock clock) {
    this.em = em;
    this.settings = settings;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected Alerts() {
    this(null, null, null);
  }

  /**
   * Raises an alert unless one with the same key was raised before, by this server or another (the
   * key is unique: INSERT IGNORE, so two servers noticing the same thing at once raise it once). A
   * new alert queues one email per admin address in the same transaction: raised once, mailed once
   * per address.
   */
  public void raise(
      String key, DistributionAlert.Kind kind, long meetingId, Long deliveryId, String text) {
    Instant now = clock.instant();
    int inserted =
        em.createNativeQuery(
                "insert ignore into distribution_alert"
                    + " (alert_key, kind, meeting_id, delivery_id, text, raised_at)"
                    + " values (?, ?, ?, ?, ?, ?)")
            .setParameter(1, key)
            .setParameter(2, kind.name())
            .setParameter(3, meetingId)
            .setParameter(4, deliveryId)
            .setParameter(5, text.length() <= 1000 ? text : text.substring(0, 1000))
            .setParameter(6, now)
            .executeUpdate();
    if (inserted == 0) {
      return;
    }
    LOG.warning("Distribution alert " + kind + " (meeting " + meetingId + "): " + text);
    long alertId =
        ((Number)
                em.createNativeQuery("select id from distribution_alert where alert_key = ?")
                    .setParameter(1, key)
                    .getSingleResult())
            .longValue();
    String domain = MessageIds.domainOf(settings.sender());
    for (String address : settings.alertRecipients()) {
      em.persist(
          new AlertMail(alertId, address, domain, now, now.plus(settings.alertMailGiveUp())));
    }
  }

  /** The email of one alert's copy. */
  OutgoingMail mail(AlertMail copy) {
    DistributionAlert alert = em.find(DistributionAlert.class, copy.alertId());
    String what =
        switch (alert.kind()) {
          case DELIVERY_FAILED -> "a member's papers were not delivered";
          case PACK_NOT_READY -> "a meeting's pack cannot be published yet";
        };
    return new OutgoingMail(
        copy.messageId(),
        copy.recipientEmail(),
        null,
        "Distribution alert: " + what,
        "Committee papers distribution needs an admin:\n\n"
            + alert.text()
            + "\n\nRaised "
            + alert.raisedAt()
            + " (alert "
            + alert.id()
            + ", meeting "
            + alert.meetingId()
            + "). Every alert: "
            + settings.publicUrl()
            + "/api/alerts\n",
        null,
        null,
        null);
  }

  /**
   * Records how an attempt to email an alert ended; only while this server still holds the copy. A
   * copy given up is logged as SEVERE: the alert stays listed and in the log.
   */
  void settle(long id, String server, SendResult result) {
    AlertMail copy = em.find(AlertMail.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (!copy.heldBy(server)) {
      return;
    }
    boolean failed =
        copy.settle(
            result.outcome(),
            result.replyCode(),
            result.detail(),
            clock.instant(),
            settings.retryPolicy());
    if (failed) {
      LOG.severe(
          "Distribution alert "
              + copy.alertId()
              + " could not be emailed to "
              + copy.recipientEmail()
              + ": "
              + copy.lastError());
    }
  }

  /** The newest first, optionally for one meeting. */
  public List<DistributionAlert> list(Long meetingId) {
    return em.createQuery(
            "select a from DistributionAlert a where :m is null or a.meetingId = :m"
                + " order by a.raisedAt desc, a.id desc",
            DistributionAlert.class)
        .setParameter("m", meetingId)
        .setMaxResults(500)
        .getResultList();
  }
}
