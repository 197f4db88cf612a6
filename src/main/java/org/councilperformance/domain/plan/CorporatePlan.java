package org.councilperformance.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Versioned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A council's corporate plan (or one-year delivery plan), spanning financial years. */
@Entity
@Table(name = "corporate_plan")
@Audited
public class CorporatePlan implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200, unique = true)
  private String name;

  @Column(name = "start_year", nullable = false)
  private int startYear;

  @Column(name = "end_year", nullable = false)
  private int endYear;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  private String description;

  protected CorporatePlan() {}

  public CorporatePlan(String name, int startYear, int endYear, String description) {
    revise(name, startYear, endYear, description);
  }

  /**
   * @param startYear the calendar year in which the plan's first financial year starts
   * @param endYear the calendar year in which the plan's last financial year starts
   */
  public void revise(String name, int startYear, int endYear, String description) {
    if (endYear < startYear) {
      throw new InvalidValueException("endYear", "the plan cannot end before it starts");
    }
    this.name = name.trim();
    this.startYear = startYear;
    this.endYear = endYear;
    this.description = description;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int startYear() {
    return startYear;
  }

  public int endYear() {
    return endYear;
  }

  public String description() {
    return description;
  }

  @Override
  public long version() {
    return version;
  }
}
