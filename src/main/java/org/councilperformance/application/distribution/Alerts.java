package org.councilperformance.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.councilperformance.domain.distribution.DistributionAlert;

/**
 * What distribution tells the admins: listed by the API (docs/api.md#distribution) and written to
 * the server log as a warning, where a council's monitoring picks it up. Each is raised once.
 */
@ApplicationScoped
public class Alerts {
  private static final Logger LOG = Logger.getLogger(Alerts.class.getName());

  private final EntityManager em;
  private final Clock clock;

  @Inject
  public Alerts(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected Alerts() {
    this(null, null);
  }

  /**
   * Raises an alert unless one with the same key was raised before, by this server or another (the
   * key is unique: INSERT IGNORE, so two servers noticing the same thing at once raise it once).
   */
  public void raise(
      String key, DistributionAlert.Kind kind, long meetingId, Long deliveryId, String text) {
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
            .setParameter(6, clock.instant())
            .executeUpdate();
    if (inserted > 0) {
      LOG.warning("Distribution alert " + kind + " (meeting " + meetingId + "): " + text);
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
