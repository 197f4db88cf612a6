package org.councilperformance.application.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.councilperformance.application.MeetingCalendar;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.NotFoundException;
import org.councilperformance.domain.committee.CommitteeMember;
import org.councilperformance.domain.committee.Meeting;
import org.councilperformance.domain.distribution.AlertMail;
import org.councilperformance.domain.distribution.Delivery;
import org.councilperformance.domain.distribution.DeliveryAttempt;
import org.councilperformance.domain.distribution.DeliveryState;
import org.councilperformance.domain.distribution.DistributionAlert;
import org.councilperformance.domain.distribution.MessageIds;
import org.councilperformance.domain.distribution.OutboxMessage;
import org.councilperformance.domain.distribution.PackDocument;
import org.councilperformance.domain.distribution.PackEdition;
import org.councilperformance.domain.reminder.Reminder;

/**
 * The outbox (docs/design.md#outbox): one delivery per member and edition, claimed with a lease in
 * one short transaction, sent outside any transaction by the caller, and settled in another, each
 * attempt appended to the log. The caller owns the transactions; see interfaces/scheduling.
 */
@ApplicationScoped
public class Outbox {
  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  /** MariaDB's FOR UPDATE SKIP LOCKED: servers claiming at once take different messages. */
  private static final int SKIP_LOCKED = -2;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

  private final EntityManager em;
  private final DistributionSettings settings;
  private final Alerts alerts;
  private final Clock clock;

