package org.councilperformance.domain.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Versioned;
import org.councilperformance.domain.calendar.WorkingCalendar;
import org.councilperformance.domain.period.ReportingPeriod;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A meeting of a committee: when (local time in England), where, and which period's pack it
 * receives.
 */
@Entity
@Table(name = "meeting")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Meeting implements Versioned {
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "committee_id", nullable = false)
  private Committee committee;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(nullable = false, length = 200)
  private String venue;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "period_code", referencedColumnName = "code", nullable = false)
  private ReportingPeriod period;

  protected Meeting() {}

  public Meeting(Committee committee) {
    this.committee = Objects.requireNonNull(committee);
  }

  public void arrange(LocalDateTime startsAt, String venue, ReportingPeriod period) {
    if (startsAt == null) {
      throw new InvalidValueException("startsAt", "startsAt is required, e.g. 2026-03-12T18:30");
    }
    if (venue == null || venue.isBlank()) {
      throw new InvalidValueException("venue", "venue is required");
    }
    this.startsAt = startsAt;
    this.venue = venue.strip();
    this.period = Objects.requireNonNull(period);
  }

  /** The last day its papers may go out, by the committee's clear days. */
  public LocalDate publicationDate(WorkingCalendar calendar) {
    return calendar.publicationDate(startsAt.toLocalDate(), committee.clearDays());
  }

  public Long id() {
    return id;
  }

  public Committee committee() {
    return committee;
  }

  public LocalDateTime startsAt() {
    return startsAt;
  }

  public String venue() {
    return venue;
  }

  public ReportingPeriod period() {
    return period;
  }

  @Override
  public long version() {
    return version;
  }
}
