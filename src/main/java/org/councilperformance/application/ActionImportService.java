package org.councilperformance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.councilperformance.application.SheetOutcome.Change;
import org.councilperformance.application.SheetOutcome.Kind;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;
import org.councilperformance.domain.RowError;
import org.councilperformance.domain.RowsRejectedException;
import org.councilperformance.domain.action.Action;
import org.councilperformance.domain.action.ActionClosure;
import org.councilperformance.domain.action.ActionUpdate;
import org.councilperformance.domain.period.PeriodCode;
import org.councilperformance.domain.period.ReportingPeriod;

/**
 * A quarter's action updates as a sheet: the template with what is stored, a preview of what an
 * upload would change, and applying it all or not at all (docs/api.md#actions-sheet). Each row is
 * loaded by {@link ActionService}, as the API loads one update, so the same rules and permissions
 * hold.
 */
@ApplicationScoped
public class ActionImportService {
  private final EntityManager em;
  private final Lookup lookup;
  private final ActionService actions;
  private final AccessPolicy access;
  private final Clock clock;

  @Inject
  public ActionImportService(
      EntityManager em, Lookup lookup, ActionService actions, AccessPolicy access, Clock clock) {
    this.em = em;
    this.lookup = lookup;
    this.actions = actions;
    this.access = access;
    this.clock = clock;
  }

  /** For CDI's client proxy only. */
  protected ActionImportService() {
    this(null, null, null, null, null);
  }

  /** A row per action in the period's report in scope, with its last progress and update. */
  public List<ActionSheetLine> template(PeriodCode periodCode, Scope scope) {
    ReportingPeriod period = lookup.period(periodCode);
    Map<Long, ActionUpdate> before = new HashMap<>();
    em.createQuery(
            "select u from ActionUpdate u join fetch u.period p where p.endDate < :start",
            ActionUpdate.class)
        .setParameter("start", period.startDate())
        .getResultStream()
        .forEach(
            u ->
                before.merge(
                    u.action().id(),
                    u,
                    (a, b) -> a.period().endDate().isBefore(b.period().endDate()) ? b : a));
    return actions.positions(period, scope).stream()
        .map(
            p -> {
              ActionUpdate last = before.get(p.action().id());
              return new ActionSheetLine(
                  p.action(), periodCode, last == null ? null : last.progress(), p.update());
            })
        .toList();
  }

  /** What loading the rows would do; nothing is saved. */
  public List<SheetOutcome> preview(PeriodCode periodCode, List<ActionSheetRow> rows) {
    return new Upload(lookup.period(periodCode), rows).outcomes;
  }

  /**
   * Loads every row, or none: when any row has an error nothing is saved.
   *
   * @throws RowsRejectedException naming every row's error
   */
  public List<SheetOutcome> apply(PeriodCode periodCode, List<ActionSheetRow> rows) {
    Upload upload = new Upload(lookup.period(periodCode), rows);
    List<RowError> errors = upload.outcomes.stream().flatMap(o -> o.errors().stream()).toList();
    if (!errors.isEmpty()) {
      throw new RowsRejectedException(errors);
    }
    for (int i = 0; i < rows.size(); i++) {
      ActionSheetRow row = rows.get(i);
      if (upload.outcomes.get(i).kind() == Kind.UNCHANGED) {
        continue;
      }
      Stored stored = upload.stored.get(i);
      actions.update(
          stored.action(),
          upload.period,
          stored.update(),
          row.progress(),
          row.commentary(),
          row.closure(),
          row.closureReason(),
          row.revisedDueDate(),
          row.reportedStatus());
    }
    return upload.outcomes;
  }

  /** What is stored for one row's action: its update for the period, or null if none. */
  private record Stored(Action action, ActionUpdate update) {}

  /** The rows of one upload checked against what is stored, in two queries. */
  private final class Upload {
    private final ReportingPeriod period;
    private final List<SheetOutcome> outcomes = new ArrayList<>();
    private final List<Stored> stored = new ArrayList<>();

    Upload(ReportingPeriod period, List<ActionSheetRow> rows) {
      this.period = period;
      period.requireOpenForChanges();
      List<String> codes =
          rows.stream()
              .map(ActionSheetRow::code)
              .filter(Objects::nonNull)
              .map(Code::value)
              .toList();
      Map<String, Action> byCode =
          codes.isEmpty()
              ? Map.of()
              : em.createQuery(
                      "select a from Action a left join fetch a.businessUnit where a.code in :codes",
                      Action.class)
                  .setParameter("codes", codes)
                  .getResultStream()
                  .collect(Collectors.toMap(Action::code, Function.identity()));
      Map<Long, ActionUpdate> updates =
          em.createQuery("select u from ActionUpdate u where u.period = :p", ActionUpdate.class)
              .setParameter("p", period)
              .getResultStream()
              .collect(Collectors.toMap(u -> u.action().id(), Function.identity()));
      Map<String, Integer> firstRow = new HashMap<>();
      for (ActionSheetRow row : rows) {
        Action action = row.code() == null ? null : byCode.get(row.code().value());
        ActionUpdate update = action == null ? null : updates.get(action.id());
        stored.add(action == null ? null : new Stored(action, update));
        outcomes.add(check(row, action, update, firstRow));
      }
    }

