package org.councilperformance.infrastructure.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited change set: when it was made and by whom. Every *_aud row points at one. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  private Long id;

  @RevisionTimestamp
  @Column(name = "changed_at_millis", nullable = false)
  private long changedAtMillis;

  @Column(name = "changed_by", nullable = false, length = 100)
  private String changedBy;

  void attribute(String changedBy) {
    this.changedBy = changedBy;
  }

  public Long id() {
    return id;
  }

  public Instant changedAt() {
    return Instant.ofEpochMilli(changedAtMillis);
  }

  public String changedBy() {
    return changedBy;
  }
}
