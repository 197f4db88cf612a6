package org.councilperformance.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.councilperformance.application.AuditTrail;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/** Reads versions from the Envers audit tables, each with the revision that wrote it. */
@ApplicationScoped
public class EnversAuditTrail implements AuditTrail {
  private final EntityManager em;

  @Inject
  public EnversAuditTrail(EntityManager em) {
    this.em = em;
  }

  /** For CDI's client proxy only. */
  protected EnversAuditTrail() {
    this(null);
  }

  @Override
  public <T> List<Version<T>> versionsReferringTo(Class<T> type, String association, Object id) {
    return versions(type, AuditEntity.relatedId(association).eq(id));
  }

  @Override
  public <T> List<Version<T>> versionsOf(Class<T> type, Collection<?> ids) {
    return versions(type, AuditEntity.id().in(ids));
  }

  private <T> List<Version<T>> versions(Class<T> type, AuditCriterion which) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        AuditReaderFactory.get(em)
            .createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(which)
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              AuditRevision revision = (AuditRevision) row[1];
              return new Version<>(
                  type.cast(row[0]),
                  revision.id(),
                  revision.changedAt(),
                  revision.changedBy(),
                  row[2] == RevisionType.DEL);
            })
        .toList();
  }
}
