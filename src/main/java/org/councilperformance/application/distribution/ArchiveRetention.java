package org.councilperformance.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.councilperformance.application.MeetingCalendar;
import org.councilperformance.domain.distribution.PackEdition;

/**
 * The archive's retention (docs/design.md#retention): an edition past its retainUntil (issued +
 * ARCHIVE_RETENTION_YEARS) loses its bytes; its row stays as a tombstone with the day they went, so
 * the archive still lists it with its SHA-256. Run by the persistent timer, so once per cluster;
 * each deletion is logged as the audit of it. The caller owns the transaction.
 */
@ApplicationScoped
public class ArchiveRetention {
  private static final Logger LOG = Logger.getLogger(ArchiveRetention.class.getName());

  /** Editions per round: the timer fires every 30 seconds, so a backlog drains in a few. */
  static final int PER_ROUND = 50;

  private static final int SKIP_LOCKED = -2;

  private final EntityManager em;
  private final Clock clock;

  @Inject
  public ArchiveRetention(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected ArchiveRetention() {
    this(null, null);
  }

  /**
   * Deletes the bytes of up to {@value #PER_ROUND} editions past their retention.
   *
   * @return how many were deleted
   */
  public int deleteExpired() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, MeetingCalendar.COUNCIL_TIME);
    List<PackEdition> expired =
        em.createQuery(
                "select e from PackEdition e join fetch e.meeting m join fetch m.committee"
                    + " where e.retainUntil < :today and e.deletedAt is null order by e.id",
                PackEdition.class)
            .setParameter("today", today)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
            .setMaxResults(PER_ROUND)
            .getResultList();
    int deleted = 0;
    for (PackEdition edition : expired) {
      if (!edition.pastRetention(today)) {
        continue;
      }
      em.createNativeQuery("delete from pack_document where edition_id = ?")
          .setParameter(1, edition.id())
          .executeUpdate();
      em.createNativeQuery(
              "update pack_edition set deleted_at = ? where id = ? and deleted_at is null")
          .setParameter(1, now)
          .setParameter(2, edition.id())
          .executeUpdate();
      LOG.info(
          "Retention: deleted the pack of "
              + edition.meeting().committee().name()
              + " on "
              + edition.meeting().startsAt().toLocalDate()
              + ", edition "
              + edition.edition()
              + " ("
              + edition.fileName()
              + ", SHA-256 "
              + edition.sha256()
              + ", issued "
              + edition.issuedAt()
              + ", kept until "
              + edition.retainUntil()
              + ")");
      deleted++;
    }
    return deleted;
  }
}
