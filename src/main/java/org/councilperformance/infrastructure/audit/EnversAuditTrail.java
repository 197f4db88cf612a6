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
import org.hibernate.envers.query.AuditQuery;

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
  public List<Long> revisionsReferringTo(
      Class<?> type, String association, Object id, long before, int limit) {
    @SuppressWarnings("unchecked")
    List<Number> numbers =
        query(type)
            .addProjection(AuditEntity.revisionNumber().distinct())
            .add(AuditEntity.relatedId(association).eq(id))
            .add(AuditEntity.revisionNumber().lt(before))
            .addOrder(AuditEntity.revisionNumber().desc())
            .setMaxResults(limit)
            .getResultList();
    return numbers.stream().map(Number::longValue).toList();
  }

  @Override
  public <T> List<Version<T>> versionsReferringTo(
      Class<T> type, String association, Object id, long from, long before) {
    return versions(
        type,
        query(type)
            .add(AuditEntity.relatedId(association).eq(id))
            .add(AuditEntity.revisionNumber().ge(from))
            .add(AuditEntity.revisionNumber().lt(before)));
  }

  @Override
  public <T> List<Version<T>> lastVersionsBefore(Class<T> type, Collection<?> ids, long before) {
    if (ids.isEmpty()) {
      return List.of();
    }
    // One query: for each thing, the version whose number is the highest below "before".
    return versions(
        type,
        query(type)
            .add(AuditEntity.id().in(ids))
            .add(
                AuditEntity.revisionNumber()
                    .maximize()
                    .add(AuditEntity.revisionNumber().lt(before))
                    .computeAggregationInInstanceContext()));
  }

  @Override
  public <T> List<Version<T>> versionsOf(Class<T> type, Collection<?> ids) {
    return versions(type, query(type).add(AuditEntity.id().in(ids)));
  }

  @Override
  public Object idOf(Object thing) {
    return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(thing);
  }

  private AuditQuery query(Class<?> type) {
    return AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(type, false, true);
  }

  private static <T> List<Version<T>> versions(Class<T> type, AuditQuery query) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.addOrder(AuditEntity.revisionNumber().asc()).getResultList();
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
