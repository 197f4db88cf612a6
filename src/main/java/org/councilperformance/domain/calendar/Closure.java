package org.councilperformance.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Versioned;
import org.hibernate.envers.Audited;

/**
 * An admin's correction to the computed calendar for one date: the council's offices are closed (a
 * proclaimed holiday not yet in {@link BankHolidays}, a closure between Christmas and New Year) or,
 * rarely, open on a day the rules would count as a holiday.
 */
@Entity
@Table(name = "calendar_closure")
@Audited
public class Closure implements Versioned {
  /** Whether the offices are closed or open that day, whatever the computed calendar says. */
  public enum Kind {
    CLOSED,
    OPEN
  }

  @Version private long version;

  @Id
  @Column(name = "day")
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Kind kind;

  @Column(nullable = false, length = 200)
  private String reason;

  protected Closure() {}

  public Closure(LocalDate day, Kind kind, String reason) {
    this.day = Objects.requireNonNull(day);
    revise(kind, reason);
  }

  public void revise(Kind kind, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidValueException("reason", "say why the offices are closed or open that day");
    }
    this.kind = Objects.requireNonNull(kind);
    this.reason = reason.strip();
  }

  public LocalDate day() {
    return day;
  }

  public Kind kind() {
    return kind;
  }

  public String reason() {
    return reason;
  }

  @Override
  public long version() {
    return version;
  }
}
