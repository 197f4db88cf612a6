package org.councilperformance.domain.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.councilperformance.domain.Versioned;
import org.hibernate.envers.Audited;

/** An admin's data-entry deadline for one period, in place of the schedule's rule. */
@Entity
@Table(name = "period_deadline")
@Audited
public class PeriodDeadline implements Versioned {
  @Version private long version;

  @Id
  @Column(name = "period_code", length = 16)
  private String periodCode;

  @Column(nullable = false)
  private LocalDate deadline;

  protected PeriodDeadline() {}

  public PeriodDeadline(String periodCode, LocalDate deadline) {
    this.periodCode = Objects.requireNonNull(periodCode);
    move(deadline);
  }

  public void move(LocalDate deadline) {
    this.deadline = Objects.requireNonNull(deadline);
  }

  public String periodCode() {
    return periodCode;
  }

  public LocalDate deadline() {
    return deadline;
  }

  @Override
  public long version() {
    return version;
  }
}
