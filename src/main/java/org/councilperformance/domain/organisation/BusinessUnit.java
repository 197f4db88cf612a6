package org.councilperformance.domain.organisation;

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
import java.util.Objects;
import org.councilperformance.domain.Versioned;
import org.hibernate.envers.Audited;

/** A business unit (service area) within a directorate, led by a head of service. */
@Entity
@Table(name = "business_unit")
@Audited
public class BusinessUnit implements Versioned {
  /** Committed changes so far; see docs/design.md#versions. Envers leaves it out of the audit. */
  @Version private long version;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "head", length = 200)
  private String head;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "directorate_id", nullable = false)
  private Directorate directorate;

  protected BusinessUnit() {}

  public BusinessUnit(String code, String name, String head, Directorate directorate) {
    this.code = Objects.requireNonNull(code).trim();
    reorganise(name, head, directorate);
  }

  public void reorganise(String name, String head, Directorate directorate) {
    this.name = Objects.requireNonNull(name).trim();
    this.head = head;
    this.directorate = Objects.requireNonNull(directorate);
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

  public String head() {
    return head;
  }

  public Directorate directorate() {
    return directorate;
  }

  @Override
  public long version() {
    return version;
  }
}
