package org.councilperformance.domain.distribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The schedule's record that a meeting's pack is due (docs/design.md#scheduling): the timer only
 * inserts these, once per meeting and edition (a unique key makes a second insert a no-op, on any
 * server); a worker then generates the pack and its deliveries in one short transaction.
 */
@Entity
@Table(name = "distribution_run")
public class DistributionRun {
  /** Where the run is. */
  public enum State {
    /** Due: the next worker generates it. */
    PENDING,
    /** Generated (or an admin issued the edition first). */
    DONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(nullable = false)
  private int edition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(length = 500)
  private String detail;

  /** The server whose timer recorded it (pid@host); null for runs recorded before V22. */
  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  protected DistributionRun() {}

  public void done(Instant now, String detail) {
    this.state = State.DONE;
    this.doneAt = now;
    this.detail = detail;
  }

  /** Still waiting, and why (e.g. its period is not published yet). */
  public void waiting(String detail) {
    this.detail = detail;
  }

  public Long id() {
    return id;
  }

  public Long meetingId() {
    return meetingId;
  }

  public int edition() {
    return edition;
  }

  public State state() {
    return state;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant doneAt() {
    return doneAt;
  }

  public String detail() {
    return detail;
  }
}
