package org.councilperformance.domain.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.councilperformance.domain.distribution.OutboxMessage;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One reminder to one person for one period (docs/design.md#reminders): the record that it was due
 * and the outbox message that sends it, leased and retried like the papers. Its text is what was
 * missing when it was recorded. The timer writes it with INSERT IGNORE against the unique key
 * (period, person, kind, round), so it is written once however many servers see it due; this class
 * reads it and settles its attempts.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends OutboxMessage {
  @Column(name = "period_code", nullable = false, length = 16)
  private String periodCode;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ReminderKind kind;

  @Column(nullable = false)
  private int round;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 100)
  private String recordedBy;

  @Column(nullable = false, length = 250)
  private String subject;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(nullable = false, columnDefinition = "text")
  private String text;

  protected Reminder() {}

  @Override
  protected String deadline() {
    return "the reminder's deadline";
  }

  public String periodCode() {
    return periodCode;
  }

  public Long userId() {
    return userId;
  }

  public ReminderKind kind() {
    return kind;
  }

  public int round() {
    return round;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  /** The server whose timer recorded it, or the admin who asked for it again. */
  public String recordedBy() {
    return recordedBy;
  }

  public String subject() {
    return subject;
  }

  public String text() {
    return text;
  }
}
