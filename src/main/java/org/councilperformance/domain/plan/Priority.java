package org.councilperformance.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.Versioned;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A strategic priority of a corporate plan, or a programme, theme or outcome under one. Priorities
 * nest: a child belongs to the same plan as its parent.
 */
@Entity
@Table(name = "priority")
@Audited
public class Priority implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "priority_type", nullable = false, length = 24)
  private PriorityType type;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false)
  private CorporatePlan plan;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Priority parent;

  @JdbcTypeCode(SqlTypes.LONGVARCHAR)
  @Column(columnDefinition = "text")
  private String description;

  protected Priority() {}

  public Priority(String code, CorporatePlan plan) {
    this.code = Objects.requireNonNull(code).trim();
    this.plan = Objects.requireNonNull(plan);
  }

  public void describe(String name, PriorityType type, String description) {
    this.name = Objects.requireNonNull(name).trim();
    this.type = type == null ? PriorityType.PRIORITY : type;
    this.description = description;
  }

  /** Places this priority under another of the same plan, or at the top level when null. */
  public void moveUnder(Priority newParent) {
    if (newParent != null) {
      // Through accessors, not fields: a parent read by reference may be a lazy stand-in whose
      // fields are empty until a method loads it.
      if (!newParent.plan().id().equals(plan.id())) {
        throw new InvalidValueException(
            "parent", "a priority can only sit under one of its own plan");
      }
      for (Priority p = newParent; p != null; p = p.parent()) {
        if (p == this || (id != null && id.equals(p.id()))) {
          throw new InvalidValueException("parent", "a priority cannot sit under itself");
        }
      }
    }
    this.parent = newParent;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public PriorityType type() {
    return type;
  }

  public CorporatePlan plan() {
    return plan;
  }

  public Priority parent() {
    return parent;
  }

  public String description() {
    return description;
  }

  @Override
  public long version() {
    return version;
  }
}
