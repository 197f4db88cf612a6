package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.councilperformance.domain.calendar.WorkingCalendar;
import org.councilperformance.domain.committee.Meeting;
import org.councilperformance.domain.period.PeriodState;

/**
 * The meetings to come with the day each one's papers must go out, and a warning for each whose
 * pack cannot go out yet because its period is not published (docs/rules.md#publication-date).
 */
@ApplicationScoped
public class MeetingCalendar {
  /** Meetings are held, and papers go out, by the clock on the wall in England. */
  public static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");

  private final CommitteeService committees;
  private final CalendarService calendar;
  private final Clock clock;

  @Inject
  public MeetingCalendar(CommitteeService committees, CalendarService calendar, Clock clock) {
    this.committees = committees;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected MeetingCalendar() {
    this(null, null, null);
  }

  /**
   * A meeting on the calendar.
   *
   * @param publicationDate the last day its papers may go out
   * @param warning why its pack cannot go out as things stand, or null
   */
  public record Entry(Meeting meeting, LocalDate publicationDate, String warning) {}

  /** Today in England. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(COUNCIL_TIME));
  }

  public LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(COUNCIL_TIME));
  }

  /** The meetings from one day to another (inclusive), by time. */
  public List<Entry> entries(LocalDate from, LocalDate to) {
    WorkingCalendar working = calendar.calendar();
    return committees.meetings(from.atStartOfDay(), to.plusDays(1).atStartOfDay()).stream()
        .map(m -> entry(m, working))
        .toList();
  }

  public Entry entry(Meeting meeting) {
    return entry(meeting, calendar.calendar());
  }

  private Entry entry(Meeting meeting, WorkingCalendar working) {
    LocalDate publication = meeting.publicationDate(working);
    PeriodState state = meeting.period().state();
    String warning = null;
    if (state != PeriodState.PUBLISHED && meeting.startsAt().isAfter(now())) {
      warning =
          "period "
              + meeting.period().code()
              + " is "
              + state
              + ": the pack goes out when the period is published, and must by "
              + publication;
    }
    return new Entry(meeting, publication, warning);
  }
}
