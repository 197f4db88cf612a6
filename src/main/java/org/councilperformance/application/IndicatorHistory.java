package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorChange;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.Target;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * The change history of an indicator's targets, actuals, commentary, status overrides and own
 * forecasts — and the locking, publishing and reopening of the periods they belong to — read from
 * the audit trail (which no endpoint can write). Each audited version is compared with the one
 * before it, so every change appears once with its old and new value.
 */
@ApplicationScoped
public class IndicatorHistory {
  /** A field whose changes the history shows, and how its value is written. */
  private record Field<T>(String name, Function<T, String> value) {}

  private static final List<Field<Target>> TARGET_FIELDS =
      List.of(new Field<>("target", t -> text(t.value())));

  private static final List<Field<Measurement>> MEASUREMENT_FIELDS =
      List.of(
          new Field<>("actual", m -> text(m.value())),
          new Field<>("printedValue", m -> text(m.printedValue())),
          new Field<>("missingReason", Measurement::missingReason),
          new Field<>("commentary", Measurement::commentary),
          new Field<>("statusOverride", m -> text(m.statusOverride())),
          new Field<>("overrideReason", Measurement::overrideReason),
          new Field<>("reportedStatus", m -> text(m.reportedStatus())),
          new Field<>("ownForecast", m -> text(m.ownForecast())),
          new Field<>("ownForecastStatus", m -> text(m.ownForecastStatus())));

  /** A period's sign-off changes, shown in the history of every indicator reported in it. */
  private static final List<Field<ReportingPeriod>> PERIOD_FIELDS =
      List.of(
          new Field<>("periodState", p -> text(p.state())),
          new Field<>("reopenReason", ReportingPeriod::reopenReason));

  private final AuditTrail audit;
  private final Lookup lookup;
  private final EntityManager em;

  @Inject
  public IndicatorHistory(AuditTrail audit, Lookup lookup, EntityManager em) {
    this.audit = audit;
    this.lookup = lookup;
    this.em = em;
  }

  /** For CDI's client proxy only. */
  protected IndicatorHistory() {
    this(null, null, null);
  }

  /**
   * One page of changes, newest first: every change made by the {@code limit} latest change sets
   * numbered below {@code before} (a change set is never split between pages). A fixed number of
   * queries whatever the number of changes, so reading a long history costs what its pages cost.
   */
  public Page page(Code code, long before, int limit) {
    Indicator indicator = lookup.indicator(code);
    List<IndicatorChange> ofPeriods =
        periodChanges(indicator).stream().filter(c -> c.revision() < before).toList();
    TreeSet<Long> revisions = new TreeSet<>(Comparator.reverseOrder());
    revisions.addAll(
        audit.revisionsReferringTo(Target.class, "indicator", indicator.id(), before, limit + 1));
    revisions.addAll(
        audit.revisionsReferringTo(
            Measurement.class, "indicator", indicator.id(), before, limit + 1));
    ofPeriods.forEach(c -> revisions.add(c.revision()));
    List<Long> shown = revisions.stream().limit(limit).toList();
    if (shown.isEmpty()) {
      return new Page(List.of(), null);
    }
    long from = shown.get(shown.size() - 1);
    List<IndicatorChange> changes = new ArrayList<>();
    changes.addAll(
        changesOf(
            Target.class, indicator, from, before, TARGET_FIELDS, Target::id, this::periodOf));
    changes.addAll(
        changesOf(
            Measurement.class,
            indicator,
            from,
            before,
            MEASUREMENT_FIELDS,
            Measurement::id,
            this::periodOf));
    ofPeriods.stream().filter(c -> c.revision() >= from).forEach(changes::add);
    changes.sort(Comparator.comparingLong(IndicatorChange::revision).reversed());
    return new Page(changes, revisions.size() > limit ? from : null);
  }

  /**
   * A page of an indicator's history.
   *
   * @param changes newest first
   * @param olderThan where the next page starts (its {@code before}), or null on the last page
   */
  public record Page(List<IndicatorChange> changes, Long olderThan) {}

  private String periodOf(Target target) {
    return (String) audit.idOf(target.period());
  }

  private String periodOf(Measurement measurement) {
    return (String) audit.idOf(measurement.period());
  }

  /**
   * The locking, publishing and reopening of every period the indicator has figures in: few changes
   * whatever the number of figures, so read whole.
   */
  private List<IndicatorChange> periodChanges(Indicator indicator) {
    Set<String> periods = new TreeSet<>();
    for (String entity : List.of("Target", "Measurement")) {
      periods.addAll(
          em.createQuery(
                  "select distinct e.period.code from " + entity + " e where e.indicator = :i",
                  String.class)
              .setParameter("i", indicator)
              .getResultList());
    }
    if (periods.isEmpty()) {
      return List.of();
    }
    return changesOf(
            audit.versionsOf(ReportingPeriod.class, periods),
            Map.of(),
            PERIOD_FIELDS,
            ReportingPeriod::code,
            ReportingPeriod::code)
        .stream()
        .filter(c -> c.oldValue() != null || c.field().equals("reopenReason")) // not creation
        .toList();
  }

  /** The changes made by change sets {@code from} to {@code before} to an indicator's figures. */
  private <T> List<IndicatorChange> changesOf(
      Class<T> type,
      Indicator indicator,
      long from,
      long before,
      List<Field<T>> fields,
      Function<T, Object> idOf,
      Function<T, String> periodOf) {
    List<AuditTrail.Version<T>> versions =
        audit.versionsReferringTo(type, "indicator", indicator.id(), from, before);
    // What each thing was before the page: the version each change is compared with.
    Set<Object> ids = new HashSet<>();
    versions.forEach(v -> ids.add(idOf.apply(v.state())));
    Map<Object, T> previous = new HashMap<>();
    audit.lastVersionsBefore(type, ids, from).stream()
        .filter(v -> !v.deleted())
        .forEach(v -> previous.put(idOf.apply(v.state()), v.state()));
    return changesOf(versions, previous, fields, idOf, periodOf);
  }

  /** Compares each version, oldest first, with the one before it. */
  private <T> List<IndicatorChange> changesOf(
      List<AuditTrail.Version<T>> versions,
      Map<Object, T> before,
      List<Field<T>> fields,
      Function<T, Object> idOf,
      Function<T, String> periodOf) {
    Map<Object, T> previous = new HashMap<>(before);
    List<IndicatorChange> changes = new ArrayList<>();
    for (AuditTrail.Version<T> version : versions) {
      T current = version.state();
      if (version.deleted()) {
        continue;
      }
      T earlier = previous.put(idOf.apply(current), current);
      for (Field<T> field : fields) {
        String oldValue = earlier == null ? null : field.value().apply(earlier);
        String newValue = field.value().apply(current);
        if (!Objects.equals(oldValue, newValue)) {
          changes.add(
              new IndicatorChange(
                  version.revision(),
                  version.changedAt(),
                  version.changedBy(),
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
