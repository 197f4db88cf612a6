package org.councilperformance.application.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.councilperformance.application.AccountService;
import org.councilperformance.application.CalendarService;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.MeetingCalendar;
import org.councilperformance.application.OrganisationService;
import org.councilperformance.application.PeriodService;
import org.councilperformance.application.distribution.DistributionSettings;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.ConflictException;
import org.councilperformance.domain.access.Role;
import org.councilperformance.domain.access.UserAccount;
import org.councilperformance.domain.calendar.WorkingCalendar;
import org.councilperformance.domain.distribution.MessageIds;
import org.councilperformance.domain.organisation.BusinessUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.PeriodState;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.domain.reminder.Outstanding;
import org.councilperformance.domain.reminder.Reminder;
import org.councilperformance.domain.reminder.ReminderDates;
import org.councilperformance.domain.reminder.ReminderKind;
import org.councilperformance.domain.reminder.ReminderSchedule;

/**
 * Reminders (docs/design.md#reminders): the timer records those due, once per person, period and
 * kind however many servers see them due; an admin may remind a unit's heads of service again. Each
 * is one message per person listing what is missing in that person's units, sent by the outbox.
 */
@ApplicationScoped
public class Reminders {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final EntityManager em;
  private final EntryDeadlines deadlines;
  private final UnitsOutstanding outstanding;
  private final PeriodService periods;
  private final OrganisationService organisation;
  private final AccountService accounts;
  private final CalendarService calendar;
  private final Lookup lookup;
  private final DistributionSettings settings;
  private final Clock clock;

