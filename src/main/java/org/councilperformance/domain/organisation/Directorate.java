package org.councilperformance.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.councilperformance.domain.Versioned;
import org.hibernate.envers.Audited;

/** A directorate of the council, led by a (strategic) director, holding business units. */
@Entity
@Table(name = "directorate")
@Audited
public class Directorate implements Versioned {
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

  protected Directorate() {}

  public Directorate(String code, String name, String head) {
    this.code = Objects.requireNonNull(code).trim();
    rename(name, head);
  }

  public void rename(String name, String head) {
    this.name = Objects.requireNonNull(name).trim();
    this.head = head;
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

  @Override
  public long version() {
    return version;
  }
}
