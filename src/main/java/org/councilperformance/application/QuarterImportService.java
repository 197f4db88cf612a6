package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.application.SheetOutcome.Change;
import org.councilperformance.application.SheetOutcome.Kind;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.RowsRejectedException;
import org.councilperformance.domain.indicator.Formula;
import org.councilperformance.domain.indicator.Indicator;
import org.councilperformance.domain.indicator.Measurement;
import org.councilperformance.domain.indicator.RagStatus;
import org.councilperformance.domain.indicator.Target;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * A quarter's figures as a sheet: the template with what is stored, a preview of what an upload
 * would change, and applying it all or not at all (docs/api.md#imports). Each row is loaded by
 * {@link IndicatorService}, as the API loads one figure, so the same rules and permissions hold.
 */
@ApplicationScoped
public class QuarterImportService {
  private final EntityManager em;
  private final Lookup lookup;
  private final IndicatorService indicators;
  private final AccessPolicy access;
  private final Clock clock;

  @Inject
  public QuarterImportService(
      EntityManager em,
      Lookup lookup,
      IndicatorService indicators,
      AccessPolicy access,
      Clock clock) {
    this.em = em;
    this.lookup = lookup;
    this.indicators = indicators;
    this.access = access;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected QuarterImportService() {
    this(null, null, null, null, null);
  }

  /** A row per indicator of the period's set in scope, with its target, last actual and figure. */
  public List<SheetLine> template(PeriodCode periodCode, Scope scope) {
    ReportingPeriod period = lookup.period(periodCode);
    ReportingPeriod before = em.find(ReportingPeriod.class, periodCode.previous().toString());
    Map<Long, BigDecimal> lastActuals =
        before == null
            ? Map.of()
            : em.createQuery(
                    "select m from Measurement m where m.period = :p and m.value is not null",
                    Measurement.class)
                .setParameter("p", before)
                .getResultStream()
                .collect(Collectors.toMap(m -> m.indicator().id(), Measurement::value));
    return indicators.statuses(period, scope).stream()
        .map(
            s ->
                new SheetLine(
                    s.indicator(),
                    periodCode,
                    s.periodTarget(),
                    lastActuals.get(s.indicator().id()),
                    s.measurement()))
        .toList();
  }

  /** What loading the rows would do; nothing is saved. */
  public List<SheetOutcome> preview(PeriodCode periodCode, List<SheetRow> rows) {
    return new Upload(lookup.period(periodCode), rows).outcomes;
  }

  /**
   * Loads every row, or none: when any row has an error nothing is saved.
   *
   * @throws RowsRejectedException naming every row's error
   */
  public List<SheetOutcome> apply(PeriodCode periodCode, List<SheetRow> rows) {
    Upload upload = new Upload(lookup.period(periodCode), rows);
    List<RowError> errors = upload.outcomes.stream().flatMap(o -> o.errors().stream()).toList();
    if (!errors.isEmpty()) {
      throw new RowsRejectedException(errors);
    }
    load(upload, rows);
    return upload.outcomes;
  }

  /** The upload's rows loaded one by one, as the single PUTs would load them. */
  private void load(Upload upload, List<SheetRow> rows) {
    List<Indicator> loaded = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SheetRow row = rows.get(i);
      SheetOutcome outcome = upload.outcomes.get(i);
      Stored stored = upload.stored.get(i);
      if (outcome.kind() == Kind.UNCHANGED) {
        continue;
      }
      loaded.add(stored.indicator());
      Set<String> changed =
          outcome.changes().stream().map(Change::column).collect(Collectors.toSet());
      if (changed.contains(SheetColumn.TARGET.heading())) {
        indicators.setTarget(stored.indicator(), upload.period, stored.target(), row.target());
      }
      if (changed.size() > (changed.contains(SheetColumn.TARGET.heading()) ? 1 : 0)) {
        indicators.report(
            stored.indicator(),
            upload.period,
            stored.measurement(),
            stored.indicator().formula() == null
                ? row.value()
                : printedFigure(row, stored.measurement()),
            row.missingReason(),
            row.commentary(),
            row.reportedStatus(),
            null, // a sheet has no forecast columns: the officer's forecast stays as recorded
            null,
            row.components());
      }
    }
    // Once, after every row: a row's indicator may be an input of another row's
    // (docs/rules.md#calculated-indicators).
    indicators.recalculateDependents(upload.period, loaded);
  }

  /** What is stored for one row's indicator: its target and measurement, each null if none. */
  private record Stored(Indicator indicator, Target target, Measurement measurement) {}

  /** The rows of one upload checked against what is stored, in three queries. */
  private final class Upload {
    private final ReportingPeriod period;
    private final List<SheetOutcome> outcomes = new ArrayList<>();

    /** Per row, what is stored for it: looked up once, for the preview and for applying. */
    private final List<Stored> stored = new ArrayList<>();

    /** The period's figures by indicator code, the inputs of calculated indicators' formulas. */
    private final Map<String, BigDecimal> figures;

    Upload(ReportingPeriod period, List<SheetRow> rows) {
      this.period = period;
      period.requireOpenForChanges();
      List<String> codes =
          rows.stream().map(SheetRow::code).filter(Objects::nonNull).map(Code::value).toList();
      Map<String, Indicator> byCode =
          codes.isEmpty()
              ? Map.of()
              : em.createQuery(
                      "select i from Indicator i left join fetch i.businessUnit"
                          + " where i.code in :codes",
                      Indicator.class)
                  .setParameter("codes", codes)
                  .getResultStream()
                  .collect(Collectors.toMap(Indicator::code, Function.identity()));
      Map<Long, Target> targets =
          em.createQuery("select t from Target t where t.period = :p", Target.class)
              .setParameter("p", period)
              .getResultStream()
              .collect(Collectors.toMap(t -> t.indicator().id(), Function.identity()));
      Map<Long, Measurement> measurements =
          em.createQuery(
                  "select m from Measurement m join fetch m.indicator where m.period = :p",
                  Measurement.class)
              .setParameter("p", period)
              .getResultStream()
              .collect(Collectors.toMap(m -> m.indicator().id(), Function.identity()));
      figures =
          measurements.values().stream()
              .filter(m -> m.value() != null)
              .collect(Collectors.toMap(m -> m.indicator().code(), Measurement::value));
      Map<String, Integer> firstRow = new HashMap<>();
      for (SheetRow row : rows) {
        Indicator indicator = row.code() == null ? null : byCode.get(row.code().value());
        stored.add(
            indicator == null
                ? null
                : new Stored(
                    indicator, targets.get(indicator.id()), measurements.get(indicator.id())));
        outcomes.add(
            indicator == null
                ? check(row, null, null, null, firstRow)
                : check(
                    row,
                    indicator,
                    targets.get(indicator.id()),
                    measurements.get(indicator.id()),
                    firstRow));
      }
    }

    private SheetOutcome check(
        SheetRow row,
        Indicator indicator,
        Target target,
        Measurement stored,
        Map<String, Integer> firstRow) {
      List<RowError> errors = new ArrayList<>(row.unreadable());
      String code = row.code() == null ? null : row.code().value();
      String codeColumn = SheetColumn.INDICATOR_CODE.heading();
      SheetRowChecks.codeAndPeriod(
          errors,
          row.row(),
          code,
          "indicator",
          indicator != null,
          codeColumn,
          firstRow,
          row.period(),
          period,
          SheetColumn.PERIOD.heading());
      if (indicator == null || !errors.isEmpty()) {
        return new SheetOutcome(row.row(), code, Kind.ERROR, List.of(), errors);
      }
      RowError refused =
          SheetRowChecks.refusal(
              access, indicator.businessUnit(), "indicator " + code, row.row(), codeColumn);
      if (refused != null) {
        return new SheetOutcome(row.row(), code, Kind.ERROR, List.of(), List.of(refused));
      }
      List<Change> changes = new ArrayList<>();
      BigDecimal storedTarget = target == null ? null : target.value();
      if (row.target() != null && !sameFigure(storedTarget, row.target())) {
        changes.add(change(SheetColumn.TARGET, storedTarget, row.target()));
      }
      boolean anything = stored != null || row.reportsSomething();
      if (anything) {
        RowError broken = brokenRule(row, indicator, stored);
        if (broken != null) {
          return new SheetOutcome(row.row(), code, Kind.ERROR, List.of(), List.of(broken));
        }
        changes.addAll(measurementChanges(row, stored));
      }
      // Created: the period gets the indicator's first figure; a target alone changes the row.
      Kind kind =
          changes.isEmpty()
              ? Kind.UNCHANGED
              : stored == null && row.reportsSomething() ? Kind.CREATED : Kind.CHANGED;
      return new SheetOutcome(row.row(), code, kind, changes, List.of());
    }

    /**
     * The measurement rule the API applies, tried on a copy that is never saved, so a preview
     * refuses exactly what applying would.
     */
    private RowError brokenRule(SheetRow row, Indicator indicator, Measurement stored) {
      try {
        Formula formula = indicator.formula();
        Measurement proposed = new Measurement(indicator, period);
        if (formula == null) {
          if (row.components() != null && !row.components().isEmpty()) {
            return new RowError(
                row.row(),
                SheetColumn.COMPONENTS.heading(),
                "indicator " + indicator.code() + " has no formula, so no components to enter");
          }
          proposed.report(
              row.value(),
              row.missingReason(),
              row.commentary(),
              row.reportedStatus(),
              Caller.current().name(),
              clock.instant());
        } else {
          proposed.reportCalculated(
              formula,
              row.components() != null
                  ? row.components()
                  : stored == null ? Map.of() : stored.components(),
              printedFigure(row, stored),
              row.missingReason(),
              row.commentary(),
              row.reportedStatus(),
              figures::get,
              Caller.current().name(),
              clock.instant());
        }
        return null;
      } catch (InvalidValueException e) {
        return new RowError(row.row(), columnOf(e.field()), e.getMessage());
      }
    }
  }

  private static List<Change> measurementChanges(SheetRow row, Measurement stored) {
    List<Change> changes = new ArrayList<>();
    BigDecimal value = stored == null ? null : stored.enteredFigure();
    if (!sameFigure(value, row.value())) {
      changes.add(change(SheetColumn.VALUE, value, row.value()));
    }
    String reason = stored == null ? null : blankToNull(stored.missingReason());
    if (!Objects.equals(reason, row.missingReason())) {
      changes.add(new Change(SheetColumn.MISSING_REASON.heading(), reason, row.missingReason()));
    }
    String commentary = stored == null ? null : blankToNull(stored.commentary());
    if (!Objects.equals(commentary, row.commentary())) {
      changes.add(new Change(SheetColumn.COMMENTARY.heading(), commentary, row.commentary()));
    }
    Map<String, BigDecimal> components = stored == null ? Map.of() : stored.components();
    if (row.components() != null && !sameComponents(components, row.components())) {
      changes.add(
          new Change(
              SheetColumn.COMPONENTS.heading(),
              componentsText(components),
              componentsText(row.components())));
    }
    RagStatus printed = stored == null ? null : stored.reportedStatus();
    if (row.reportedStatus() != null && row.reportedStatus() != printed) {
      changes.add(
          new Change(
              SheetColumn.REPORTED_STATUS.heading(),
              printed == null ? null : printed.name(),
              row.reportedStatus().name()));
    }
    return changes;
  }

  /**
   * A calculated indicator's Value cell as the figure the council printed. The template writes the
   * figure counted where none was printed, so that figure sent back is not a printed one: changing
   * a component then changes the figure, rather than flagging the old one as printed.
   */
  private static BigDecimal printedFigure(SheetRow row, Measurement stored) {
    return stored != null
            && stored.printedValue() == null
            && sameFigure(stored.value(), row.value())
        ? null
        : row.value();
  }

  private static boolean sameComponents(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
    return a.keySet().equals(b.keySet())
        && a.keySet().stream().allMatch(name -> sameFigure(a.get(name), b.get(name)));
  }

  /** Components as the sheet writes them, "negative = 15; positive = 60", or null for none. */
  private static String componentsText(Map<String, BigDecimal> components) {
    return components.isEmpty()
        ? null
        : new java.util.TreeMap<>(components)
            .entrySet().stream()
                .map(c -> c.getKey() + " = " + plain(c.getValue()))
                .collect(Collectors.joining("; "));
  }

  /** The sheet's column for a measurement field the domain names in its error. */
  private static String columnOf(String field) {
    if (field == null) {
      return null;
    }
    if (field.equals("components") || field.startsWith("components.")) {
      return SheetColumn.COMPONENTS.heading();
    }
    return switch (field) {
      case "value" -> SheetColumn.VALUE.heading();
      case "missingReason" -> SheetColumn.MISSING_REASON.heading();
      case "commentary" -> SheetColumn.COMMENTARY.heading();
      case "reportedStatus" -> SheetColumn.REPORTED_STATUS.heading();
      default -> field;
    };
  }

  private static boolean sameFigure(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static Change change(SheetColumn column, BigDecimal from, BigDecimal to) {
    return new Change(column.heading(), plain(from), plain(to));
  }

  private static String plain(BigDecimal figure) {
    return figure == null ? null : figure.stripTrailingZeros().toPlainString();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