  @Inject
  public Reminders(
      EntityManager em,
      EntryDeadlines deadlines,
      UnitsOutstanding outstanding,
      PeriodService periods,
      OrganisationService organisation,
      AccountService accounts,
      CalendarService calendar,
      Lookup lookup,
      DistributionSettings settings,
      Clock clock) {
    this.em = em;
    this.deadlines = deadlines;
    this.outstanding = outstanding;
    this.periods = periods;
    this.organisation = organisation;
    this.accounts = accounts;
    this.calendar = calendar;
    this.lookup = lookup;
    this.settings = settings;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected Reminders() {
    this(null, null, null, null, null, null, null, null, null, null);
  }

  /** Today in England, where deadlines fall. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(MeetingCalendar.COUNCIL_TIME));
  }

  /**
   * What the timer does: for every open period with a reminder due today, one message to each head
   * of service (and, after the deadline, each director) with something missing in their units and
   * an email address, unless that person was sent this period's reminder of that kind before.
   *
   * @param server the server whose timer fired, recorded with each reminder
   * @return the reminders recorded now (0 when every due one was recorded before)
   */
  public int recordDue(String server) {
    LocalDate today = today();
    ReminderSchedule schedule = deadlines.schedule();
    WorkingCalendar working = calendar.calendar();
    int recorded = 0;
    List<UserAccount> people = null;
    for (ReportingPeriod period : periods.periods()) {
      if (period.state() != PeriodState.OPEN) {
        continue;
      }
      ReminderDates dates = deadlines.dates(period, schedule, working);
      Optional<ReminderKind> due = dates.due(today, schedule);
      if (due.isEmpty()) {
        continue;
      }
      ReminderKind kind = due.get();
      Map<String, Outstanding> missing = outstanding.byUnit(period);
      people = people == null ? accounts.users() : people;
      for (UserAccount person : people) {
        boolean reminded =
            person.role() == Role.EDITOR
                || (person.role() == Role.APPROVER && kind == ReminderKind.AFTER);
        if (reminded && person.email() != null) {
          String text = text(period, dates, kind, person, missing, people);
          if (text != null) {
            recorded += insert(period, person, kind, 0, text, server);
          }
        }
      }
    }
    return recorded;
  }

  /**
   * An admin's "remind again" for one unit: one more message to each of its heads of service with
   * an email address, listing what is missing in all their units. Deliberate, so it may repeat;
   * each is its own round in the reminders' log.
   *
   * @return the reminders queued
   */
  public List<Reminder> remindAgain(PeriodCode periodCode, Code unitCode, String admin) {
    ReportingPeriod period = lookup.period(periodCode);
    BusinessUnit unit = lookup.businessUnit(unitCode);
    if (period.state() != PeriodState.OPEN) {
      throw new ConflictException(
          "period",
          "period " + period.code() + " is " + period.state() + ": nothing can be entered");
    }
    Map<String, Outstanding> missing = outstanding.byUnit(period);
    Outstanding unitMissing = missing.get(unit.code());
    if (unitMissing == null || unitMissing.complete()) {
      throw new ConflictException(
          "unit", "nothing is missing for " + unit.code() + " in period " + period.code());
    }
    List<UserAccount> people = accounts.users();
    List<UserAccount> heads = headsOf(unit, Role.EDITOR, people);
    if (heads.stream().noneMatch(h -> h.email() != null)) {
      throw new ConflictException(
          "unit",
          "no head of service of "
              + unit.code()
              + " has an email address; enter one on their account (People in the portal, or PUT"
              + " /api/users/{username})");
    }
    ReminderDates dates = deadlines.dates(period);
    List<Long> ids = new ArrayList<>();
    for (UserAccount head : heads) {
      if (head.email() == null) {
        continue;
      }
      int round =
          ((Number)
                  em.createNativeQuery(
                          "select coalesce(max(round), 0) + 1 from reminder"
                              + " where period_code = ? and user_id = ? and kind = 'AGAIN'")
                      .setParameter(1, period.code())
                      .setParameter(2, head.id())
                      .getSingleResult())
              .intValue();
      String text = text(period, dates, ReminderKind.AGAIN, head, missing, people);
      insert(period, head, ReminderKind.AGAIN, round, text, admin);
      ids.add(
          ((Number)
                  em.createNativeQuery(
                          "select id from reminder where period_code = ? and user_id = ?"
                              + " and kind = 'AGAIN' and round = ?")
                      .setParameter(1, period.code())
                      .setParameter(2, head.id())
                      .setParameter(3, round)
                      .getSingleResult())
              .longValue());
    }
    return ids.stream().map(id -> em.find(Reminder.class, id)).toList();
  }

  /** Every reminder of the period, newest first: the reminders' delivery log. */
  public List<Reminder> log(ReportingPeriod period) {
    return em.createQuery(
            "select r from Reminder r where r.periodCode = :p order by r.recordedAt desc, r.id desc",
            Reminder.class)
        .setParameter("p", period.code())
        .getResultList();
  }

  /**
   * One business unit in the digest.
   *
   * @param missing what is missing; complete when nothing is
   * @param heads its heads of service (editors)
   * @param directors its directors (approvers)
   */
  public record UnitDigest(
      BusinessUnit unit,
      Outstanding missing,
      List<UserAccount> heads,
      List<UserAccount> directors) {}

  /**
   * The admins' digest: the period's dates, and per business unit with anything due what is still
   * missing, the units with most missing first.
   *
   * @param late whether the deadline has passed
   */
  public record Digest(
      ReportingPeriod period,
      ReminderDates dates,
      boolean late,
      List<UnitDigest> units,
      List<Reminder> log,
      Map<Long, UserAccount> people) {}

  public Digest digest(PeriodCode periodCode) {
    ReportingPeriod period = lookup.period(periodCode);
    ReminderDates dates = deadlines.dates(period);
    Map<String, Outstanding> missing = outstanding.byUnit(period);
    List<UserAccount> people = accounts.users();
    List<UnitDigest> units = new ArrayList<>();
    for (BusinessUnit unit : organisation.businessUnits()) {
      Outstanding o = missing.get(unit.code());
      if (o != null) {
        units.add(
            new UnitDigest(
                unit, o, headsOf(unit, Role.EDITOR, people), headsOf(unit, Role.APPROVER, people)));
      }
    }
    units.sort(
        Comparator.comparingInt((UnitDigest u) -> -u.missing().count())
            .thenComparing(u -> u.unit().name()));
    Map<Long, UserAccount> byId = new java.util.HashMap<>();
    people.forEach(p -> byId.put(p.id(), p));
    return new Digest(period, dates, today().isAfter(dates.deadline()), units, log(period), byId);
  }

  private static List<UserAccount> headsOf(BusinessUnit unit, Role role, List<UserAccount> people) {
    return people.stream()
        .filter(
            p ->
                p.role() == role
                    && p.businessUnits().stream().anyMatch(b -> b.id().equals(unit.id())))
        .toList();
  }

  /**
   * The message to one person, or null when nothing is missing in any of their units. A director's
   * lists each of their units with its heads of service: the copy of what those were sent.
   */
  private String text(
      ReportingPeriod period,
      ReminderDates dates,
      ReminderKind kind,
      UserAccount person,
      Map<String, Outstanding> missing,
      List<UserAccount> people) {
    StringBuilder units = new StringBuilder();
    person.businessUnits().stream()
        .sorted(Comparator.comparing(BusinessUnit::code))
        .forEach(
            unit -> {
              Outstanding o = missing.get(unit.code());
              if (o == null || o.complete()) {
                return;
              }
              units.append("\n").append(unit.name()).append(" (").append(unit.code()).append(")");
              if (person.role() == Role.APPROVER) {
                List<String> heads =
                    headsOf(unit, Role.EDITOR, people).stream()
                        .map(UserAccount::displayName)
                        .toList();
                units.append(
                    heads.isEmpty()
                        ? ", no head of service on record"
                        : ", head of service: " + String.join(", ", heads));
              }
              units.append("\n");
              o.lines().forEach(line -> units.append(line).append("\n"));
            });
    if (units.isEmpty()) {
      return null;
    }
    String deadline = DAY.format(dates.deadline());
    String opening =
        switch (kind) {
          case BEFORE ->
              "Figures for "
                  + period.label()
                  + " are due by "
                  + deadline
                  + ". These are still missing for your units:";
          case AFTER ->
              person.role() == Role.APPROVER
                  ? "The deadline for "
                      + period.label()
                      + " was "
                      + deadline
                      + ". As director, you are copied on what is still missing in your units:"
                  : "The deadline for "
                      + period.label()
                      + " was "
                      + deadline
                      + ". These are still missing for your units:";
          case AGAIN ->
              "A reminder from the performance team: figures for "
                  + period.label()
                  + " are due by "
                  + deadline
                  + ". These are still missing for your units:";
        };
    return "Dear "
        + person.displayName()
        + ",\n\n"
        + opening
        + "\n"
        + units
        + "\nEnter them at "
        + settings.publicUrl()
        + "/portal/quarters/"
        + period.code()
        + "\n";
  }

  private static String subject(ReportingPeriod period, ReminderKind kind) {
    return switch (kind) {
      case BEFORE, AGAIN -> "Reminder: " + period.label() + " figures are due";
      case AFTER -> "Overdue: " + period.label() + " figures are missing";
    };
  }

  /**
   * INSERT IGNORE against the unique key (period, person, kind, round): a second firing, or another
   * server's, adds nothing.
   */
  private int insert(
      ReportingPeriod period,
      UserAccount person,
      ReminderKind kind,
      int round,
      String text,
      String recordedBy) {
    Instant now = clock.instant();
    String messageId =
        "<reminder."
            + period.code()
            + "."
            + person.id()
            + "."
            + kind.name().toLowerCase(Locale.ROOT)
            + "."
            + round
            + "@"
            + MessageIds.domainOf(settings.sender())
            + ">";
    return em.createNativeQuery(
            "insert ignore into reminder (period_code, user_id, kind, round, recorded_at,"
                + " recorded_by, subject, text, recipient_email, message_id, state, attempts,"
                + " next_attempt_at, give_up_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING',"
                + " 0, ?, ?)")
        .setParameter(1, period.code())
        .setParameter(2, person.id())
        .setParameter(3, kind.name())
        .setParameter(4, round)
        .setParameter(5, now)
        .setParameter(6, recordedBy)
        .setParameter(7, subject(period, kind))
        .setParameter(8, text)
        .setParameter(9, person.email())
        .setParameter(10, messageId)
        .setParameter(11, now)
        .setParameter(12, now.plus(settings.alertMailGiveUp()))
        .executeUpdate();
  }
}
