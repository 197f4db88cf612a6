package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorChange;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.Target;
import org.councilperformance.domain.period.ReportingPeriod;
import org.councilperformance.infrastructure.audit.AuditRevision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * The change history of an indicator's targets, actuals, commentary and status overrides — and the
 * locking, publishing and reopening of the periods they belong to — read from the Envers audit
 * tables (which no endpoint can write). Each audited version is compared with the one before it, so
 * every change appears once with its old and new value.
 */
@ApplicationScoped
@Transactional
public class IndicatorHistory {
  /** A field whose changes the history shows, and how its value is written. */
  private record Field<T>(String name, Function<T, String> value) {}

  private static final List<Field<Target>> TARGET_FIELDS =
      List.of(new Field<>("target", t -> text(t.value())));

  private static final List<Field<Measurement>> MEASUREMENT_FIELDS =
      List.of(
          new Field<>("actual", m -> text(m.value())),
          new Field<>("missingReason", Measurement::missingReason),
          new Field<>("commentary", Measurement::commentary),
          new Field<>("statusOverride", m -> text(m.statusOverride())),
          new Field<>("overrideReason", Measurement::overrideReason),
          new Field<>("reportedStatus", m -> text(m.reportedStatus())));

  /** A period's sign-off changes, shown in the history of every indicator reported in it. */
  private static final List<Field<ReportingPeriod>> PERIOD_FIELDS =
      List.of(
          new Field<>("periodState", p -> text(p.state())),
          new Field<>("reopenReason", ReportingPeriod::reopenReason));

  @PersistenceContext private EntityManager em;
  @Inject private Lookup lookup;

  /** Newest change first. */
  public List<IndicatorChange> of(String code) {
    Indicator indicator = lookup.indicator(code, "code");
    AuditCriterion ofIndicator = AuditEntity.relatedId("indicator").eq(indicator.id());
    List<IndicatorChange> changes = new ArrayList<>();
    changes.addAll(
        changesOf(Target.class, ofIndicator, TARGET_FIELDS, Target::id, t -> t.period().code()));
    changes.addAll(
        changesOf(
            Measurement.class,
            ofIndicator,
            MEASUREMENT_FIELDS,
            Measurement::id,
            m -> m.period().code()));
    List<String> periods = changes.stream().map(IndicatorChange::period).distinct().toList();
    if (!periods.isEmpty()) {
      changesOf(
              ReportingPeriod.class,
              AuditEntity.id().in(periods),
              PERIOD_FIELDS,
              ReportingPeriod::code,
              ReportingPeriod::code)
          .stream()
          .filter(c -> c.oldValue() != null || c.field().equals("reopenReason")) // not creation
          .forEach(changes::add);
    }
    changes.sort(Comparator.comparingLong(IndicatorChange::revision).reversed());
    return changes;
  }

  private <T> List<IndicatorChange> changesOf(
      Class<T> type,
      AuditCriterion which,
      List<Field<T>> fields,
      Function<T, Object> idOf,
      Function<T, String> periodOf) {
    @SuppressWarnings("unchecked")
    List<Object[]> versions =
        AuditReaderFactory.get(em)
            .createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(which)
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    Map<Object, T> previous = new HashMap<>();
    List<IndicatorChange> changes = new ArrayList<>();
    for (Object[] version : versions) {
      T current = type.cast(version[0]);
      AuditRevision revision = (AuditRevision) version[1];
      if (version[2] == RevisionType.DEL) {
        continue;
      }
      T before = previous.put(idOf.apply(current), current);
      for (Field<T> field : fields) {
        String oldValue = before == null ? null : field.value().apply(before);
        String newValue = field.value().apply(current);
        if (!Objects.equals(oldValue, newValue)) {
          changes.add(
              new IndicatorChange(
                  revision.id(),
                  revision.changedAt(),
                  revision.changedBy(),
                  periodOf.apply(current),
                  field.name(),
                  oldValue,
                  newValue));
        }
      }
    }
    return changes;
  }

  private static String text(BigDecimal value) {
    return value == null ? null : Decimals.plain(value).toPlainString();
  }

  private static String text(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
