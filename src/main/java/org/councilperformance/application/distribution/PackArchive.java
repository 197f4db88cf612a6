package org.councilperformance.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.councilperformance.application.Caller;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.MeetingCalendar;
import org.councilperformance.application.Scope;
import org.councilperformance.application.report.PrintedPack;
import org.councilperformance.application.report.QuarterlyPack;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.GoneException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.committee.Committee;
import org.councilperformance.domain.committee.Meeting;
import org.councilperformance.domain.distribution.PackDocument;
import org.councilperformance.domain.distribution.PackEdition;
import org.councilperformance.domain.period.PeriodState;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * The archive of every pack issued to a meeting (docs/design.md#archive): each edition printed
 * once, stored with its SHA-256, who issued it and when and the state of its period, and handed to
 * the outbox, one delivery per member, in the same transaction.
 */
@ApplicationScoped
public class PackArchive {
  private final EntityManager em;
  private final Lookup lookup;
  private final QuarterlyPack pack;
  private final Outbox outbox;
  private final DistributionSettings settings;
  private final Clock clock;

  @Inject
  public PackArchive(
      EntityManager em,
      Lookup lookup,
      QuarterlyPack pack,
      Outbox outbox,
      DistributionSettings settings,
      Clock clock) {
    this.em = em;
    this.lookup = lookup;
    this.pack = pack;
    this.outbox = outbox;
    this.settings = settings;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected PackArchive() {
    this(null, null, null, null, null, null);
  }

  /**
   * Prints the meeting's pack as its committee has it, archives it as the next edition and queues
   * one copy per member serving on the day of the meeting.
   *
   * @param reason why it is issued again; required for every edition after the first
   */
  public PackEdition issue(Meeting meeting, String reason) {
    if (meeting.period().state() == PeriodState.OPEN) {
      throw new ConflictException(
          "period",
          "period "
              + meeting.period().code()
              + " is OPEN: its figures may still change; lock or publish it before its pack is"
              + " issued");
    }
    int edition = latestEdition(meeting) + 1;
    Committee committee = meeting.committee();
    byte[] document = print(meeting, committee).document();
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, MeetingCalendar.COUNCIL_TIME);
    PackEdition issued =
        new PackEdition(
            meeting,
            edition,
            committee.format(),
            committee.code()
                + "-"
                + meeting.startsAt().toLocalDate()
                + "-edition-"
                + edition
                + "."
                + committee.format().extension(),
            document,
            Caller.current().name(),
            now,
            reason,
            today.plusYears(settings.retentionYears()));
    em.persist(issued);
    em.flush(); // its id, for the document's key
    em.persist(new PackDocument(issued, document));
    outbox.enqueue(issued);
    return issued;
  }

  private PrintedPack print(Meeting meeting, Committee committee) {
    Scope scope =
        lookup.scope(
            committee.priority() == null ? null : Code.of(committee.priority().code(), "priority"),
            committee.businessUnit() == null
                ? null
                : Code.of(committee.businessUnit().code(), "businessUnit"));
    // Printing a pack makes the session read-only and flush by hand (QuarterlyPack); what is
    // issued must then be written, so the session is put back as it was.
    Session session = em.unwrap(Session.class);
    boolean readOnly = session.isDefaultReadOnly();
    FlushMode flushMode = session.getHibernateFlushMode();
    try {
      return pack.print(
          meeting.period().periodCode(),
          scope,
          committee.sections(),
          committee.format(),
          committee.name(),
          meeting.startsAt().toLocalDate());
    } finally {
      session.setDefaultReadOnly(readOnly);
      session.setHibernateFlushMode(flushMode);
    }
  }

  /** The number of the meeting's latest edition; 0 before the first. */
  public int latestEdition(Meeting meeting) {
    Integer latest =
        em.createQuery(
                "select max(e.edition) from PackEdition e where e.meeting = :m", Integer.class)
            .setParameter("m", meeting)
            .getSingleResult();
    return latest == null ? 0 : latest;
  }

  /** Every edition issued to the meeting, the first first. */
  public List<PackEdition> editions(Meeting meeting) {
    return em.createQuery(
            "select e from PackEdition e where e.meeting = :m order by e.edition",
            PackEdition.class)
        .setParameter("m", meeting)
        .getResultList();
  }

  public PackEdition edition(Meeting meeting, int edition) {
    return em.createQuery(
            "select e from PackEdition e where e.meeting = :m and e.edition = :n",
            PackEdition.class)
        .setParameter("m", meeting)
        .setParameter("n", edition)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new NotFoundException(
                    "edition", "meeting " + meeting.id() + " has no edition " + edition));
  }

  /** The bytes exactly as they were sent; gone once the retention job deleted them. */
  public byte[] document(PackEdition edition) {
    PackDocument document = em.find(PackDocument.class, edition.id());
    if (document == null) {
      throw new GoneException(
          "edition",
          "edition "
              + edition.edition()
              + " was kept until "
              + edition.retainUntil()
              + " and deleted "
              + (edition.deletedAt() == null
                  ? ""
                  : "on " + LocalDate.ofInstant(edition.deletedAt(), MeetingCalendar.COUNCIL_TIME))
              + " under the archive's retention (ARCHIVE_RETENTION_YEARS); its SHA-256 was "
              + edition.sha256());
    }
    return document.content();
  }
}
