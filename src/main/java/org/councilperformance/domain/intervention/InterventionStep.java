package org.councilperformance.domain.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One planned step of an intervention plan: what, who, by when. */
@Embeddable
public class InterventionStep {
  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(nullable = false, columnDefinition = "text")
  private String description;

  @Column(length = 200)
  private String owner;

  @Column(name = "due_date")
  private LocalDate dueDate;

  protected InterventionStep() {}

  public InterventionStep(String description, String owner, LocalDate dueDate) {
    if (description == null || description.isBlank()) {
      throw new InvalidValueException("steps", "steps: every step needs a description");
    }
    this.description = description.trim();
    this.owner = owner;
    this.dueDate = dueDate;
  }

  public String description() {
    return description;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InterventionStep s
        && description.equals(s.description)
        && Objects.equals(owner, s.owner)
        && Objects.equals(dueDate, s.dueDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, owner, dueDate);
  }
}