  @Inject
  public Outbox(EntityManager em, DistributionSettings settings, Alerts alerts, Clock clock) {
    this.em = em;
    this.settings = settings;
    this.alerts = alerts;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected Outbox() {
    this(null, null, null, null);
  }

  /**
   * A message claimed for sending: a member's copy of a pack (a delivery), an admin's copy of an
   * alert, or a reminder to a head of service or director (docs/design.md#reminders).
   */
  public record Claim(long id, Source source, OutgoingMail mail) {}

  /** Which outbox a claimed message is from. */
  public enum Source {
    DELIVERY,
    ALERT,
    REMINDER
  }

  /** One delivery per person on the committee's list on the day of the meeting. */
  void enqueue(PackEdition edition) {
    Meeting meeting = edition.meeting();
    Instant now = clock.instant();
    String domain = MessageIds.domainOf(settings.sender());
    for (CommitteeMember member :
        em.createQuery(
                "select m from CommitteeMember m where m.committee = :c order by m.id",
                CommitteeMember.class)
            .setParameter("c", meeting.committee())
            .getResultList()) {
      if (member.servesOn(meeting.startsAt().toLocalDate())) {
        em.persist(new Delivery(edition, member, domain, now, giveUpAt(meeting, now)));
      }
    }
  }

  /**
   * The deadline before the meeting; for a pack issued so late that it has passed, one more full
   * round of retries, so that a late re-issue is still tried.
   */
  private Instant giveUpAt(Meeting meeting, Instant now) {
    Instant deadline =
        meeting
            .startsAt()
            .atZone(MeetingCalendar.COUNCIL_TIME)
            .toInstant()
            .minus(settings.giveUpBeforeMeeting());
    Instant floor = now.plus(settings.retryPolicy().cap());
    return deadline.isBefore(floor) ? floor : deadline;
  }

  /**
   * Claims up to {@code limit} messages that are due, or whose sender's lease ran out, for this
   * server: members' copies first, then admins' alerts. Messages another server is claiming at the
   * same moment are skipped, not waited for.
   */
  public List<Claim> claim(String server, int limit) {
    Instant now = clock.instant();
    List<Claim> claims = new ArrayList<>();
    for (Delivery delivery : due(Delivery.class, now, limit)) {
      delivery.claim(server, now, settings.lease());
      claims.add(new Claim(delivery.id(), Source.DELIVERY, mail(delivery)));
    }
    if (claims.size() < limit) {
      for (AlertMail copy : due(AlertMail.class, now, limit - claims.size())) {
        copy.claim(server, now, settings.lease());
        claims.add(new Claim(copy.id(), Source.ALERT, alerts.mail(copy)));
      }
    }
    if (claims.size() < limit) {
      for (Reminder reminder : due(Reminder.class, now, limit - claims.size())) {
        reminder.claim(server, now, settings.lease());
        claims.add(
            new Claim(
                reminder.id(),
                Source.REMINDER,
                new OutgoingMail(
                    reminder.messageId(),
                    reminder.recipientEmail(),
                    null,
                    reminder.subject(),
                    reminder.text(),
                    null,
                    null,
                    null)));
      }
    }
    return claims;
  }

  private <T extends OutboxMessage> List<T> due(Class<T> type, Instant now, int limit) {
    return em.createQuery(
            "select d from "
                + type.getSimpleName()
                + " d where (d.state in (:waiting) and d.nextAttemptAt <= :now)"
                + " or (d.state = :sending and d.leaseUntil <= :now)"
                + " order by d.nextAttemptAt, d.id",
            type)
        .setParameter("waiting", List.of(DeliveryState.PENDING, DeliveryState.RETRY))
        .setParameter("sending", DeliveryState.SENDING)
        .setParameter("now", now)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
        .setMaxResults(limit)
        .getResultList();
  }

  private OutgoingMail mail(Delivery delivery) {
    PackEdition edition = delivery.edition();
    Meeting meeting = edition.meeting();
    // An edition past its retention has no bytes left to attach (docs/design.md#retention).
    PackDocument document =
        edition.sizeBytes() <= settings.attachmentLimitBytes()
            ? em.find(PackDocument.class, edition.id())
            : null;
    boolean attach = document != null;
    String link =
        settings.publicUrl() + "/api/meetings/" + meeting.id() + "/packs/" + edition.edition();
    String text =
        "Dear "
            + delivery.recipientName()
            + ",\n\n"
            + (edition.edition() > 1
                ? "This is edition "
                    + edition.edition()
                    + " of the papers, issued because: "
                    + edition.reason()
                    + "\n\n"
                : "")
            + "The papers for the meeting of "
            + meeting.committee().name()
            + " on "
            + WHEN.format(meeting.startsAt())
            + " ("
            + meeting.venue()
            + ") are "
            + (attach
                ? "attached"
                : "too large to attach; download them (sign in first) at\n" + link)
            + ".\n\nFile: "
            + edition.fileName()
            + "\nSHA-256: "
            + edition.sha256()
            + "\n";
    return new OutgoingMail(
        delivery.messageId(),
        delivery.recipientEmail(),
        delivery.recipientName(),
        meeting.committee().name()
            + ", "
            + meeting.startsAt().toLocalDate()
            + ": papers"
            + (edition.edition() > 1 ? " (edition " + edition.edition() + ")" : ""),
        text,
        edition.fileName(),
        edition.format().mediaType(),
        attach ? document.content() : null);
  }

  /**
   * Records how an attempt ended. The attempt is always logged; the delivery changes only while
   * this server still holds it (a server whose lease ran out and was taken over only logs).
   */
  public void settle(Claim claim, String server, Instant startedAt, SendResult result) {
    if (claim.source() == Source.ALERT) {
      alerts.settle(claim.id(), server, result);
      return;
    }
    if (claim.source() == Source.REMINDER) {
      settleReminder(claim.id(), server, result);
      return;
    }
    Delivery delivery = em.find(Delivery.class, claim.id(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    em.persist(
        new DeliveryAttempt(
            delivery,
            server,
            startedAt,
            now,
            result.outcome(),
            result.replyCode(),
            result.detail()));
    if (!delivery.heldBy(server)) {
      return;
    }
    boolean failed =
        delivery.settle(
            result.outcome(), result.replyCode(), result.detail(), now, settings.retryPolicy());
    if (failed) {
      Meeting meeting = delivery.edition().meeting();
      alerts.raise(
          "delivery:" + delivery.id() + ":" + delivery.attempts(),
          DistributionAlert.Kind.DELIVERY_FAILED,
          meeting.id(),
          delivery.id(),
          "the papers for "
              + meeting.committee().name()
              + " on "
              + meeting.startsAt().toLocalDate()
              + " did not reach "
              + delivery.recipientName()
              + " <"
              + delivery.recipientEmail()
              + ">: "
              + delivery.lastError());
    }
  }

  /**
   * Records how an attempt to send a reminder ended, while this server still holds it. One given up
   * is logged as SEVERE and shows as failed in the admins' digest (docs/portal.md#reminders).
   */
  private void settleReminder(long id, String server, SendResult result) {
    Reminder reminder = em.find(Reminder.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (!reminder.heldBy(server)) {
      return;
    }
    if (reminder.settle(
        result.outcome(),
        result.replyCode(),
        result.detail(),
        clock.instant(),
        settings.retryPolicy())) {
      LOG.severe(
          "Reminder "
              + reminder.id()
              + " could not be emailed to "
              + reminder.recipientEmail()
              + ": "
              + reminder.lastError());
    }
  }

  /** Every copy of every edition sent for the meeting, by edition and recipient. */
  public List<Delivery> deliveries(Meeting meeting) {
    return em.createQuery(
            "select d from Delivery d join fetch d.edition e where e.meeting = :m"
                + " order by e.edition, d.recipientName, d.id",
            Delivery.class)
        .setParameter("m", meeting)
        .getResultList();
  }

  public List<DeliveryAttempt> attempts(Delivery delivery) {
    return em.createQuery(
            "select a from DeliveryAttempt a where a.deliveryId = :d order by a.id",
            DeliveryAttempt.class)
        .setParameter("d", delivery.id())
        .getResultList();
  }

  public Delivery delivery(Meeting meeting, long id) {
    Delivery delivery = em.find(Delivery.class, id);
    if (delivery == null || !delivery.edition().meeting().id().equals(meeting.id())) {
      throw new NotFoundException("delivery", "meeting " + meeting.id() + " has no delivery " + id);
    }
    return delivery;
  }

  /** An admin's "send again" for one member: the same message, once more, from now. */
  public Delivery sendAgain(Meeting meeting, long id) {
    Delivery delivery = delivery(meeting, id);
    if (delivery.edition().deletedAt() != null) {
      throw new ConflictException(
          "delivery", "this edition's pack was deleted under the archive's retention");
    }
    Instant now = clock.instant();
    delivery.sendAgain(now, giveUpAt(meeting, now));
    return delivery;
  }
}
