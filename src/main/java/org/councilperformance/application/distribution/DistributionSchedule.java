package org.councilperformance.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilperformance.application.CalendarService;
import org.councilperformance.application.MeetingCalendar;
import org.councilperformance.domain.calendar.WorkingCalendar;
import org.councilperformance.domain.committee.Meeting;
import org.councilperformance.domain.distribution.DistributionAlert;
import org.councilperformance.domain.distribution.DistributionRun;
import org.councilperformance.domain.period.PeriodState;

/**
 * The schedule (docs/design.md#scheduling): on each meeting's publication date a run is recorded
 * for its first edition, once however many servers notice; a worker then issues it. Admins are
 * alerted ahead of a meeting whose pack cannot go out because its period is not published.
 */
@ApplicationScoped
public class DistributionSchedule {
  /** Days ahead of the publication date at which an unpublished period is alerted. */
  static final int WARN_DAYS_AHEAD = 14;

  /** Far enough ahead to see every publication date: 30 clear working days and holidays. */
  private static final int LOOK_AHEAD_DAYS = 70;

  private static final int SKIP_LOCKED = -2;

  private final EntityManager em;
  private final CalendarService calendar;
  private final MeetingCalendar meetings;
  private final PackArchive archive;
  private final Alerts alerts;
  private final Clock clock;

  @Inject
  public DistributionSchedule(
      EntityManager em,
      CalendarService calendar,
      MeetingCalendar meetings,
      PackArchive archive,
      Alerts alerts,
      Clock clock) {
    this.em = em;
    this.calendar = calendar;
    this.meetings = meetings;
    this.archive = archive;
    this.alerts = alerts;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected DistributionSchedule() {
    this(null, null, null, null, null, null);
  }

  /**
   * What the timer does, and all it does: records a run for every meeting to come whose papers are
   * due today or overdue and that has no edition yet, and alerts on packs that cannot go out.
   *
   * @param server the server whose timer fired, recorded with each run
   * @return the runs recorded now (0 when every due one was recorded before)
   */
  public int recordDueRuns(String server) {
    LocalDate today = meetings.today();
    WorkingCalendar working = calendar.calendar();
    List<Meeting> upcoming =
        em.createQuery(
                "select m from Meeting m join fetch m.committee join fetch m.period"
                    + " where m.startsAt > :now and m.startsAt < :horizon"
                    + " and not exists (select e.id from PackEdition e where e.meeting = m)",
                Meeting.class)
            .setParameter("now", meetings.now())
            .setParameter("horizon", today.plusDays(LOOK_AHEAD_DAYS).atStartOfDay())
            .getResultList();
    int recorded = 0;
    for (Meeting meeting : upcoming) {
      LocalDate publication = meeting.publicationDate(working);
      if (!publication.isAfter(today)) {
        recorded +=
            em.createNativeQuery(
                    "insert ignore into distribution_run"
                        + " (meeting_id, edition, state, due_at, recorded_by)"
                        + " values (?, 1, 'PENDING', ?, ?)")
                .setParameter(1, meeting.id())
                .setParameter(2, clock.instant())
                .setParameter(3, server)
                .executeUpdate();
      }
      if (meeting.period().state() != PeriodState.PUBLISHED
          && !publication.isAfter(today.plusDays(WARN_DAYS_AHEAD))) {
        alerts.raise(
            "not-ready:" + meeting.id() + ":" + meeting.period().code(),
            DistributionAlert.Kind.PACK_NOT_READY,
            meeting.id(),
            null,
            "the pack for "
                + meeting.committee().name()
                + " on "
                + meeting.startsAt().toLocalDate()
                + " must go out by "
                + publication
                + ", but period "
                + meeting.period().code()
                + " is "
                + meeting.period().state()
                + "; it goes out as soon as the period is published");
      }
    }
    return recorded;
  }

  /**
   * Issues the pack of one due run whose period is published, if there is one no other server is
   * issuing: the pack, its archive entry and one delivery per member, all in the caller's one
   * transaction, so a crash midway leaves the run due and nothing half-issued.
   *
   * @return whether a run was taken (call again until false)
   */
  public boolean issueNextDueRun() {
    List<DistributionRun> due =
        em.createQuery(
                "select r from DistributionRun r where r.state = :pending and exists (select m.id"
                    + " from Meeting m where m.id = r.meetingId and m.period.state = :published)"
                    + " order by r.id",
                DistributionRun.class)
            .setParameter("pending", DistributionRun.State.PENDING)
            .setParameter("published", PeriodState.PUBLISHED)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
            .setMaxResults(1)
            .getResultList();
    if (due.isEmpty()) {
      return false;
    }
    DistributionRun run = due.get(0);
    Meeting meeting = em.find(Meeting.class, run.meetingId());
    if (archive.latestEdition(meeting) >= run.edition()) {
      run.done(clock.instant(), "edition " + run.edition() + " was issued by hand first");
      return true;
    }
    var edition = archive.issue(meeting, null);
    run.done(clock.instant(), "issued edition " + edition.edition() + ", " + edition.sha256());
    return true;
  }
}
