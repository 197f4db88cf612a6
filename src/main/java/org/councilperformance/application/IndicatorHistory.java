package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.Decimals;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.IndicatorChange;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.Target;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * The change history of an indicator's targets, actuals, commentary and status overrides — and the
 * locking, publishing and reopening of the periods they belong to — read from the audit trail
 * (which no endpoint can write). Each audited version is compared with the one before it, so every
 * change appears once with its old and new value.
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

  private final AuditTrail audit;
  private final Lookup lookup;

  @Inject
  public IndicatorHistory(AuditTrail audit, Lookup lookup) {
    this.audit = audit;
    this.lookup = lookup;
  }

  /** For CDI's client proxy only. */
  protected IndicatorHistory() {
    this(null, null);
  }

  /** Newest change first. */
  public List<IndicatorChange> of(Code code) {
    Indicator indicator = lookup.indicator(code);
    List<IndicatorChange> changes = new ArrayList<>();
    changes.addAll(
        changesOf(
            audit.versionsReferringTo(Target.class, "indicator", indicator.id()),
            TARGET_FIELDS,
            Target::id,
            t -> t.period().code()));
    changes.addAll(
        changesOf(
            audit.versionsReferringTo(Measurement.class, "indicator", indicator.id()),
            MEASUREMENT_FIELDS,
            Measurement::id,
            m -> m.period().code()));
    List<String> periods = changes.stream().map(IndicatorChange::period).distinct().toList();
    if (!periods.isEmpty()) {
      changesOf(
              audit.versionsOf(ReportingPeriod.class, periods),
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
      List<AuditTrail.Version<T>> versions,
      List<Field<T>> fields,
      Function<T, Object> idOf,
      Function<T, String> periodOf) {
    Map<Object, T> previous = new HashMap<>();
    List<IndicatorChange> changes = new ArrayList<>();
    for (AuditTrail.Version<T> version : versions) {
      T current = version.state();
      if (version.deleted()) {
        continue;
      }
      T before = previous.put(idOf.apply(current), current);
      for (Field<T> field : fields) {
        String oldValue = before == null ? null : field.value().apply(before);
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