    private SheetOutcome check(
        ActionSheetRow row, Action action, ActionUpdate stored, Map<String, Integer> firstRow) {
      List<RowError> errors = new ArrayList<>(row.unreadable());
      String code = row.code() == null ? null : row.code().value();
      String codeColumn = ActionSheetColumn.ACTION_CODE.heading();
      SheetRowChecks.codeAndPeriod(
          errors,
          row.row(),
          code,
          "action",
          action != null,
          codeColumn,
          firstRow,
          row.period(),
          period,
          ActionSheetColumn.PERIOD.heading());
      if (action == null || !errors.isEmpty()) {
        return new SheetOutcome(row.row(), code, Kind.ERROR, List.of(), errors);
      }
      RowError refused =
          SheetRowChecks.refusal(
              access, action.businessUnit(), "action " + code, row.row(), codeColumn);
      if (refused != null) {
        return new SheetOutcome(row.row(), code, Kind.ERROR, List.of(), List.of(refused));
      }
      if (stored == null && !row.reportsSomething()) {
        return new SheetOutcome(row.row(), code, Kind.UNCHANGED, List.of(), List.of());
      }
      RowError broken = brokenRule(row, action);
      if (broken != null) {
        return new SheetOutcome(row.row(), code, Kind.ERROR, List.of(), List.of(broken));
      }
      List<Change> changes = changes(row, action, stored);
      Kind kind = changes.isEmpty() ? Kind.UNCHANGED : stored == null ? Kind.CREATED : Kind.CHANGED;
      return new SheetOutcome(row.row(), code, kind, changes, List.of());
    }

    /**
     * The update rules the API applies, tried on a copy that is never saved, so a preview refuses
     * exactly what applying would.
     */
    private RowError brokenRule(ActionSheetRow row, Action action) {
      try {
        new ActionUpdate(action, period)
            .record(
                row.progress(),
                row.commentary(),
                row.closure(),
                row.closureReason(),
                Caller.current().name(),
                clock.instant());
        if (row.revisedDueDate() != null) {
          action.requireRevisableTo(row.revisedDueDate());
        }
        return null;
      } catch (InvalidValueException e) {
        // The API's words begin with its field's name; the sheet names its column instead.
        String words = e.getMessage();
        if (e.field() != null && words.startsWith(e.field() + ": ")) {
          words = words.substring(e.field().length() + 2);
        }
        return new RowError(row.row(), columnOf(e.field()), words);
      }
    }
  }

  private static List<Change> changes(ActionSheetRow row, Action action, ActionUpdate stored) {
    List<Change> changes = new ArrayList<>();
    Integer progress = stored == null ? null : stored.progress();
    if (!Objects.equals(progress, row.progress())) {
      changes.add(
          change(
              ActionSheetColumn.PROGRESS,
              progress == null ? null : progress + "%",
              row.progress() == null ? null : row.progress() + "%"));
    }
    String commentary = stored == null ? null : blankToNull(stored.commentary());
    if (!Objects.equals(commentary, row.commentary())) {
      changes.add(change(ActionSheetColumn.COMMENTARY, commentary, row.commentary()));
    }
    ActionClosure closure = stored == null ? null : stored.closure();
    if (closure != row.closure()) {
      changes.add(change(ActionSheetColumn.CLOSURE, word(closure), word(row.closure())));
    }
    String reason = stored == null ? null : blankToNull(stored.closureReason());
    if (!Objects.equals(reason, row.closureReason())) {
      changes.add(change(ActionSheetColumn.CLOSURE_REASON, reason, row.closureReason()));
    }
    if (row.revisedDueDate() != null && !row.revisedDueDate().equals(action.revisedDueDate())) {
      changes.add(
          change(
              ActionSheetColumn.REVISED_DUE_DATE,
              action.revisedDueDate() == null ? null : action.revisedDueDate().toString(),
              row.revisedDueDate().toString()));
    }
    String printed =
        stored == null || stored.reportedStatus() == null ? null : stored.reportedStatus().label();
    if (row.reportedStatus() != null && !row.reportedStatus().label().equals(printed)) {
      changes.add(change(ActionSheetColumn.REPORTED_STATUS, printed, row.reportedStatus().label()));
    }
    return changes;
  }

  private static Change change(ActionSheetColumn column, String from, String to) {
    return new Change(column.heading(), from, to);
  }

  /** A closure as the sheet writes it: "Completed", "Cancelled", or null while open. */
  public static String word(ActionClosure closure) {
    return closure == null
        ? null
        : closure.name().charAt(0) + closure.name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** The sheet's column for an update field the domain names in its error. */
  private static String columnOf(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "progress" -> ActionSheetColumn.PROGRESS.heading();
      case "commentary" -> ActionSheetColumn.COMMENTARY.heading();
      case "closure" -> ActionSheetColumn.CLOSURE.heading();
      case "closureReason" -> ActionSheetColumn.CLOSURE_REASON.heading();
      case "revisedDueDate" -> ActionSheetColumn.REVISED_DUE_DATE.heading();
      default -> field;
    };
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
