package org.councilperformance.domain.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.councilperformance.domain.InvalidValueException;

/**
 * What changed from one version of a set to a later one (docs/libraries.md#what-changed): measures
 * added, measures removed, and for measures in both, each of name, definition, unit, polarity and
 * frequency that differs. Text is compared with runs of white space made one space and the ends
 * trimmed, so a re-flowed file is no change; any other difference, even of case or punctuation, is.
 */
public record LibraryChanges(
    String set,
    String from,
    String to,
    List<String> added,
    List<String> removed,
    List<MeasureChange> changed) {

  /** The fields compared, in the order they are reported. */
  public static final List<String> FIELDS =
      List.of("name", "definition", "unit", "polarity", "frequency");

  public LibraryChanges {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /**
   * @throws InvalidValueException naming {@code from} when the versions are of different sets or
   *     {@code older} is not earlier than {@code newer}
   */
  public static LibraryChanges between(MeasureLibrary older, MeasureLibrary newer) {
    if (!older.set().equals(newer.set())) {
      throw new InvalidValueException(
          "from", older.set() + " " + older.version() + " is not a version of " + newer.set());
    }
    if (older.version().compareTo(newer.version()) >= 0) {
      throw new InvalidValueException(
          "from",
          "from must be a version earlier than " + newer.version() + ", not " + older.version());
    }
    List<String> added = new ArrayList<>();
    List<MeasureChange> changed = new ArrayList<>();
    for (LibraryMeasure m : newer.measures()) {
      Optional<LibraryMeasure> before = older.measure(m.code());
      if (before.isEmpty()) {
        added.add(m.code());
      } else {
        measureChange(before.get(), m).ifPresent(changed::add);
      }
    }
    List<String> removed =
        older.measures().stream()
            .map(LibraryMeasure::code)
            .filter(c -> newer.measure(c).isEmpty())
            .toList();
    return new LibraryChanges(
        newer.set(), older.version(), newer.version(), added, removed, changed);
  }

  /** The fields of one measure that differ between two versions; empty when none does. */
  public static Optional<MeasureChange> measureChange(LibraryMeasure before, LibraryMeasure after) {
    List<FieldChange> fields = new ArrayList<>();
    compare(fields, "name", before, after, LibraryMeasure::name);
    compare(fields, "definition", before, after, LibraryMeasure::definition);
    compare(fields, "unit", before, after, m -> m.unit().name());
    compare(fields, "polarity", before, after, m -> m.polarity().name());
    compare(fields, "frequency", before, after, m -> m.frequency().name());
    return fields.isEmpty()
        ? Optional.empty()
        : Optional.of(new MeasureChange(after.code(), fields));
  }

  private static void compare(
      List<FieldChange> into,
      String field,
      LibraryMeasure before,
      LibraryMeasure after,
      Function<LibraryMeasure, String> value) {
    String was = value.apply(before);
    String is = value.apply(after);
    if (!Objects.equals(normalised(was), normalised(is))) {
      into.add(new FieldChange(field, was, is));
    }
  }

  private static String normalised(String text) {
    return text == null ? null : text.strip().replaceAll("\\s+", " ");
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }
}
